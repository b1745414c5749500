package org.liaisondesk.ladder.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.model.RecipientRef;

/**
 * The two questions accepting or dismissing a suggestion may ask: why it is not taken (a reason is required; the
 * dialog stays open and says so until one is given) and, for a class-case draft with no known regulator, which
 * recipient it is addressed to.
 */
final class SuggestionDialogs {
    private SuggestionDialogs() {
    }

    /**
     * The reason the user gives, or empty when cancelled. {@code problem} says what is wrong with a reason, or
     * null when it can be taken.
     */
    static Optional<String> askReason(Window owner, SuggestionItem item, Function<String, String> problem) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.tr("ladder.suggest.dismissTitle"));
        Label about = new Label(item.reason());
        about.setWrapText(true);
        TextArea reason = new TextArea();
        reason.setId("dismissReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setPromptText(Messages.tr("ladder.suggest.reasonPrompt"));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        VBox content = new VBox(about, new Label(Messages.tr("ladder.suggest.reasonLabel")), reason, error);
        content.getStyleClass().add("section");
        content.setStyle("-fx-pref-width: 34em;");
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.tr("ladder.suggest.dismissConfirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("dismissConfirm");
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String wrong = problem.apply(reason.getText());
            if (wrong != null) {
                error.setText(wrong);
                reason.requestFocus();
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? reason.getText().strip() : null);
        Theme.apply(dialog.getDialogPane());
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }

    /** The recipient a class-case draft goes to, or empty when cancelled. */
    static Optional<RecipientRef> chooseRecipient(Window owner, SuggestionItem item, List<RecipientRef> choices) {
        Dialog<RecipientRef> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.tr("ladder.suggest.recipientTitle"));
        Label about = new Label(Messages.tr("ladder.suggest.recipientQuestion", item.reason()));
        about.setWrapText(true);
        ComboBox<RecipientRef> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setId("suggestionRecipient");
        box.setConverter(Labels.converter(RecipientRef::name, ""));
        box.setMaxWidth(Double.MAX_VALUE);
        if (choices.isEmpty()) {
            box.setPromptText(Messages.tr("ladder.suggest.noRecipients"));
        }
        VBox content = new VBox(about, box);
        content.getStyleClass().add("section");
        content.setStyle("-fx-pref-width: 34em;");
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.tr("ladder.suggest.accept"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(box.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ok ? box.getValue() : null);
        Theme.apply(dialog.getDialogPane());
        return dialog.showAndWait();
    }
}
