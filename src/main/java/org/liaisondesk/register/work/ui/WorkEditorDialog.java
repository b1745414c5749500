package org.liaisondesk.register.work.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.model.MatterRef;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.ServiceSession;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;

/**
 * The form for one activity. Only the fields of the chosen kind are on the form (their part is rebuilt when the
 * kind changes); what was typed in fields of another kind stays in the model, unsaved. Saving happens in the
 * background; the dialog closes only when the activity is stored. Closing with unsaved changes asks first.
 * Ctrl+S saves, Esc cancels; 修改记录 shows a saved activity's history.
 */
public final class WorkEditorDialog {
    /** Every kind-specific field, in the order a prosecutor fills them in. */
    private static final List<String> KIND_FIELDS = List.of(WorkActivity.PARTIES, WorkActivity.APPLICANT_NAME,
            WorkActivity.APPLICANT_ID_NUMBER, WorkActivity.MEDIATOR, WorkActivity.CHANNEL, WorkActivity.HEARING_TYPE,
            WorkActivity.PANEL, WorkActivity.TOPIC, WorkActivity.AUDIENCE_COUNT, WorkActivity.AMOUNT_APPROVED,
            WorkActivity.AMOUNT_PAID, WorkActivity.HOURS_AGREED, WorkActivity.SERVICE_LOG, WorkActivity.RESOLVED,
            WorkActivity.OUTCOME, WorkActivity.ASSESSMENT);
    /** The label column of the three grids of the form has one width, so that their fields line up. */
    private static final double LABEL_COLUMN_EM = 12;

    private final WorkEditorViewModel model;
    private final DialogService dialogs;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean saved;

