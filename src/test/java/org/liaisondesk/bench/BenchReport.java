package org.liaisondesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of a run as JSON (for tools) and as Markdown (docs/benchmarks.md, for people). */
record BenchReport(String generatedAt, String command, Machine machine, long seed, List<SizeResult> groups) {

    Map<String, Object> asMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", generatedAt);
        root.put("command", command);
        root.put("machine", machine.asMap());
        root.put("seed", seed);
        List<Object> sizes = new ArrayList<>();
        for (SizeResult group : groups) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("size", group.size());
            g.put("records", group.records());
            g.put("register", group.register());
            List<Object> measurements = new ArrayList<>();
            for (Measurement m : group.measurements()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", m.name());
                row.put("description", m.description());
                row.put("unit", m.unit());
                row.put("n", m.stats().n());
                row.put("p50", m.stats().p50());
                row.put("p95", m.stats().p95());
                row.put("min", m.stats().min());
                row.put("max", m.stats().max());
                row.put("mean", m.stats().mean());
                row.put("target", m.target() == null ? null
                        : Map.of("statistic", m.target().statistic(), "limit", m.target().limit()));
                row.put("met", m.met());
                row.put("note", m.note());
                measurements.add(row);
            }
            g.put("measurements", measurements);
            sizes.add(g);
        }
        root.put("groups", sizes);
        return root;
    }

    /** The groups of a result.json written before, to be kept in a report that measures the others again. */
    static List<SizeResult> groupsIn(Path resultJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(resultJson.toFile());
        List<SizeResult> groups = new ArrayList<>();
        for (JsonNode g : root.get("groups")) {
            List<Measurement> measurements = new ArrayList<>();
            for (JsonNode m : g.get("measurements")) {
                JsonNode t = m.get("target");
                measurements.add(new Measurement(m.get("name").asText(), m.get("description").asText(),
                        m.get("unit").asText(), new Stats(m.get("n").asInt(), m.get("p50").asDouble(),
                        m.get("p95").asDouble(), m.get("min").asDouble(), m.get("max").asDouble(),
                        m.get("mean").asDouble()),
                        t == null || t.isNull() ? null : new Target(t.get("statistic").asText(), t.get("limit").asDouble()),
                        m.get("note").asText()));
            }
            groups.add(new SizeResult(g.get("size").asText(), g.get("records").asLong(), g.get("register").asText(),
                    measurements));
        }
        return groups;
    }

    void writeJson(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), asMap());
    }

    void writeMarkdown(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# LiaisonDesk benchmarks\n\n")
                .append("The latest run of the benchmark of issue 9 (see docs/decisions/0025-benchmark.md). ")
                .append("Times are milliseconds; p50 and p95 are nearest-rank percentiles over the repetitions ")
                .append("after warm-up. A target applies to the 1M-record register; smaller registers are held to ")
                .append("the same numbers.\n\n")
                .append("- Run: ").append(generatedAt).append('\n')
                .append("- Command: `").append(command).append("`\n")
                .append("- Generator seed: ").append(seed).append('\n')
                .append("- Machine: ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
                .append(machine.memoryMb()).append(" MB RAM, ").append(machine.os()).append(", ")
                .append(machine.jdk()).append(", sqlite3 tool ").append(machine.sqlite3()).append('\n')
                .append("- Load average (1, 5, 15 min) when the run ended: ").append(machine.loadAverage())
                .append(" — on ").append(machine.cores()).append(" cores; a load far above the core count means ")
                .append("other work shared the machine and every time is inflated by it.\n");
        String note = System.getProperty("bench.note", "");
        if (!note.isBlank()) {
            md.append("- Note: ").append(note.strip()).append('\n');
        }
        md.append('\n');
        List<String> misses = new ArrayList<>();
        for (SizeResult group : groups) {
            md.append("## ").append(group.size());
            if (group.records() > 0) {
                md.append(" — ").append(group.records()).append(" records");
            }
            md.append("\n\n");
            if (!group.register().isEmpty()) {
                md.append(group.register()).append("\n\n");
            }
            md.append("| measurement | what | p50 | p95 | n | target | result | note |\n")
                    .append("| --- | --- | ---: | ---: | ---: | --- | --- | --- |\n");
            for (Measurement m : group.measurements()) {
                String result = m.met() == null ? "—" : m.met() ? "met" : "**missed**";
                md.append("| ").append(m.name())
                        .append(" | ").append(cell(m.description()))
                        .append(" | ").append(Measurement.format(m.stats().p50())).append(' ').append(m.unit())
                        .append(" | ").append(Measurement.format(m.stats().p95())).append(' ').append(m.unit())
                        .append(" | ").append(m.stats().n())
                        .append(" | ").append(m.target() == null ? "—" : m.target().describe(m.unit()))
                        .append(" | ").append(result)
                        .append(" | ").append(cell(shortNote(m.note())))
                        .append(" |\n");
                if (Boolean.FALSE.equals(m.met())) {
                    misses.add("- **" + group.size() + " " + m.name() + "**: " + m.target().statistic() + " "
                            + Measurement.format(m.target().statistic().equals("p50") ? m.stats().p50() : m.stats().p95())
                            + " " + m.unit() + " against " + m.target().describe(m.unit())
                            + (m.note().isEmpty() ? "" : ". " + cell(m.note())));
                }
            }
            md.append('\n');
        }
        md.append("## Missed targets\n\n");
        if (misses.isEmpty()) {
            md.append("None.\n");
        } else {
            misses.forEach(line -> md.append(line).append('\n'));
        }
        return md.toString();
    }

    /** The table shows the start of a long note (query plans); the full text is in the list of misses and the JSON. */
    private static String shortNote(String note) {
        int plan = note.indexOf("plan: ");
        String head = plan >= 0 ? note.substring(0, plan) + "plan below" : note;
        return head.length() > 160 ? head.substring(0, 160) + "…" : head;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
