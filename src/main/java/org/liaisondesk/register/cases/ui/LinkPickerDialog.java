package org.liaisondesk.register.cases.ui;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.service.MatterService;

/**
 * The picker behind 添加关联: choose leads or visits, type words, pick one of the records found (double-click
 * or 关联). Returns the chosen record, or nothing when cancelled.
 */
final class LinkPickerDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ListView<LinkedRecord> results = new ListView<>();
    private final ButtonType choose = new ButtonType(Messages.tr("cases.links.choose"), ButtonBar.ButtonData.OK_DONE);
    private MatterLink chosenLink;

    LinkPickerDialog(Window owner, LinkPickerViewModel model) {
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr("cases.links.pickerTitle"));
        dialog.getDialogPane().getButtonTypes().addAll(choose,
                new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ComboBox<LinkKind> kind = new ComboBox<>(FXCollections.observableArrayList(LinkKind.values()));
        kind.setId("linkKindBox");
        kind.setConverter(Labels.keyed(LinkKind::messageKey, ""));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField search = new TextField();
        search.setId("linkSearchField");
        search.setPromptText(Messages.tr("cases.links.searchPrompt"));
        search.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox top = new HBox(kind, search);
        top.getStyleClass().add("toolbar-row");

        results.setId("linkResults");
        results.setItems(model.results());
        results.setPlaceholder(new Label(Messages.tr("cases.links.noResults")));
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LinkedRecord item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && results.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(choose);
                dialog.close();
            }
        });
        // A search that finishes after the user picked a record must not take the choice away.
        results.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                chosenLink = now.link();
            }
        });
        model.results().addListener((ListChangeListener<LinkedRecord>) c -> {
            for (int i = 0; i < model.results().size(); i++) {
                if (model.results().get(i).link().equals(chosenLink)) {
                    results.getSelectionModel().select(i);
                    return;
                }
            }
            chosenLink = null;
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        Label hint = new Label(Messages.tr("cases.links.pickerHint", MatterService.PICKER_LIMIT));
        hint.getStyleClass().add("hint");
        VBox content = new VBox(top, results, hint);
        content.getStyleClass().add("section");
        content.setStyle("-fx-pref-width: 44em; -fx-pref-height: 26em;");
        dialog.getDialogPane().setContent(content);
        Theme.apply(dialog.getDialogPane());

        Button chooseButton = (Button) dialog.getDialogPane().lookupButton(choose);
        chooseButton.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());

        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> model.search());
        search.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.search();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        model.kindProperty().addListener((obs, was, now) -> model.search());
        dialog.setOnShown(e -> search.requestFocus());
        model.search();
    }

    /** Shows the picker and waits; the chosen record, if any. */
    Optional<LinkedRecord> showAndWait() {
        Optional<ButtonType> pressed = dialog.showAndWait();
        LinkedRecord chosen = results.getSelectionModel().getSelectedItem();
        return pressed.filter(b -> b == choose).isPresent() && chosen != null ? Optional.of(chosen) : Optional.empty();
    }

    /** 线索 2026-10-12 清溪村三组河段沿岸堆放…（已删除）: how a linked record reads in the editor and the picker. */
    static String describe(LinkedRecord r) {
        String text = Messages.tr(r.link().kind().messageKey()) + " " + (r.date() == null ? "" : r.date() + " ")
                + r.text();
        return r.deleted() ? text + " " + Messages.tr("cases.links.deletedMark") : text;
    }
}