    public WorkEditorDialog(Window owner, WorkEditorViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr(model.isNew() ? "work.editor.newTitle" : "work.editor.editTitle"));
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType history = new ButtonType(Messages.tr("history.show"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        if (!model.isNew()) {
            dialog.getDialogPane().getButtonTypes().add(history);
        }

        ScrollPane scroll = new ScrollPane(buildForm());
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-pref-width: 52em; -fx-pref-height: 42em;");
        dialog.getDialogPane().setContent(scroll);
        Theme.apply(dialog.getDialogPane());

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveButton");
        saveButton.disableProperty().bind(model.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            trySave();
        });
        if (!model.isNew()) {
            Button historyButton = (Button) dialog.getDialogPane().lookupButton(history);
            historyButton.setId("historyButton");
            historyButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                model.loadHistory(lines -> HistoryDialog.show(dialog.getDialogPane().getScene().getWindow(),
                        model.original().title(), lines));
            });
        }
        dialog.getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::trySave);
        dialog.setOnCloseRequest(e -> {
            if (!saved && model.isDirty() && !dialogs.confirm(dialog.getTitle(),
                    Messages.tr("work.editor.discardQuestion"), Messages.tr("work.editor.discard"))) {
                e.consume();
            }
        });
    }

    private void trySave() {
        model.save(activity -> {
            saved = true;
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    /** Shows the dialog and waits; true when an activity was saved. */
    public boolean showAndWait() {
        Optional<ButtonType> result = dialog.showAndWait();
        return saved && result.isPresent();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node buildForm() {
        FormGrid basic = new FormGrid(model.errors(), model::touch);
        basic.section("work.editor.section.basic");
        ComboBox<WorkKind> kind = basic.field("kind", "work.field.kind", true,
                new ComboBox<>(FXCollections.observableArrayList(WorkKind.values())));
        kind.setConverter(Labels.keyed(WorkKind::messageKey, ""));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        DatePicker heldOn = basic.field("heldOn", "work.field.heldOn", true, datePicker("heldOn", true));
        heldOn.valueProperty().bindBidirectional(model.heldOnProperty());
        ComboBox<Station> station = basic.field("stationId", false, new ComboBox<>(model.stations()));
        station.setConverter(Labels.converter(Station::name, ""));
        station.valueProperty().bindBidirectional(model.stationProperty());
        ComboBox<Prosecutor> prosecutor = basic.field("prosecutorId", false, new ComboBox<>(model.prosecutors()));
        prosecutor.setConverter(Labels.converter(Prosecutor::name, ""));
        prosecutor.valueProperty().bindBidirectional(model.prosecutorProperty());
        TextField title = basic.field("title", "work.field.title", true, new TextField());
        title.setPromptText(Messages.tr("work.editor.titlePrompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField place = basic.field("place", "work.field.place", false, new TextField());
        place.textProperty().bindBidirectional(model.placeProperty());
        CheckBox minor = basic.field("involvesMinor", false, new CheckBox(Messages.tr("work.editor.minorBox")));
        minor.selectedProperty().bindBidirectional(model.involvesMinorProperty());
        basic.field("matterId", "work.field.matterId", false, matterPicker());

        FormGrid notes = new FormGrid(model.errors(), model::touch);
        notes.section("work.editor.section.note");
        TextArea note = notes.field("note", false, textArea(3));
        note.textProperty().bindBidirectional(model.noteProperty());

        // The kind's own fields live in a grid of their own, rebuilt when the kind changes, so that no empty rows
        // of other kinds stand between them.
        VBox details = new VBox();
        Runnable showKind = () -> {
            WorkKind k = model.kindProperty().get();
            FormGrid grid = k == null ? null : detailsGrid(k);
            details.getChildren().setAll(grid == null ? List.of() : List.of(grid));
            for (FormGrid g : grid == null ? List.of(basic, notes) : List.of(basic, grid, notes)) {
                g.getColumnConstraints().get(0).setMinWidth(LABEL_COLUMN_EM * Font.getDefault().getSize());
            }
        };
        model.kindProperty().addListener((obs, was, now) -> showKind.run());
        showKind.run();
        return new VBox(basic, details, notes);
    }

    /** The fields of one kind, in the order of {@link #KIND_FIELDS}. */
    private FormGrid detailsGrid(WorkKind k) {
        FormGrid f = new FormGrid(model.errors(), model::touch);
        f.section("work.editor.section.details")
                .setText(Messages.tr("work.editor.section.details", Messages.tr(k.messageKey())));
        for (String field : KIND_FIELDS) {
            if (k.uses(field)) {
                addDetail(f, k, field);
            }
        }
        return f;
    }

    private void addDetail(FormGrid f, WorkKind k, String field) {
        switch (field) {
            case WorkActivity.PARTIES -> {
                boolean required = k == WorkKind.MEDIATION || k == WorkKind.COMMUNITY_SERVICE;
                TextField parties = f.field(field, partiesLabel(k), required, new TextField());
                parties.setPromptText(Messages.tr("work.editor.partiesPrompt"));
                parties.textProperty().bindBidirectional(model.partiesProperty());
            }
            case WorkActivity.APPLICANT_NAME -> f.field(field, "work.field.applicantName", true, new TextField())
                    .textProperty().bindBidirectional(model.applicantNameProperty());
            case WorkActivity.APPLICANT_ID_NUMBER -> {
                TextField id = f.field(field, "work.field.applicantIdNumber", false, new TextField());
                id.setPromptText(Messages.tr("work.editor.idPrompt"));
                id.textProperty().bindBidirectional(model.applicantIdNumberProperty());
            }
            case WorkActivity.MEDIATOR -> f.field(field, "work.field.mediator", false, new TextField())
                    .textProperty().bindBidirectional(model.mediatorProperty());
            case WorkActivity.CHANNEL -> f.field(field, "work.field.channel", false,
                    suggestions("work.channel.suggestions", model.channelProperty()));
            case WorkActivity.HEARING_TYPE -> f.field(field, "work.field.hearingType", true,
                    suggestions("work.hearingType.suggestions", model.hearingTypeProperty()));
            case WorkActivity.PANEL -> f.field(field, "work.field.panel", false, panelPicker());
            case WorkActivity.TOPIC -> f.field(field, "work.field.topic", true, new TextField())
                    .textProperty().bindBidirectional(model.topicProperty());
            case WorkActivity.AUDIENCE_COUNT -> {
                TextField audience = f.field(field, "work.field.audienceCount", false, new TextField());
                audience.setPromptText(Messages.tr("work.editor.audiencePrompt"));
                audience.textProperty().bindBidirectional(model.audienceCountProperty());
            }
            case WorkActivity.AMOUNT_APPROVED -> {
                TextField approved = f.field(field, "work.field.amountApprovedFen", true, new TextField());
                approved.setPromptText(Messages.tr("work.editor.amountPrompt"));
                approved.textProperty().bindBidirectional(model.amountApprovedProperty());
            }
            case WorkActivity.AMOUNT_PAID -> {
                TextField paid = f.field(field, "work.field.amountPaidFen", false, new TextField());
                paid.setPromptText(Messages.tr("work.editor.amountPrompt"));
                paid.textProperty().bindBidirectional(model.amountPaidProperty());
            }
            case WorkActivity.HOURS_AGREED -> f.field(field, "work.field.hoursAgreed", true, new TextField())
                    .textProperty().bindBidirectional(model.hoursAgreedProperty());
            case WorkActivity.SERVICE_LOG -> f.field(field, "work.field.serviceLog", false, serviceLogEditor());
            case WorkActivity.RESOLVED -> f.field(field, "work.field.resolved", false,
                    new CheckBox(Messages.tr("work.editor.resolvedBox")))
                    .selectedProperty().bindBidirectional(model.resolvedProperty());
            case WorkActivity.OUTCOME -> f.field(field, outcomeLabel(k), false, textArea(3))
                    .textProperty().bindBidirectional(model.outcomeProperty());
            case WorkActivity.ASSESSMENT -> f.field(field, "work.field.assessment", false, textArea(3))
                    .textProperty().bindBidirectional(model.assessmentProperty());
            default -> throw new IllegalArgumentException("no control for " + field);
        }
    }

    /** Who the parties are depends on the kind: the suspect doing service, the person not prosecuted, the parties. */
    private static String partiesLabel(WorkKind k) {
        return switch (k) {
            case COMMUNITY_SERVICE -> "work.field.suspect";
            case NON_PROSECUTION_ANNOUNCEMENT -> "work.field.notProsecuted";
            default -> "work.field.parties";
        };
    }

    private static String outcomeLabel(WorkKind k) {
        return switch (k) {
            case MEDIATION -> "work.field.mediationOutcome";
            case JUDICIAL_AID -> "work.field.aidOutcome";
            case HEARING -> "work.field.hearingOutcome";
            default -> "work.field.outcome";
        };
    }

    /** Free text with a short list of usual values (the list is a bundle entry, values separated by |). */
    private static ComboBox<String> suggestions(String key, StringProperty value) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(Messages.tr(key).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getEditor().textProperty().bindBidirectional(value);
        box.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        return box;
    }

    private Node matterPicker() {
        Label chosen = new Label();
        chosen.setId("matterChosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.matterProperty().get() == null
                ? Messages.tr("work.editor.noMatter") : model.matterProperty().get().label(), model.matterProperty()));
        Button clear = new Button(Messages.tr("work.editor.unlinkMatter"));
        clear.setId("matterClear");
        clear.visibleProperty().bind(model.matterProperty().isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> model.clearMatter());
        HBox top = new HBox(8, chosen, clear);

        TextField search = new TextField();
        search.setId("matterSearch");
        search.setPromptText(Messages.tr("work.editor.matterSearchPrompt"));
        search.textProperty().bindBidirectional(model.matterSearchProperty());
        ListView<MatterRef> results = resultsList(model.matterResults(), MatterRef::label);
        results.setId("matterResults");
        searchAsYouType(search, model::searchMatters, () -> {
            if (!results.getItems().isEmpty()) {
                model.pickMatter(results.getItems().get(0));
            }
        });
        pickOnClick(results, model::pickMatter);
        return new VBox(4, top, search, results);
    }

    private Node panelPicker() {
        ListView<PanelMember> members = new ListView<>(model.panel());
        members.setId("panelMembers");
        members.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        members.setCellFactory(v -> textCell(WorkEditorDialog::memberText));
        members.setStyle("-fx-pref-height: 6.5em;");
        members.setPlaceholder(new Label(Messages.tr("work.editor.noPanel")));
        members.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.removePanelMembers(List.copyOf(members.getSelectionModel().getSelectedItems()));
            }
        });
        Button remove = new Button(Messages.tr("work.editor.removeSelected"));
        remove.setId("panelRemove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removePanelMembers(List.copyOf(members.getSelectionModel().getSelectedItems())));

        TextField search = new TextField();
        search.setId("panelSearch");
        search.setPromptText(Messages.tr("work.editor.panelSearchPrompt"));
        search.textProperty().bindBidirectional(model.panelSearchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ListView<PanelMember> results = resultsList(model.panelResults(), WorkEditorDialog::memberText);
        results.setId("panelResults");
        searchAsYouType(search, model::searchPanel, () -> {
            if (!results.getItems().isEmpty()) {
                model.addPanelMember(results.getItems().get(0));
            }
        });
        search.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && search.getText().isBlank()) {
                model.searchPanel();
            }
        });
        pickOnClick(results, model::addPanelMember);
        return new VBox(4, members, new HBox(8, search, remove), results);
    }

    private static String memberText(PanelMember m) {
        return m.role().isEmpty() ? m.name() : Messages.tr("work.editor.panelMember", m.name(), m.role());
    }

    private Node serviceLogEditor() {
        TableView<ServiceSession> table = new TableView<>(model.serviceLog());
        table.setId("serviceLogTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.tr("work.editor.noSessions")));
        table.setStyle("-fx-pref-height: 10em;");
        table.getColumns().add(column("work.session.date", s -> s.doneOn() == null ? "" : s.doneOn().toString(), 7));
        table.getColumns().add(column("work.session.hoursColumn", s -> Integer.toString(s.hours()), 4));
        table.getColumns().add(column("work.session.note", ServiceSession::note, 20));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.removeSessions(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });

        DatePicker date = datePicker("sessionDate", false);
        date.setId("sessionDate");
        date.valueProperty().bindBidirectional(model.sessionDateProperty());
        date.setStyle("-fx-pref-width: 9em;");
        TextField hours = new TextField();
        hours.setId("sessionHours");
        hours.setPromptText(Messages.tr("work.session.hoursPrompt"));
        hours.setPrefColumnCount(3);
        hours.textProperty().bindBidirectional(model.sessionHoursProperty());
        TextField note = new TextField();
        note.setId("sessionNote");
        note.setPromptText(Messages.tr("work.session.notePrompt"));
        note.textProperty().bindBidirectional(model.sessionNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(Messages.tr("work.session.add"));
        add.setId("sessionAdd");
        add.setOnAction(e -> {
            commitDate(date);
            if (model.addSession()) {
                hours.requestFocus();
            }
        });
        for (TextField field : List.of(hours, note)) {
            field.setOnAction(e -> {
                // Enter adds the session instead of saving the whole form.
                e.consume();
                add.fire();
            });
        }
        Button remove = new Button(Messages.tr("work.editor.removeSelected"));
        remove.setId("sessionRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeSessions(List.copyOf(table.getSelectionModel().getSelectedItems())));

        Label error = new Label();
        error.setId("sessionError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.sessionErrorProperty());
        error.visibleProperty().bind(model.sessionErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label done = new Label();
        done.setId("hoursDone");
        done.textProperty().bind(model.hoursDoneTextProperty());
        for (Button b : List.of(add, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox entry = new HBox(6, date, hours, note, add);
        HBox summary = new HBox(6, done, grow, remove);
        summary.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, table, entry, error, summary);
    }

    private static TableColumn<ServiceSession, String> column(String key, Function<ServiceSession, String> value,
                                                              double em) {
        TableColumn<ServiceSession, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setSortable(false);
        c.setPrefWidth(em * 14);
        return c;
    }

    /** A results list that takes room only while it has something to offer. */
    private static <T> ListView<T> resultsList(ObservableList<T> items, Function<T, String> text) {
        ListView<T> list = new ListView<>(items);
        list.setCellFactory(v -> textCell(text));
        list.setStyle("-fx-pref-height: 8em;");
        list.visibleProperty().bind(Bindings.isNotEmpty(items));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** Searches after a short pause in typing, at once on Enter; Enter on a search with results takes the first. */
    private static void searchAsYouType(TextField field, Runnable search, Runnable takeFirst) {
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> search.run());
        field.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        field.setOnAction(e -> {
            e.consume();
            typing.stop();
            takeFirst.run();
        });
    }

    private static <T> void pickOnClick(ListView<T> list, Consumer<T> pick) {
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && item != null) {
                pick.accept(item);
            }
        });
        list.setOnKeyPressed(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                e.consume();
                pick.accept(item);
            }
        });
    }

    private static TextArea textArea(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    /** A date field that accepts the usual typed forms; with {@code report}, unreadable text is shown as a problem. */
    private DatePicker datePicker(String field, boolean report) {
        DatePicker picker = new DatePicker();
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2024-10-12");
        picker.setEditable(true);
        if (report) {
            // Text that is not a date keeps showing (never silently replaced) and is reported on the field.
            picker.getEditor().textProperty().addListener((obs, was, text) -> model.setDateUnreadable(field,
                    text != null && !text.isBlank() && Labels.dateConverter().fromString(text) == null));
        }
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitDate(picker);
            }
        });
        return picker;
    }

    private static void commitDate(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate parsed = Labels.dateConverter().fromString(text);
        if (parsed != null || text == null || text.isBlank()) {
            picker.setValue(parsed);
        }
    }
}
