package org.liaisondesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Time from process start to the main window's first frame, for the packaged app (target/liaisondesk/, on a
 * register of the run) and for {@link MinimalWindow} (the floor), each without and with an AppCDS archive made by
 * a training run ({@code -XX:ArchiveClassesAtExit}). Both print {@code first-frame-ms N} themselves, so the two
 * are measured the same way. Needs a display: DISPLAY, or xvfb-run to make one.
 */
final class FirstFrameBench {
    private static final String LINE = "first-frame-ms ";
    private final Path appDir;
    private final Path scratch;
    private final Path dataDir;
    private final int runs;

    FirstFrameBench(Path appDir, Path scratch, Path dataDir, int runs) {
        this.appDir = appDir;
        this.scratch = scratch;
        this.dataDir = dataDir;
        this.runs = runs;
    }

    /** The wrapper that gives the child a display, or empty when there is none to be had. */
    static Optional<List<String>> displayWrapper() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.of(List.of());
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                return Optional.of(List.of(Path.of(dir, "xvfb-run").toString(), "-a", "-s", "-screen 0 1600x1000x24"));
            }
        }
        return Optional.empty();
    }

    List<Measurement> run() throws IOException, InterruptedException {
        Optional<List<String>> wrapper = displayWrapper();
        Path jar = appDir.resolve("liaisondesk.jar");
        if (wrapper.isEmpty() || !Files.isRegularFile(jar)) {
            return List.of(new Measurement("firstframe", "first frame", "ms", Stats.single(0), null,
                    "not measured: " + (wrapper.isEmpty() ? "no display and no xvfb-run" : "no packaged app in " + appDir)));
        }
        Path cds = Files.createDirectories(scratch.resolve("cds"));
        Path floorJar = minimalWindowJar(cds.resolve("minimal-window.jar"));
        String fxPath = javafxJars().stream().map(Path::toString).reduce(floorJar.toString(),
                (a, b) -> a + java.io.File.pathSeparator + b);
        List<String> java = new ArrayList<>(wrapper.get());
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.add("-Dfile.encoding=UTF-8");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        List<String> floor = List.of("-cp", fxPath, MinimalWindow.class.getName());
        List<String> app = List.of("-Dliaisondesk.exitAfterFirstFrame=true", "-Dliaisondesk.dataDir=" + dataDir,
                "-jar", jar.toString());
        Path floorArchive = cds.resolve("floor.jsa");
        Path appArchive = cds.resolve("app.jsa");
        Files.deleteIfExists(floorArchive);
        Files.deleteIfExists(appArchive);
        firstFrame(concat(java, List.of("-XX:ArchiveClassesAtExit=" + floorArchive), floor));
        firstFrame(concat(java, List.of("-XX:ArchiveClassesAtExit=" + appArchive), app));
        variants.put("firstframe.floor", concat(java, List.of(), floor));
        variants.put("firstframe.app", concat(java, List.of(), app));
        variants.put("firstframe.floor.cds", concat(java, List.of("-XX:SharedArchiveFile=" + floorArchive), floor));
        variants.put("firstframe.app.cds", concat(java, List.of("-XX:SharedArchiveFile=" + appArchive), app));
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        variants.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        // Interleaved, so that a slow moment of the machine falls on all four alike.
        for (int i = 0; i < runs; i++) {
            for (var v : variants.entrySet()) {
                samples.get(v.getKey()).add(firstFrame(v.getValue()));
            }
        }
        Stats floorStats = Stats.of(samples.get("firstframe.floor"));
        Stats appStats = Stats.of(samples.get("firstframe.app"));
        Stats floorCds = Stats.of(samples.get("firstframe.floor.cds"));
        Stats appCds = Stats.of(samples.get("firstframe.app.cds"));
        String register = "register " + dataDir.getFileName();
        List<Measurement> out = new ArrayList<>();
        out.add(new Measurement("firstframe.floor", "minimal JavaFX window (floor)", "ms", floorStats, null, ""));
        out.add(new Measurement("firstframe.app", "LiaisonDesk main window, " + register, "ms", appStats, null, ""));
        out.add(new Measurement("firstframe.floor.cds", "minimal window with an AppCDS archive", "ms", floorCds, null, ""));
        out.add(new Measurement("firstframe.app.cds", "LiaisonDesk with an AppCDS archive, " + register, "ms", appCds,
                null, ""));
        out.add(ratio("firstframe.ratio", "LiaisonDesk ÷ floor, p50, neither with AppCDS", appStats, floorStats));
        out.add(ratio("firstframe.ratio.cds", "LiaisonDesk ÷ floor, p50, both with AppCDS", appCds, floorCds));
        out.add(ratio("firstframe.ratio.app-cds-vs-plain-floor", "LiaisonDesk with AppCDS ÷ floor without", appCds,
                floorStats));
        return out;
    }

    private static Measurement ratio(String name, String description, Stats app, Stats floor) {
        return new Measurement(name, description, "×", Stats.single(app.p50() / floor.p50()), Target.FIRST_FRAME_RATIO,
                String.format(java.util.Locale.ROOT, "%.0f ms ÷ %.0f ms", app.p50(), floor.p50()));
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private double firstFrame(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return output.lines().filter(l -> l.startsWith(LINE)).findFirst()
                .map(l -> Double.parseDouble(l.substring(LINE.length()).strip()))
                .orElseThrow(() -> new IOException("no first frame from " + command + ":\n" + output));
    }

    private List<Path> javafxJars() throws IOException {
        try (Stream<Path> files = Files.list(appDir.resolve("lib"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("javafx-")).sorted().toList();
        }
    }

    /** The floor's two classes in a jar of their own: AppCDS archives classes from jars only. */
    private static Path minimalWindowJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : new Class<?>[] {MinimalWindow.class, MinimalWindow.Window.class}) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
