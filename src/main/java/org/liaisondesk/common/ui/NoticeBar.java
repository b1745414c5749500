package org.liaisondesk.common.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;

/**
 * A bar at the top of the content that shows one short message with an optional action (撤销 after a
 * delete), and hides itself after a while. Never modal: the user keeps working.
 */
public final class NoticeBar extends HBox {
    private final Label text = new Label();
    private final Button action = new Button();
    private final Button close = new Button("×");
    private final PauseTransition hideLater = new PauseTransition(Duration.seconds(12));

    public NoticeBar() {
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        text.setWrapText(true);
        close.setFocusTraversable(false);
        close.setAccessibleText(Messages.tr("common.close"));
        close.setOnAction(e -> hide());
        getChildren().addAll(text, action, grow, close);
        hideLater.setOnFinished(e -> hide());
        hide();
    }

    public void show(String message, String actionLabel, Runnable onAction) {
        text.setText(message);
        boolean hasAction = actionLabel != null && onAction != null;
        action.setVisible(hasAction);
        action.setManaged(hasAction);
        if (hasAction) {
            action.setText(actionLabel);
            action.setOnAction(e -> {
                hide();
                onAction.run();
            });
        }
        setVisible(true);
        setManaged(true);
        hideLater.playFromStart();
    }

    public void hide() {
        hideLater.stop();
        setVisible(false);
        setManaged(false);
    }

    public String message() {
        return isVisible() ? text.getText() : "";
    }
}
