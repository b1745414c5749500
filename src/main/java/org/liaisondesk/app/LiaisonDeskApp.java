package org.liaisondesk.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.backup.ui.BackupTimer;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.DataFolderRisk;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterRestore;
import org.liaisondesk.storage.RestoreResult;

/**
 * The JavaFX application. The window appears at once with a "opening" message; the register is opened in
 * the background; then the main window replaces it. A register that cannot be opened is explained in a
 * dialog and the program ends without having modified anything.
 */
public final class LiaisonDeskApp extends Application {
    private static final Logger LOG = Logger.getLogger(LiaisonDeskApp.class.getName());
    /**
     * {@code -Dliaisondesk.exitAfterFirstFrame=true}: print {@code first-frame-ms N} (N = milliseconds since the JVM
     * started) once the main window's first frame is out, then exit. Used by the installer's AppCDS training run and
     * by the benchmark; keep the name and the output format.
     */
    static final String EXIT_AFTER_FIRST_FRAME = "liaisondesk.exitAfterFirstFrame";
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();
    private volatile AppContext context;
    private Stage stage;
    private BackupTimer backupTimer;
    private boolean riskShown;

    /**
     * The register of this start, opened on a thread of its own while JavaFX starts up: the two take about as long
     * (both load hundreds of classes), and on two cores side by side they cost what the longer one does.
     */
    private static volatile CompletableFuture<AppContext> opening;

    /** Starts the GUI and returns when the last window has closed. */
    public static void launchWindow() {
        DataFolder folder = DataFolder.locate(Optional.empty());
        opening = CompletableFuture.supplyAsync(() -> AppContext.open(folder, Clock.systemDefaultZone()), work -> {
            Thread opener = new Thread(work, "register-opening");
            opener.setDaemon(true);
            opener.start();
        });
        Application.launch(LiaisonDeskApp.class);
    }

    /** The register opened by {@link #launchWindow}, or (a launch without it) opened now; on a worker thread. */
    private static AppContext awaitRegister() {
        CompletableFuture<AppContext> early = opening;
        if (early == null) {
            return AppContext.open(DataFolder.locate(Optional.empty()), Clock.systemDefaultZone());
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.setTitle(Messages.tr("app.title"));
        // The installer's icon (installer/icons, copied here in the sizes window managers ask for).
        for (int size : new int[] {16, 32, 48, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    LiaisonDeskApp.class.getResource("icons/liaisondesk-" + size + ".png").toExternalForm()));
        }
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label(Messages.tr("app.opening"));
        VBox loading = new VBox(16, spinner, opening);
        loading.setAlignment(Pos.CENTER);
        Scene scene = new Scene(loading, 1200, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        closeSplashScreen();

        executor.run(LiaisonDeskApp::awaitRegister, this::opened, this::failedToOpen);
    }

    private void opened(AppContext ctx) {
        this.context = ctx;
        stage.setTitle(Messages.tr("app.title"));
        MainWindow window = new MainWindow(ctx, executor, stage, this::restoreRegister, () -> opened(context));
        stage.getScene().setRoot(window.root());
        Theme.apply(stage.getScene());
        restoreBounds(ctx.settings().getWindow());
        ctx.settingsStore().setAside().ifPresent(p -> window.dialogs().showInfo(Messages.tr("settings.title"),
                Messages.tr("settings.unreadable", p)));
        stage.setOnCloseRequest(e -> saveBounds());
        window.start();
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            exitAfterFirstFrame(stage.getScene());
        }
        executor.run(() -> {
            ctx.documents().warmUp();
            return Boolean.TRUE;
        }, done -> { }, e -> LOG.log(Level.INFO, "document warm-up failed; the first document will say why", e));
        if (!ctx.settings().isFirstRunCompleted()) {
            new FirstRun(ctx, executor, window).offer();
        }
        backupTimer = new BackupTimer(ctx.backups(), executor, window.dialogs());
        backupTimer.start();
        if (!riskShown) {
            riskShown = true;
            // Asking a network drive for its file-system type can take long: never on the JavaFX thread.
            executor.run(() -> DataFolderRisk.of(ctx.folder().root()), found -> found.ifPresent(risk ->
                    window.dialogs().showInfo(Messages.tr("storage.risk.title"), risk.explanation())),
                    e -> LOG.log(java.util.logging.Level.WARNING, "data folder risk not checked", e));
        }
    }

