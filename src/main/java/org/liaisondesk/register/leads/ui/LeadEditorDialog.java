package org.liaisondesk.register.leads.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * The form for one lead. Saving happens in the background; the dialog closes only when the lead is stored.
 * Closing with unsaved changes asks first. Ctrl+S saves, Esc cancels. Under the form, a warning lists leads that
 * may report the same problem; it never blocks the save.
 */
public final class LeadEditorDialog {
    private final LeadEditorViewModel model;
    private final DialogService dialogs;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean saved;

    public LeadEditorDialog(Window owner, LeadEditorViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr(model.isNew() ? "leads.editor.newTitle" : "leads.editor.editTitle"));
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        if (!model.isNew()) {
            ButtonType history = new ButtonType(Messages.tr("history.show"), ButtonBar.ButtonData.LEFT);
            dialog.getDialogPane().getButtonTypes().add(history);
            Button historyButton = (Button) dialog.getDialogPane().lookupButton(history);
            historyButton.setId("historyButton");
            historyButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                showHistory();
            });
        }

        ScrollPane scroll = new ScrollPane(buildForm());
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-pref-width: 48em; -fx-pref-height: 38em;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new VBox(6, scroll, lookAlikeWarning()));
        Theme.apply(dialog.getDialogPane());

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveButton");
        saveButton.disableProperty().bind(model.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            trySave();
        });
        dialog.getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::trySave);
        dialog.setOnCloseRequest(e -> {
            if (!saved && model.isDirty() && !dialogs.confirm(dialog.getTitle(),
                    Messages.tr("leads.editor.discardQuestion"), Messages.tr("leads.editor.discard"))) {
                e.consume();
            }
        });
    }

    private void trySave() {
        model.save(lead -> {
            saved = true;
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    private void showHistory() {
        model.loadHistory(entries -> HistoryDialog.show(dialog.getDialogPane().getScene().getWindow(),
                dialog.getTitle(), HistoryLines.of(LeadHistory.readable(entries, model.stations(), model.prosecutors()))));
    }

    /** Shows the dialog and waits; true when a lead was saved. */
    public boolean showAndWait() {
        Optional<ButtonType> result = dialog.showAndWait();
        return saved && result.isPresent();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node buildForm() {
        FormGrid f = new FormGrid(model.errors(), model::touch);

        f.section("leads.editor.section.basic");
        DatePicker received = f.field("receivedOn", "leads.field.receivedOn", true, datePicker("receivedOn"));
        received.valueProperty().bindBidirectional(model.receivedOnProperty());
        ComboBox<LeadSource> source = f.field("source", "leads.field.source", true,
                new ComboBox<>(FXCollections.observableArrayList(LeadSource.values())));
        source.setConverter(Labels.keyed(LeadSource::messageKey, ""));
        source.valueProperty().bindBidirectional(model.sourceProperty());
        ComboBox<Station> station = f.field("stationId", false, new ComboBox<>(withNone(model.stations())));
        station.setConverter(Labels.converter(Station::name, ""));
        station.valueProperty().bindBidirectional(model.stationProperty());
        ComboBox<Prosecutor> prosecutor = f.field("prosecutorId", false, new ComboBox<>(withNone(model.prosecutors())));
        prosecutor.setConverter(Labels.converter(Prosecutor::name, ""));
        prosecutor.valueProperty().bindBidirectional(model.prosecutorProperty());

        buildReporter(f);

        f.section("leads.editor.section.place");
        TextField town = f.field("town", "leads.field.town", false, new TextField());
        town.setPromptText(Messages.tr("leads.editor.townPrompt"));
        town.textProperty().bindBidirectional(model.townProperty());
        TextField village = f.field("village", "leads.field.village", false, new TextField());
        village.setPromptText(Messages.tr("leads.editor.villagePrompt"));
        village.textProperty().bindBidirectional(model.villageProperty());
        TextField grid = f.field("grid", "leads.field.grid", false, new TextField());
        grid.textProperty().bindBidirectional(model.gridProperty());
        ComboBox<SupervisionField> field = f.field("field", "leads.field.field", true,
                new ComboBox<>(FXCollections.observableArrayList(SupervisionField.values())));
        field.setConverter(Labels.keyed(SupervisionField::messageKey, ""));
        field.valueProperty().bindBidirectional(model.fieldProperty());
        // 问题类型: typed freely or picked from the problems already used in the field, so that the same problem is
        // written the same way (the class-case suggestion groups leads and cases by it).
        ComboBox<String> problem = f.field("problem", "leads.field.problem", false,
                new ComboBox<>(model.problemSuggestions()));
        problem.setEditable(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setPromptText(Messages.tr("leads.editor.problemPrompt"));
        problem.getEditor().textProperty().bindBidirectional(model.problemProperty());
        TextArea description = f.field("description", "leads.field.description", true, new TextArea());
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.textProperty().bindBidirectional(model.descriptionProperty());

        f.section("leads.editor.section.rating");
        f.wide(hint("leads.editor.ratingHint"));
        score(f, "ratingIllegality", model.ratingIllegalityProperty());
        score(f, "ratingInvestigability", model.ratingInvestigabilityProperty());
        score(f, "ratingValue", model.ratingValueProperty());
        Label stars = f.field("stars", "leads.field.stars", false, new Label());
        stars.getStyleClass().add("lead-stars");
        stars.setStyle("-fx-font-size: 1.4em; -fx-text-fill: #b8860b;");
        stars.textProperty().bind(model.starsTextProperty());
        Label explanation = f.wide(hint("leads.rating.incomplete"));
        explanation.setId("ratingExplanation");
        explanation.textProperty().bind(model.ratingExplanationProperty());

        f.section("leads.editor.section.triage");
        ComboBox<Triage> triage = f.field("triage", "leads.field.triage", true,
                new ComboBox<>(FXCollections.observableArrayList(Triage.values())));
        triage.setConverter(Labels.keyed(Triage::messageKey, ""));
        triage.valueProperty().bindBidirectional(model.triageProperty());
        DatePicker triagedOn = f.field("triagedOn", "leads.field.triagedOn", false, datePicker("triagedOn"));
        triagedOn.valueProperty().bindBidirectional(model.triagedOnProperty());
        TextField referredTo = f.field("referredTo", "leads.field.referredTo", false, new TextField());
        referredTo.setPromptText(Messages.tr("leads.editor.referredToPrompt"));
        referredTo.textProperty().bindBidirectional(model.referredToProperty());
        TextArea reason = f.field("triageReason", "leads.field.triageReason", false, new TextArea());
        reason.setWrapText(true);
        reason.setPrefRowCount(2);
        reason.textProperty().bindBidirectional(model.triageReasonProperty());
        triagedOn.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.triageProperty().get() == Triage.PENDING, model.triageProperty()));
        referredTo.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.triageProperty().get() != Triage.REFERRED, model.triageProperty()));

        f.section("leads.editor.section.feedback");
        f.wide(hint("leads.editor.feedbackHint"));
        DatePicker fedBack = f.field("fedBackOn", "leads.field.fedBackOn", false, datePicker("fedBackOn"));
        fedBack.valueProperty().bindBidirectional(model.fedBackOnProperty());
        TextArea feedbackNote = f.field("feedbackNote", "leads.field.feedbackNote", false, new TextArea());
        feedbackNote.setWrapText(true);
        feedbackNote.setPrefRowCount(2);
        feedbackNote.textProperty().bindBidirectional(model.feedbackNoteProperty());

        f.section("leads.editor.section.cases");
        Label cases = f.wide(new Label());
        cases.setId("linkedCases");
        cases.setWrapText(true);
        Runnable showCases = () -> cases.setText(model.linkedCases().isEmpty()
                ? Messages.tr("leads.editor.noCases") : String.join("\n", model.linkedCases()));
        model.linkedCases().addListener((ListChangeListener<String>) c -> showCases.run());
        showCases.run();
        return f;
    }

    /** The reporter: picked from the roster (searched, never listed whole) or typed, or left out (anonymous). */
    private void buildReporter(FormGrid f) {
        f.section("leads.editor.section.reporter");
        f.wide(hint("leads.editor.reporterHint"));
        ToggleGroup mode = new ToggleGroup();
        RadioButton fromRoster = new RadioButton(Messages.tr("leads.editor.reporterFromRoster"));
        fromRoster.setId("reporterFromRoster");
        fromRoster.setToggleGroup(mode);
        RadioButton typed = new RadioButton(Messages.tr("leads.editor.reporterTyped"));
        typed.setId("reporterTyped");
        typed.setToggleGroup(mode);
        f.wide(new HBox(16, fromRoster, typed));
        mode.selectToggle(model.reporterFromRosterProperty().get() ? fromRoster : typed);
        mode.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.reporterFromRosterProperty().set(now == fromRoster);
            }
        });

        TextField search = new TextField();
        search.setId("reporterSearch");
        search.setPromptText(Messages.tr("leads.editor.reporterSearchPrompt"));
        search.textProperty().bindBidirectional(model.reporterSearchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button(Messages.tr("leads.editor.reporterClear"));
        clear.setId("reporterClear");
        clear.setOnAction(e -> model.clearReporter());
        clear.disableProperty().bind(model.reporterProperty().isNull());
        Label chosen = new Label();
        chosen.setId("reporterChosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.reporterProperty().get() == null
                ? Messages.tr("leads.editor.reporterNone")
                : Messages.tr("leads.editor.reporterChosen", model.reporterProperty().get().label()),
                model.reporterProperty()));
        ListView<ReporterChoice> matches = new ListView<>(model.reporterMatches());
        matches.setId("reporterMatches");
        matches.setStyle("-fx-pref-height: 8em;");
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReporterChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        matches.visibleProperty().bind(Bindings.isNotEmpty(model.reporterMatches()));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setOnMouseClicked(e -> pick(matches.getSelectionModel().getSelectedItem()));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(matches.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> model.searchReporters());
        search.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                if (!model.reporterMatches().isEmpty()) {
                    pick(model.reporterMatches().get(0));
                } else {
                    model.searchReporters();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !model.reporterMatches().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        f.field("reporterLiaisonId", "leads.field.reporterLiaisonId", false,
                new VBox(4, new HBox(6, search, clear), chosen, matches));

        TextField name = f.field("reporterName", "leads.field.reporterName", false, new TextField());
        name.textProperty().bindBidirectional(model.reporterNameProperty());
        TextField phone = f.field("reporterPhone", "leads.field.reporterPhone", false, new TextField());
        phone.setPromptText(Messages.tr("leads.editor.phonePrompt"));
        phone.textProperty().bindBidirectional(model.reporterPhoneProperty());

        Runnable visibility = () -> {
            boolean roster = model.reporterFromRosterProperty().get();
            f.setFieldVisible("reporterLiaisonId", roster);
            f.setFieldVisible("reporterName", !roster);
            f.setFieldVisible("reporterPhone", !roster);
        };
        model.reporterFromRosterProperty().addListener((obs, was, now) -> visibility.run());
        visibility.run();
    }

    private void pick(ReporterChoice choice) {
        if (choice != null) {
            model.pickReporter(choice);
        }
    }

    private void score(FormGrid f, String name, ObjectProperty<Integer> value) {
        ObservableList<Integer> scores = FXCollections.observableArrayList(Arrays.asList(null, 1, 2, 3, 4, 5));
        ComboBox<Integer> box = f.field(name, "leads.field." + name, false, new ComboBox<>(scores));
        box.setConverter(Labels.converter(s -> Messages.tr("leads.rating.score", s), Messages.tr("leads.rating.notRated")));
        box.valueProperty().bindBidirectional(value);
    }

    /** A pick list with a leading empty entry, so that an optional choice can be taken back. */
    private static <T> ObservableList<T> withNone(List<T> values) {
        ObservableList<T> list = FXCollections.observableArrayList(values);
        list.add(0, null);
        return list;
    }

    private DatePicker datePicker(String fieldName) {
        DatePicker picker = new DatePicker();
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2024-10-12");
        picker.setEditable(true);
        // Text that is not a date keeps showing (never silently replaced) and is reported on the field.
        picker.getEditor().textProperty().addListener((obs, was, text) -> model.setDateUnreadable(fieldName,
                text != null && !text.isBlank() && Labels.dateConverter().fromString(text) == null));
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                String text = picker.getEditor().getText();
                LocalDate parsed = Labels.dateConverter().fromString(text);
                if (parsed != null || text == null || text.isBlank()) {
                    picker.setValue(parsed);
                }
            }
        });
        return picker;
    }

    private VBox lookAlikeWarning() {
        Label title = new Label();
        title.setId("lookAlikeWarning");
        title.getStyleClass().add("deadline-soon");
        title.setWrapText(true);
        title.textProperty().bind(model.lookAlikeTextProperty());
        VBox lines = new VBox(2);
        Runnable fill = () -> lines.getChildren().setAll(model.lookAlikes().stream().map(text -> {
            Label l = new Label(text);
            l.getStyleClass().add("hint");
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        model.lookAlikes().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        VBox box = new VBox(2, title, lines);
        box.setId("lookAlikes");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.lookAlikes()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label hint(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
