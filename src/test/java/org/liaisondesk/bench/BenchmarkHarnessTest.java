package org.liaisondesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark harness on a tiny generated register (2,000 records, 3 repetitions, no sqlite3 tool, no process
 * runs): every measurement of issue 9 is in the JSON with p50 ≤ p95, and the Markdown has a row for each. No
 * timing is asserted.
 */
class BenchmarkHarnessTest {
    private static final List<String> REGISTER_MEASUREMENTS = List.of("open", "list.visits.first",
            "list.visits.filtered", "list.visits.deep", "count.visits", "count.visits.filtered", "list.leads.first",
            "list.leads.filtered", "list.leads.deep", "count.leads", "list.matters.first", "list.matters.filtered",
            "count.matters", "list.work.first", "list.work.filtered", "count.work", "list.recommendations.first",
            "count.recommendations", "search.visits.1char", "search.visits.2char", "search.visits.3char",
            "search.visits.6char", "search.visits.2words", "search.global.1char", "search.global.2char",
            "search.global.3char", "search.global.6char", "search.global.2words", "save.visit", "statistics.year",
            "statistics.year.charts", "statistics.year.queries",
            "documents.one.first", "documents.one", "documents.render-only", "documents.batch", "heap.open");

    @TempDir
    static Path dir;
    private static BenchReport report;
    private static JsonNode json;
    private static String markdown;

    @BeforeAll
    static void runTheHarnessOnce() throws Exception {
        BenchOptions options = new BenchOptions(List.of("2000"), 1, new Sampler(1, 3, Duration.ofSeconds(5)), 5,
                dir.resolve("bench"), dir.resolve("benchmarks.md"), true, false, false, List.of());
        report = Benchmark.run(options, new GeneratorFiller(), "test run");
        json = new ObjectMapper().readTree(dir.resolve("bench/result.json").toFile());
        markdown = Files.readString(dir.resolve("benchmarks.md"));
    }

    private static Map<String, JsonNode> measurementsByName() {
        Map<String, JsonNode> byName = new HashMap<>();
        json.get("groups").get(0).get("measurements").forEach(m -> byName.put(m.get("name").asText(), m));
        return byName;
    }

    @Test
    void theJsonDescribesTheMachineAndTheRegister() {
        assertFalse(json.get("machine").get("cpu").asText().isBlank());
        assertTrue(json.get("machine").get("cores").asInt() >= 1);
        JsonNode group = json.get("groups").get(0);
        assertEquals("2000", group.get("size").asText());
        assertEquals(2000, group.get("records").asLong());
    }

    @Test
    void everyMeasurementOfTheIssueIsInTheJson() {
        Map<String, JsonNode> byName = measurementsByName();
        List<String> missing = REGISTER_MEASUREMENTS.stream().filter(n -> !byName.containsKey(n)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyMeasurementHasSamplesAndOrderedPercentiles() {
        for (JsonNode m : json.get("groups").get(0).get("measurements")) {
            String name = m.get("name").asText();
            assertTrue(m.get("n").asInt() >= 1, name);
            assertTrue(m.get("p50").asDouble() <= m.get("p95").asDouble(), name);
            assertTrue(m.get("min").asDouble() <= m.get("p50").asDouble(), name);
            assertTrue(m.get("p95").asDouble() <= m.get("max").asDouble(), name);
        }
    }

    @Test
    void timedMeasurementsHaveTheRepetitionsAskedFor() {
        assertEquals(3, measurementsByName().get("list.visits.first").get("n").asInt());
        assertEquals(3, measurementsByName().get("search.visits.3char").get("n").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1char", "2char", "3char", "6char", "2words"})
    void searchFindsWhatALikeScanFinds(String term) {
        String note = measurementsByName().get("search.visits." + term).get("note").asText();
        assertTrue(note.startsWith("identical to a LIKE scan: yes"), note);
    }

    @Test
    void theMarkdownHasARowForEveryMeasurementWithItsTarget() {
        for (Measurement m : report.groups().get(0).measurements()) {
            String row = markdown.lines().filter(l -> l.startsWith("| " + m.name() + " |")).findFirst().orElse("");
            assertFalse(row.isEmpty(), m.name());
            if (m.target() != null) {
                assertTrue(row.contains(m.target().describe(m.unit())), row);
                assertTrue(row.contains(m.met() ? "| met |" : "| **missed** |"), row);
            }
        }
    }

    @Test
    void theMarkdownNamesTheMachineAndTheCommand() {
        assertTrue(markdown.contains("- Machine: " + report.machine().cpu()));
        assertTrue(markdown.contains("`test run`"));
        assertTrue(markdown.contains("## Missed targets"));
    }
}
