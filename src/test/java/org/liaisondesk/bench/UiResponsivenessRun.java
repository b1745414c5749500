package org.liaisondesk.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.app.MainWindow;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.storage.DataFolder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The headless UI run of issue 9, in a JVM of its own (Monocle, 512 MB): the main window on a big register; the
 * robot types in the visit list's search box, pages, sorts, and opens 统计, while an animation timer (a listener
 * on every pulse) records the longest gap between two pulses in each phase, and a probe the longest wait of a
 * runnable on the JavaFX thread. Prints {@code ui-stall PHASE PULSE_GAP_MS QUEUE_WAIT_MS STACK} per phase for
 * {@link UiBench}.
 */
public final class UiResponsivenessRun {
    private static final int PAGES = 5;
    private static final long WAIT_SECONDS = 120;
    /** A gap longer than this has its JavaFX-thread stack sampled, to say what held the thread. */
    private static final double SAMPLE_AFTER_MS = 100;
    private final Map<String, Double> longestGap = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Double> queueWait = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Double> sampledAt = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> stallStacks = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String phase = "start";
    private volatile long lastPulse;
    private volatile Thread fxThread;

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            new UiResponsivenessRun().run(Path.of(args[0]), args.length > 1 ? args[1] : "拖欠工资");
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private void run(Path dataDir, String searchText) throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        AppContext ctx = AppContext.open(DataFolder.at(dataDir), Benchmark.CLOCK);
        ctx.updateSettings(s -> s.setFirstRunCompleted(true));
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(stage -> {
            window[0] = new MainWindow(ctx, executor, stage);
            Scene scene = new Scene(window[0].root(), 1280, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            window[0].start();
        });
        FxRobot robot = new FxRobot();
        robot.interact(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                fxThread = Thread.currentThread();
                if (lastPulse != 0) {
                    longestGap.merge(phase, (t - lastPulse) / 1e6, Math::max);
                }
                lastPulse = t;
            }
        }.start());
        startStallSampler();
        for (String round : new String[] {"", ".again"}) {
            exercise(robot, window[0], searchText, round);
        }
        phase("end");
        executor.close();
        ctx.close();
    }

    /**
     * A probe on the JavaFX thread's queue: every 10 ms a runnable is posted and the time until it runs is taken
     * (what a key press would wait). Past {@value #SAMPLE_AFTER_MS} ms the thread's stack is sampled, and the
     * deepest point of each phase's longest wait is kept: what held the thread.
     */
    private void startStallSampler() {
        Thread sampler = new Thread(() -> {
            try {
                while (true) {
                    String current = phase;
                    long posted = System.nanoTime();
                    java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                    javafx.application.Platform.runLater(ran::countDown);
                    while (!ran.await(20, TimeUnit.MILLISECONDS)) {
                        double waited = (System.nanoTime() - posted) / 1e6;
                        Thread fx = fxThread;
                        if (fx != null && waited > SAMPLE_AFTER_MS && waited > sampledAt.getOrDefault(current, 0.0)) {
                            sampledAt.put(current, waited);
                            stallStacks.put(current, describe(fx.getStackTrace()));
                        }
                    }
                    queueWait.merge(current, (System.nanoTime() - posted) / 1e6, Math::max);
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fx-queue-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The top of the stack and the first LiaisonDesk frames below it: what the JavaFX thread was doing. */
    private static String describe(StackTraceElement[] stack) {
        java.util.List<String> frames = new java.util.ArrayList<>();
        for (int i = 0; i < stack.length && frames.size() < 8; i++) {
            StackTraceElement f = stack[i];
            if (i < 3 || f.getClassName().startsWith("org.liaisondesk")) {
                String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                frames.add(cls + "." + f.getMethodName() + ":" + f.getLineNumber());
            }
        }
        return String.join("<", frames).replace(' ', '_');
    }

    private void exercise(FxRobot robot, MainWindow window, String searchText, String round) throws Exception {
        phase("open-visits" + round);
        robot.interact(() -> window.showSection("visits.title"));
        robot.interact(() -> window.showSection("visits.title"));
        TableView<?> table = visible(robot, TableView.class, "table");
        waitUntil(() -> !table.getItems().isEmpty());
        waitForList(robot);

        phase("search-typing" + round);
        robot.clickOn(visible(robot, Node.class, "searchField")).write(searchText);
        robot.type(KeyCode.ENTER);
        waitForList(robot);
        robot.eraseText(searchText.length());
        robot.type(KeyCode.ENTER);
        waitForList(robot);

        phase("paging" + round);
        Labeled pageLabel = visible(robot, Labeled.class, "pageLabel");
        for (int i = 0; i < PAGES; i++) {
            String before = pageLabel.getText();
            robot.clickOn(visible(robot, Button.class, "nextButton"));
            waitUntil(() -> !pageLabel.getText().equals(before));
            waitForList(robot);
        }

        phase("sorting" + round);
        Node header = robot.lookup(".column-header").match((Node n) -> isShown(n) && n.getParent() != null
                && n.lookup(".label") instanceof Labeled l && l.getText().equals(stationColumnText(table))).query();
        robot.clickOn(header);
        waitForList(robot);
        robot.clickOn(header);
        waitForList(robot);

        phase("statistics" + round);
        robot.interact(() -> window.showSection("workload.view.title"));
        // At a million records the figures take seconds: the chart pane is there only once they are.
        waitUntil(() -> robot.lookup((Node n) -> "chartPane".equals(n.getId()) && isShown(n)
                && n instanceof javafx.scene.Parent p && !p.getChildrenUnmodifiable().isEmpty()).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
    }

    private static String stationColumnText(TableView<?> table) {
        return table.getColumns().stream().filter(c -> "stationColumn".equals(c.getId())).findFirst()
                .map(javafx.scene.control.TableColumnBase::getText).orElseThrow();
    }

    /** Starts a phase: the gap that was running when it starts still counts for the previous one. */
    private void phase(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        String ended = phase;
        phase = name;
        if (!ended.equals("start")) {
            // Printed as each phase ends, so that a run that fails later still reports the phases it finished.
            System.out.printf(java.util.Locale.ROOT, "ui-stall %s %.1f %.1f %s%n", ended,
                    longestGap.getOrDefault(ended, 0.0), queueWait.getOrDefault(ended, 0.0),
                    stallStacks.getOrDefault(ended, "-"));
            System.out.flush();
        }
    }

    /** The list is done loading when its busy indicator is hidden again. */
    private static void waitForList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Node busy = visibleOrNull(robot, "busyIndicator");
        if (busy != null) {
            waitUntil(() -> !busy.isVisible());
        }
    }

    private static <T extends Node> T visible(FxRobot robot, Class<T> type, String id) {
        return robot.lookup((Node n) -> type.isInstance(n) && (id == null || id.equals(n.getId())) && isShown(n))
                .queryAs(type);
    }

    private static Node visibleOrNull(FxRobot robot, String id) {
        return robot.lookup((Node n) -> id.equals(n.getId()) && n.getParent() != null && isShown(n.getParent()))
                .tryQuery().orElse(null);
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
