package org.liaisondesk.register.cases.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * The form for one case, with its linked leads and visits (关联线索与接访). Saving happens in the background;
 * the dialog closes only when the case is stored. Closing with unsaved changes asks first. Ctrl+S saves,
 * Esc cancels; 修改记录 shows the saved case's history.
 */
public final class MatterEditorDialog {
    private final MatterEditorViewModel model;
    private final DialogService dialogs;
    private final Function<Set<MatterLink>, LinkPickerViewModel> pickers;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean saved;

    /**
     * @param pickers makes the link picker's view model, leaving out the links already on the form
     */
    public MatterEditorDialog(Window owner, MatterEditorViewModel model, DialogService dialogs,
                              Function<Set<MatterLink>, LinkPickerViewModel> pickers) {
        this.model = model;
        this.dialogs = dialogs;
        this.pickers = pickers;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr(model.isNew() ? "cases.editor.newTitle" : "cases.editor.editTitle"));
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType history = new ButtonType(Messages.tr("history.show"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        if (!model.isNew()) {
            dialog.getDialogPane().getButtonTypes().add(history);
        }

        ScrollPane scroll = new ScrollPane(buildForm());
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-pref-width: 48em; -fx-pref-height: 42em;");
        dialog.getDialogPane().setContent(scroll);
        Theme.apply(dialog.getDialogPane());

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
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
                        model.nameProperty().get(), lines));
            });
        }
        dialog.getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::trySave);
        dialog.setOnCloseRequest(e -> {
            if (!saved && model.isDirty() && !dialogs.confirm(dialog.getTitle(),
                    Messages.tr("cases.editor.discardQuestion"), Messages.tr("cases.editor.discard"))) {
                e.consume();
            }
        });
    }

    private void trySave() {
        model.save(matter -> {
            saved = true;
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    /** Shows the dialog and waits; true when the case was saved. */
    public boolean showAndWait() {
        Optional<ButtonType> result = dialog.showAndWait();
        return saved && result.isPresent();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node buildForm() {
        FormGrid f = new FormGrid(model.errors(), model::touch);

        f.section("cases.editor.section.basic");
        TextField name = f.field("name", "cases.field.name", true, new TextField());
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<BusinessLine> line = f.field("businessLine", "cases.field.businessLine", true,
                new ComboBox<>(FXCollections.observableArrayList(BusinessLine.values())));
        line.setConverter(Labels.keyed(BusinessLine::messageKey, ""));
        line.valueProperty().bindBidirectional(model.businessLineProperty());
        ComboBox<ReferenceItem> business = f.field("businessId", "cases.field.businessId", false,
                new ComboBox<>(withNone(model.businesses())));
        business.setConverter(Labels.converter(ReferenceItem::name, Messages.tr("cases.editor.none")));
        business.valueProperty().bindBidirectional(model.businessProperty());
        ComboBox<SupervisionField> field = f.field("field", "cases.field.field", true,
                new ComboBox<>(FXCollections.observableArrayList(SupervisionField.values())));
        field.setConverter(Labels.keyed(SupervisionField::messageKey, ""));
        field.valueProperty().bindBidirectional(model.fieldProperty());
        // 问题类型: typed freely or picked from the problems already used in the field, so that the same problem is
        // written the same way (the class-case suggestion groups cases and leads by it).
        ComboBox<String> problem = f.field("problem", "cases.field.problem", false,
                new ComboBox<>(model.problemSuggestions()));
        problem.setEditable(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setPromptText(Messages.tr("cases.editor.problemPrompt"));
        problem.getEditor().textProperty().bindBidirectional(model.problemProperty());
        TextField officeNumber = f.field("officeNumber", "cases.field.officeNumber", false, new TextField());
        officeNumber.setPromptText(Messages.tr("cases.editor.officeNumberPrompt"));
        officeNumber.textProperty().bindBidirectional(model.officeNumberProperty());
        TextField unifiedCode = f.field("unifiedCode", "cases.field.unifiedCode", false, new TextField());
        unifiedCode.setPromptText(Messages.tr("cases.editor.unifiedCodePrompt"));
        unifiedCode.textProperty().bindBidirectional(model.unifiedCodeProperty());

        f.section("cases.editor.section.progress");
        DatePicker accepted = f.field("acceptedOn", "cases.field.acceptedOn", true, datePicker("acceptedOn"));
        accepted.valueProperty().bindBidirectional(model.acceptedOnProperty());
        ComboBox<MatterStatus> status = f.field("status", "cases.field.status", true,
                new ComboBox<>(FXCollections.observableArrayList(MatterStatus.values())));
        status.setConverter(Labels.keyed(MatterStatus::messageKey, ""));
        status.valueProperty().bindBidirectional(model.statusProperty());
        DatePicker concluded = f.field("concludedOn", "field.concludedOn", false, datePicker("concludedOn"));
        concluded.valueProperty().bindBidirectional(model.concludedOnProperty());
        concluded.disableProperty().bind(model.concludedProperty().not());
        ComboBox<Prosecutor> prosecutor = f.field("prosecutorId", false, new ComboBox<>(withNone(model.prosecutors())));
        prosecutor.setConverter(Labels.converter(Prosecutor::name, Messages.tr("cases.editor.none")));
        prosecutor.valueProperty().bindBidirectional(model.prosecutorProperty());
        ComboBox<Station> station = f.field("stationId", false, new ComboBox<>(withNone(model.stations())));
        station.setConverter(Labels.converter(Station::name, Messages.tr("cases.editor.none")));
        station.valueProperty().bindBidirectional(model.stationProperty());

        f.section("cases.editor.section.parties");
        f.wide(hint("cases.editor.partiesHint"));
        TextField parties = f.field("parties", "cases.field.parties", false, new TextField());
        parties.setPromptText(Messages.tr("cases.editor.partiesPrompt"));
        parties.textProperty().bindBidirectional(model.partiesProperty());
        CheckBox minor = f.field("involvesMinor", false, new CheckBox(Messages.tr("cases.editor.minorBox")));
        minor.selectedProperty().bindBidirectional(model.involvesMinorProperty());
        TextArea summary = f.field("summary", "cases.field.summary", false, new TextArea());
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.textProperty().bindBidirectional(model.summaryProperty());

        f.section("cases.editor.section.links");
        f.wide(linksSection());
        return f;
    }

    /** The linked leads and visits, each with 移除, then 添加关联 and the problem of the links, if any. */
    private Node linksSection() {
        VBox rows = new VBox();
        rows.setId("linkRows");
        rows.getStyleClass().add("form-grid");
        Label empty = new Label(Messages.tr("cases.links.none"));
        empty.getStyleClass().add("hint");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (model.linked().isEmpty()) {
                rows.getChildren().add(empty);
            }
            for (LinkedRecord r : model.linked()) {
                Label text = new Label(LinkPickerDialog.describe(r));
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button remove = new Button(Messages.tr("cases.links.remove"));
                remove.setId("removeLink-" + r.link().kind() + "-" + r.link().recordId());
                remove.setOnAction(e -> model.removeLink(r));
                HBox row = new HBox(text, remove);
                row.getStyleClass().add("toolbar-row");
                rows.getChildren().add(row);
            }
        };
        model.linked().addListener((ListChangeListener<LinkedRecord>) c -> fill.run());
        fill.run();

        Button add = new Button(Messages.tr("cases.links.add"));
        add.setId("addLinkButton");
        add.setOnAction(e -> new LinkPickerDialog(dialog.getDialogPane().getScene().getWindow(),
                pickers.apply(model.linkSet())).showAndWait().ifPresent(model::addLink));
        Label error = new Label();
        error.setId("linksError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Runnable showError = () -> {
            String message = model.errors().get("links");
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            error.setManaged(message != null);
        };
        model.errors().addListener((MapChangeListener<String, String>) c -> showError.run());
        showError.run();
        return new VBox(rows, add, error);
    }

    /** A pick list with a leading null entry meaning "none", kept in step with the source list. */
    private static <T> ObservableList<T> withNone(ObservableList<T> source) {
        ObservableList<T> list = FXCollections.observableArrayList();
        Runnable copy = () -> {
            list.setAll(source);
            list.add(0, null);
        };
        source.addListener((ListChangeListener<T>) c -> copy.run());
        copy.run();
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
                java.time.LocalDate parsed = Labels.dateConverter().fromString(text);
                if (parsed != null || text == null || text.isBlank()) {
                    picker.setValue(parsed);
                }
            }
        });
        return picker;
    }

    private static Label hint(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
