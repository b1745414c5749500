package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Metric;

/** {@code stats} and {@code charts} on the demo register: the same figures as text and JSON, the PNGs and the pack. */
class StatisticsCommandsTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @BeforeEach
    void demo() {
        assertEquals(0, run("demo").code());
    }

    private CliHarness.Run run(String... args) {
        return CliHarness.in(dir, args);
    }

    @Test
    void statsPrintsTheSameFiguresAsTextAndJsonAndTheParagraphAgreesWithThem() throws Exception {
        CliHarness.Run json = run("stats", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("2026年", root.path("period").path("label").asText());
        long visitors = root.path("figures").path("VISITORS").path("value").asLong();
        long leads = root.path("figures").path("LEADS_RECEIVED").path("value").asLong();
        assertTrue(visitors > 0 && leads > 0, json.out());
        String summary = root.path("summary").asText();
        assertTrue(summary.contains("接待来访群众" + visitors + "人次"), summary);
        assertTrue(summary.contains("受理线索" + leads + "条"), summary);
        JsonNode reply = root.path("rates").path("REPLY");
        assertEquals("REPLIED", reply.path("numerator").asText());
        assertEquals("ISSUED", reply.path("denominator").asText());
        assertEquals(root.path("figures").path("ISSUED").path("value").asLong(), reply.path("denominatorValue").asLong());
        assertEquals(ChartKind.values().length, root.path("charts").size());

        CliHarness.Run text = run("stats", "--from", "2026-01-01", "--to", "2026-12-31");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.lines().stream().anyMatch(l -> l.startsWith(Messages.tr(Metric.VISITORS.messageKey()) + "\t" + visitors + "\t")),
                text.out());
        assertTrue(text.out().contains(summary), "the text output ends with the same paragraph");
    }

    @Test
    void anEmptyPeriodHasZerosAndRatesWithoutADenominator() throws Exception {
        CliHarness.Run json = run("stats", "--from", "2019-01-01", "--to", "2019-03-31", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        for (Metric m : Metric.values()) {
            assertEquals(0, root.path("figures").path(m.name()).path("value").asLong(), m.name());
        }
        root.path("rates").forEach(r -> {
            assertEquals("—", r.path("text").asText());
            assertTrue(r.path("percent").isNull());
        });
        assertTrue(root.path("summary").asText().contains("未登记工作数据"), root.path("summary").asText());
    }

    @Test
    void anUnknownStationOrAnInvertedPeriodIsRefusedWithExitCode2() {
        CliHarness.Run station = run("stats", "--from", "2026-01-01", "--to", "2026-12-31", "--station", "不存在的联络站");
        assertEquals(2, station.code());
        assertTrue(station.err().contains("不存在的联络站") && station.err().contains("清溪村"), station.err());
        CliHarness.Run inverted = run("stats", "--from", "2026-12-31", "--to", "2026-01-01");
        assertEquals(2, inverted.code());
        assertTrue(inverted.out().isBlank());
    }

    @Test
    void chartsWritesEveryChartAsAPngAndTheMeetingPackIntoAFolderItCreates() throws Exception {
        Path folder = out.resolve("会议材料");
        CliHarness.Run run = run("charts", "--from", "2026-07-01", "--to", "2026-09-30", "--station", "清溪村“微检治”联络站",
                "--out", folder.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(ChartKind.values().length + 1, lines.size(), run.out());
        for (String line : lines.subList(0, ChartKind.values().length)) {
            assertTrue(line.endsWith(".png"), line);
            assertTrue(ImageIO.read(Path.of(line).toFile()).getWidth() > 1000, "print resolution: " + line);
        }
        Path pack = Path.of(lines.get(lines.size() - 1));
        assertTrue(pack.getFileName().toString().endsWith(".docx") && pack.toString().contains("清溪村"), pack.toString());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(pack))) {
            assertEquals(ChartKind.values().length, doc.getAllPictures().size());
            assertTrue(doc.getTables().size() >= ChartKind.values().length + 2, "figures, rates and one table per chart");
        }
    }
}
