package org.liaisondesk.register.visits.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitRules;

/**
 * The form for one visit. Saving happens in the background; the dialog closes only when the visit is
 * stored. Closing with unsaved changes asks first. Ctrl+S saves, Esc cancels.
 */
public final class VisitEditorDialog {
    private final VisitEditorViewModel model;
    private final DialogService dialogs;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean saved;

    public VisitEditorDialog(Window owner, VisitEditorViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr(model.isNew() ? "visits.editor.newTitle" : "visits.editor.editTitle"));
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        if (!model.isNew()) {
            ButtonType history = new ButtonType(Messages.tr("history.show"), ButtonBar.ButtonData.LEFT);
            dialog.getDialogPane().getButtonTypes().add(history);
            dialog.getDialogPane().lookupButton(history).addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                model.loadHistory(entries -> HistoryDialog.show(dialog.getOwner(), dialog.getTitle(), HistoryLines.of(entries)));
            });
        }

        ScrollPane scroll = new ScrollPane(buildForm());
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-pref-width: 46em; -fx-pref-height: 40em;");
        dialog.getDialogPane().setContent(scroll);
        Theme.apply(dialog.getDialogPane());

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(model.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            trySave();
        });
        dialog.getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::trySave);
        dialog.setOnCloseRequest(e -> {
            if (!saved && model.isDirty() && !dialogs.confirm(dialog.getTitle(),
                    Messages.tr("visits.editor.discardQuestion"), Messages.tr("visits.editor.discard"))) {
                e.consume();
            }
        });
    }

    private void trySave() {
        model.save(visit -> {
            saved = true;
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    /** Shows the dialog and waits; true when a visit was saved. */
    public boolean showAndWait() {
        Optional<ButtonType> result = dialog.showAndWait();
        return saved && result.isPresent();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node buildForm() {
        FormGrid f = new FormGrid(model.errors(), model::touch);

        f.section("visits.editor.section.basic");
        DatePicker date = f.field("date", true, datePicker("date"));
        date.valueProperty().bindBidirectional(model.dateProperty());
        ComboBox<Station> station = f.field("stationId", true, new ComboBox<>(model.stations()));
        station.setConverter(Labels.converter(Station::name, ""));
        station.valueProperty().bindBidirectional(model.stationProperty());
        ComboBox<Prosecutor> prosecutor = f.field("prosecutorId", true, new ComboBox<>(model.prosecutors()));
        prosecutor.setConverter(Labels.converter(Prosecutor::name, ""));
        prosecutor.valueProperty().bindBidirectional(model.prosecutorProperty());
        ComboBox<VisitForm> form = f.field("form", true, new ComboBox<>(FXCollections.observableArrayList(VisitForm.values())));
        form.setConverter(Labels.keyed(VisitForm::messageKey, ""));
        form.valueProperty().bindBidirectional(model.formProperty());
        ComboBox<VisitCategory> category = f.field("category", true,
                new ComboBox<>(FXCollections.observableArrayList(VisitCategory.values())));
        category.setConverter(Labels.keyed(VisitCategory::messageKey, ""));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        Spinner<Integer> people = f.field("peopleCount", true, new Spinner<>(1, VisitRules.MAX_PEOPLE, 1));
        people.setEditable(true);
        people.getValueFactory().setValue(model.peopleCountProperty().get());
        people.valueProperty().addListener((obs, was, now) -> model.peopleCountProperty().set(now == null ? 0 : now));

        f.section("visits.editor.section.visitor");
        f.wide(hint("visits.editor.visitorHint"));
        TextField name = f.field("visitorName", false, new TextField());
        name.textProperty().bindBidirectional(model.visitorNameProperty());
        TextField phone = f.field("visitorPhone", false, new TextField());
        phone.setPromptText(Messages.tr("visits.editor.phonePrompt"));
        phone.textProperty().bindBidirectional(model.visitorPhoneProperty());
        TextField id = f.field("visitorIdNumber", false, new TextField());
        id.setPromptText(Messages.tr("visits.editor.idPrompt"));
        id.textProperty().bindBidirectional(model.visitorIdNumberProperty());
        CheckBox minor = f.field("involvesMinor", false, new CheckBox(Messages.tr("visits.editor.minorBox")));
        minor.selectedProperty().bindBidirectional(model.involvesMinorProperty());
        f.wide(lookAlikeWarning());

        f.section("visits.editor.section.matter");
        TextArea summary = f.field("summary", true, new TextArea());
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.textProperty().bindBidirectional(model.summaryProperty());

        f.section("visits.editor.section.handling");
        ComboBox<Handling> handling = f.field("handling", true,
                new ComboBox<>(FXCollections.observableArrayList(Handling.values())));
        handling.setConverter(Labels.keyed(Handling::messageKey, ""));
        handling.valueProperty().bindBidirectional(model.handlingProperty());
        TextField referredTo = f.field("referredTo", false, new TextField());
        referredTo.textProperty().bindBidirectional(model.referredToProperty());
        TextArea note = f.field("handlingNote", false, new TextArea());
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().bindBidirectional(model.handlingNoteProperty());
        DatePicker followUp = f.field("followUpDue", false, datePicker("followUpDue"));
        followUp.valueProperty().bindBidirectional(model.followUpDueProperty());
        TextField followUpResult = f.field("followUpResult", false, new TextField());
        followUpResult.textProperty().bindBidirectional(model.followUpResultProperty());
        DatePicker concluded = f.field("concludedOn", false, datePicker("concludedOn"));
        concluded.valueProperty().bindBidirectional(model.concludedOnProperty());

        Label petitionTitle = f.section("visits.editor.section.petition");
        Label petitionHint = f.wide(hint("visits.editor.petitionHint"));
        DatePicker noticeSent = f.field("noticeSentOn", false, datePicker("noticeSentOn"));
        noticeSent.valueProperty().bindBidirectional(model.noticeSentOnProperty());
        Label noticeDue = f.field("noticeDue", false, new Label());
        noticeDue.textProperty().bind(model.noticeDueTextProperty());
        CheckBox extended = f.field("resultExtended", false, new CheckBox(Messages.tr("visits.editor.extendedBox")));
        extended.selectedProperty().bindBidirectional(model.resultExtendedProperty());
        Label resultDue = f.field("resultDue", false, new Label());
        resultDue.textProperty().bind(model.resultDueTextProperty());
        Runnable petitionVisibility = () -> {
            boolean show = model.petitionProperty().get();
            for (Node n : new Node[] {petitionTitle, petitionHint}) {
                n.setVisible(show);
                n.setManaged(show);
            }
            for (String field : new String[] {"noticeSentOn", "noticeDue", "resultExtended", "resultDue"}) {
                f.setFieldVisible(field, show);
            }
        };
        model.petitionProperty().addListener((obs, was, now) -> petitionVisibility.run());
        petitionVisibility.run();
        referredTo.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.handlingProperty().get() != Handling.REFERRED && model.referredToProperty().get().isBlank(),
                model.handlingProperty(), model.referredToProperty()));
        return f;
    }

    private DatePicker datePicker(String field) {
        DatePicker picker = new DatePicker();
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2024-10-12");
        picker.setEditable(true);
        // Text that is not a date keeps showing (never silently replaced) and is reported on the field.
        picker.getEditor().textProperty().addListener((obs, was, text) -> model.setDateUnreadable(field,
                text != null && !text.isBlank() && Labels.dateConverter().fromString(text) == null));
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                String text = picker.getEditor().getText();
                java.time.LocalDate parsed = Labels.dateConverter().fromString(text);
                if (parsed != null || text == null || text.isBlank()) {
                    picker.setValue(parsed);
                }
            }
        });
        return picker;
    }

    /** "可能重复" and the look-alike visits, shown only while there are some. */
    private Node lookAlikeWarning() {
        Label title = new Label(Messages.tr("visits.lookAlikes"));
        title.getStyleClass().add("deadline-soon");
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(model.lookAlikes());
        list.setId("lookAlikes");
        list.setFocusTraversable(false);
        list.setStyle("-fx-pref-height: 5.5em;");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, title, list);
        box.setStyle("-fx-padding: 0.3em 0 0.3em 0;");
        var some = Bindings.isNotEmpty(model.lookAlikes());
        box.visibleProperty().bind(some);
        box.managedProperty().bind(some);
        return box;
    }

    private static Label hint(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
