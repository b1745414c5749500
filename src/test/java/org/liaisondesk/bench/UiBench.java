package org.liaisondesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link UiResponsivenessRun} in a headless JVM limited to 512 MB and reads its longest stalls. */
final class UiBench {
    private static final String LINE = "ui-stall ";
    private final Path dataDir;

    UiBench(Path dataDir) {
        this.dataDir = dataDir;
    }

    List<Measurement> run() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), UiResponsivenessRun.class.getName(), dataDir.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = p.waitFor(15, TimeUnit.MINUTES);
        List<Measurement> out = new ArrayList<>();
        double worst = 0;
        double worstQueue = 0;
        for (String line : output.lines().filter(l -> l.startsWith(LINE)).toList()) {
            String[] parts = line.substring(LINE.length()).strip().split(" ", 4);
            double pulseGap = Double.parseDouble(parts[1]);
            double queueWait = Double.parseDouble(parts[2]);
            worst = Math.max(worst, pulseGap);
            worstQueue = Math.max(worstQueue, queueWait);
            String stack = parts.length > 3 && !parts[3].equals("-") ? "FX thread held in: " + parts[3] : "";
            out.add(new Measurement("ui.stall." + parts[0], "longest gap between two pulses: " + parts[0], "ms",
                    Stats.single(pulseGap), Target.FX_STALL, String.format(java.util.Locale.ROOT,
                    "longest wait of a runnable on the FX thread %.0f ms", queueWait)
                    + (stack.isEmpty() ? "" : "; " + stack)));
        }
        if (!finished || p.exitValue() != 0 || out.isEmpty()) {
            if (!finished) {
                p.destroyForcibly();
            }
            String tail = output.lines().filter(l -> !l.isBlank() && !l.startsWith("\t") && !l.startsWith("WARNING")
                    && !l.contains("PlatformImpl")).reduce((a, b) -> a + " / " + b).orElse("no output");
            out.add(new Measurement("ui.run", "the headless UI run", "ms", Stats.single(0), null,
                    "did not complete: " + tail));
            return out;
        }
        out.add(new Measurement("ui.stall.max", "longest gap between pulses of the whole UI run (-Xmx512m)", "ms",
                Stats.single(worst), Target.FX_STALL, ""));
        out.add(new Measurement("ui.queue-wait.max", "longest wait of a runnable on the FX thread, whole run", "ms",
                Stats.single(worstQueue), Target.FX_STALL, ""));
        return out;
    }
}
