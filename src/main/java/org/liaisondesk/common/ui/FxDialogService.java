package org.liaisondesk.common.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;

/** Dialogs owned by the main window, themed like it; notices go to the window's notice bar. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final NoticeBar noticeBar;

    public FxDialogService(Window owner, NoticeBar noticeBar) {
        this.owner = owner;
        this.noticeBar = noticeBar;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = prepare(new Alert(type), title, message);
        alert.getButtonTypes().setAll(new ButtonType(Messages.tr("common.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION), title, message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Integer> choose(String title, String message, String... options) {
        Alert alert = prepare(new Alert(Alert.AlertType.NONE), title, message);
        alert.setHeaderText(title);
        ButtonType[] buttons = new ButtonType[options.length];
        for (int i = 0; i < options.length; i++) {
            buttons[i] = new ButtonType(options[i], i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER);
        }
        alert.getButtonTypes().setAll(buttons);
        Optional<ButtonType> picked = alert.showAndWait();
        for (int i = 0; i < buttons.length; i++) {
            if (picked.isPresent() && picked.get() == buttons[i]) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        noticeBar.show(message, actionLabel, action);
    }

    private Alert prepare(Alert alert, String title, String message) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        // A wrapping label instead of contentText, so long messages (file paths) are never cut off.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setStyle("-fx-max-width: 34em;");
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        Theme.apply(alert.getDialogPane());
        return alert;
    }

    /** Convenience for failures of background work. */
    public Consumer<Throwable> errorHandler(String title) {
        return e -> showError(title, ErrorText.of(e));
    }
}