    /**
     * The installed app starts with the JVM's {@code -splash:} image; AWT closes it only when an AWT window
     * opens, which a JavaFX window is not, so it is closed here once our own window shows.
     */
    private static void closeSplashScreen() {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            java.awt.SplashScreen splash = java.awt.SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.log(Level.FINE, "no splash screen to close", e);
        }
    }

    /** The layout pulse of the main window's first frame has run; the line is printed once that pulse is done. */
    private static void exitAfterFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                long started = ProcessHandle.current().info().startInstant()
                        .map(java.time.Instant::toEpochMilli).orElseGet(System::currentTimeMillis);
                System.out.println("first-frame-ms " + (System.currentTimeMillis() - started));
                System.out.flush();
                exitOnceNoDialogIsOpen(scene.getWindow());
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * A dialog open at that moment (the first-run question) runs a nested event loop, and exiting from inside it
     * crashes glass GTK; so dialogs are closed first, as their Cancel would, and the exit follows from the outer loop.
     */
    private static void exitOnceNoDialogIsOpen(javafx.stage.Window main) {
        List<javafx.stage.Window> open = List.copyOf(javafx.stage.Window.getWindows());
        if (Platform.isNestedLoopRunning()) {
            open.stream().filter(w -> w != main).forEach(javafx.stage.Window::hide);
            Platform.runLater(() -> exitOnceNoDialogIsOpen(main));
            return;
        }
        open.forEach(javafx.stage.Window::hide);
        Platform.exit();
    }

    /**
     * On a worker thread: closes the register, restores the backup over it and opens the register again, the
     * restored one or, when the restore failed, the unchanged one.
     */
    private RestoreResult restoreRegister(java.nio.file.Path backup) {
        AppContext current = context;
        backupTimer.close();
        current.close();
        try {
            return new RegisterRestore(current.folder(), new Migrations(current.clock()), current.clock(), current.audit())
                    .restore(backup);
        } finally {
            context = AppContext.open(current.folder(), current.clock());
        }
    }

    private void failedToOpen(Throwable e) {
        LOG.log(Level.WARNING, "cannot open the register", e);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorText.of(e), ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle(Messages.tr("app.title"));
        alert.setHeaderText(Messages.tr("app.cannotOpen"));
        Theme.apply(alert.getDialogPane());
        alert.showAndWait();
        Platform.exit();
    }

    /** Puts the window where it was, if that place is still on a screen that exists now. */
    private void restoreBounds(Settings.WindowState w) {
        if (w == null || w.width() < 400 || w.height() < 300) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1366, screen.getWidth() * 0.92));
            stage.setHeight(Math.min(860, screen.getHeight() * 0.92));
            stage.centerOnScreen();
            return;
        }
        Rectangle2D saved = new Rectangle2D(w.x(), w.y(), w.width(), w.height());
        boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(
                new Rectangle2D(w.x() + 40, w.y() + 10, Math.max(1, w.width() - 80), 40)));
        if (visible) {
            stage.setX(saved.getMinX());
            stage.setY(saved.getMinY());
            stage.setWidth(saved.getWidth());
            stage.setHeight(saved.getHeight());
        }
        stage.setMaximized(w.maximized());
    }

    private void saveBounds() {
        if (context == null) {
            return;
        }
        Settings.WindowState state = new Settings.WindowState(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
        try {
            context.updateSettings(s -> s.setWindow(state));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "window position not saved", e);
        }
    }

    @Override
    public void stop() {
        if (backupTimer != null) {
            backupTimer.close();
        }
        executor.close();
        if (context != null) {
            // Logged and returned when it fails; never stops the exit. A backup made marks the register verified.
            context.backupAndClose();
        }
    }
}
