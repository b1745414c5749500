package org.liaisondesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run was made on, as the report describes it. */
record Machine(String cpu, int cores, long memoryMb, String os, String jdk, String sqlite3, String loadAverage) {

    static Machine describe(String sqlite3Version) {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                sqlite3Version, currentLoadAverage());
    }

    /** The 1, 5 and 15-minute load averages when the run ended: how busy the machine was with other work. */
    private static String currentLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", load);
        }
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpu);
        m.put("cores", cores);
        m.put("memoryMb", memoryMb);
        m.put("os", os);
        m.put("jdk", jdk);
        m.put("sqlite3", sqlite3);
        m.put("loadAverage", loadAverage);
        return m;
    }

    private static String cpuModel() {
        return fieldOf(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    }

    private static long totalMemoryMb() {
        return fieldOf(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024)
                .orElseGet(() -> {
                    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            instanceof com.sun.management.OperatingSystemMXBean os) {
                        return os.getTotalMemorySize() / (1024 * 1024);
                    }
                    return -1L;
                });
    }

    private static java.util.Optional<String> fieldOf(Path file, String key) {
        if (!Files.isReadable(file)) {
            return java.util.Optional.empty();
        }
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }
}
