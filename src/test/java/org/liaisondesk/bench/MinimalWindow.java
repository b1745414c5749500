package org.liaisondesk.bench;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the first-frame measurement: the smallest JavaFX window (one label), which prints
 * {@code first-frame-ms N} exactly as LiaisonDesk does with {@code liaisondesk.exitAfterFirstFrame} (after the
 * first post-layout pulse, milliseconds since the process started) and exits. A plain main class, so that it
 * launches from the class path.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("联络站检察工作台")), 1024, 700);
            stage.setScene(scene);
            stage.show();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    long started = ProcessHandle.current().info().startInstant()
                            .map(java.time.Instant::toEpochMilli).orElseGet(System::currentTimeMillis);
                    System.out.println("first-frame-ms " + (System.currentTimeMillis() - started));
                    System.out.flush();
                    List.copyOf(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide);
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }
}
