package org.liaisondesk.common.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The frame every settings tab shares: its title, its form in a scroll pane that fills the tab, and Ctrl+S to save. */
public final class SettingsPage {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private SettingsPage() {
    }

    /** Puts {@code title} and {@code content} into {@code root}; Ctrl+S anywhere in it runs {@code save}. */
    public static void frame(VBox root, Node title, Node content, Runnable save) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, scroll);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                save.run();
            }
        });
    }
}
