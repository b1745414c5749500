package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.ui.PickerChoices.EarlierChoice;
import org.liaisondesk.ladder.ui.PickerChoices.LinkChoice;
import org.liaisondesk.ladder.ui.PickerChoices.RecipientChoice;
import org.liaisondesk.ladder.ui.RecommendationEditorViewModel.EscalationLine;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * The form of one recommendation or special report: what it says, to whom (recipient, superior, 抄送 in order),
 * the cases and leads it cites, the earlier documents it escalates from and why, and the numbered items. Saving
 * happens in the background; the dialog closes only when the document is stored. Closing with unsaved changes
 * asks first. Ctrl+S saves, Esc cancels; 修改记录 shows a stored document's history.
 */
public final class RecommendationEditorDialog {
    private final RecommendationEditorViewModel model;
    private final DialogService dialogs;
    private final int urgentReplyDays;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private RecommendationDetail saved;

    public RecommendationEditorDialog(Window owner, RecommendationEditorViewModel model, DialogService dialogs,
                                      int urgentReplyDays) {
        this.model = model;
        this.dialogs = dialogs;
        this.urgentReplyDays = urgentReplyDays;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr(model.isNew() ? "ladder.editor.newTitle" : "ladder.editor.editTitle"));
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType history = new ButtonType(Messages.tr("history.show"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        if (!model.isNew()) {
            dialog.getDialogPane().getButtonTypes().add(history);
        }

        ScrollPane scroll = new ScrollPane(buildForm());
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-pref-width: 54em; -fx-pref-height: 44em;");
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
                        model.titleProperty().get(), lines));
            });
        }
        dialog.getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::trySave);
        dialog.setOnCloseRequest(e -> {
            if (saved == null && model.isDirty() && !dialogs.confirm(dialog.getTitle(),
                    Messages.tr("ladder.editor.discardQuestion"), Messages.tr("ladder.editor.discard"))) {
                e.consume();
            }
        });
        model.loadProblemSuggestions();
    }

    private void trySave() {
        model.save(detail -> {
            saved = detail;
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    /** Shows the dialog and waits; the stored document when it was saved. */
    public Optional<RecommendationDetail> showAndWait() {
        dialog.showAndWait();
        return Optional.ofNullable(saved);
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node buildForm() {
        FormGrid f = new FormGrid(model.errors(), model::touch);
        if (model.isLocked()) {
            Label locked = hint("ladder.editor.lockedHint");
            locked.setId("lockedHint");
            locked.getStyleClass().add("deadline-soon");
            f.wide(locked);
        }

        f.section("ladder.editor.section.document");
        ComboBox<Tier> tier = f.field("tier", "ladder.field.tier", true,
                new ComboBox<>(FXCollections.observableArrayList(Tier.values())));
        tier.setConverter(Labels.keyed(Tier::messageKey, ""));
        tier.valueProperty().bindBidirectional(model.tierProperty());
        ComboBox<RecommendationType> type = f.field("type", "ladder.field.type", true,
                new ComboBox<>(FXCollections.observableArrayList(RecommendationType.values())));
        type.setConverter(Labels.keyed(RecommendationType::messageKey, ""));
        type.valueProperty().bindBidirectional(model.typeProperty());
        ComboBox<BusinessLine> line = f.field("businessLine", "ladder.field.businessLine", true,
                new ComboBox<>(FXCollections.observableArrayList(BusinessLine.values())));
        line.setConverter(Labels.keyed(BusinessLine::messageKey, ""));
        line.valueProperty().bindBidirectional(model.businessLineProperty());
        ComboBox<SupervisionField> field = f.field("field", "ladder.field.field", true,
                new ComboBox<>(FXCollections.observableArrayList(SupervisionField.values())));
        field.setConverter(Labels.keyed(SupervisionField::messageKey, ""));
        field.valueProperty().bindBidirectional(model.fieldProperty());
        ComboBox<String> problem = f.field("problem", "ladder.field.problem", false,
                new ComboBox<>(model.problemSuggestions()));
        problem.setEditable(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setPromptText(Messages.tr("ladder.editor.problemPrompt"));
        problem.getEditor().textProperty().bindBidirectional(model.problemProperty());
        TextField title = f.field("title", "ladder.field.title", true, new TextField());
        title.setPromptText(Messages.tr("ladder.editor.titlePrompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        DatePicker draftedOn = f.field("draftedOn", "ladder.field.draftedOn", true, datePicker("draftedOn"));
        draftedOn.valueProperty().bindBidirectional(model.draftedOnProperty());
        CheckBox urgent = f.field("urgent", "ladder.field.urgent", false,
                new CheckBox(Messages.tr("ladder.editor.urgentBox", urgentReplyDays)));
        urgent.selectedProperty().bindBidirectional(model.urgentProperty());
        Spinner<Integer> objection = f.field("objectionDays", "ladder.field.objectionDays", false, daysSpinner());

        f.section("ladder.editor.section.recipients");
        SearchPicker<RecipientChoice> recipient = f.field("recipientId", "ladder.field.recipientId", true,
                new SearchPicker<>(model.recipient(), "recipient", "ladder.editor.recipientPrompt",
                        RecipientChoice::description));
        touchOnLeave(recipient, "recipientId");
        SearchPicker<RecipientChoice> superior = f.field("superiorId", "ladder.field.superiorId", false,
                new SearchPicker<>(model.superior(), "superior", "ladder.editor.recipientPrompt",
                        RecipientChoice::description));
        touchOnLeave(superior, "superiorId");
        Label superiorHint = new Label();
        superiorHint.setId("superiorHint");
        superiorHint.getStyleClass().add("hint");
        superiorHint.setWrapText(true);
        superiorHint.textProperty().bind(model.superiorHintProperty());
        superior.getChildren().add(superiorHint);
        f.field("copyToIds", "ladder.field.copyToIds", false, copyToSection());

        f.section("ladder.editor.section.basis");
        f.field("links", "ladder.field.links", false, linksSection());
        f.field("escalatesFrom", "ladder.field.escalatesFrom", false, escalationSection());
        ComboBox<Station> station = f.field("stationId", "ladder.field.stationId", false,
                new ComboBox<>(ListTables.withAll(model.stations())));
        station.setConverter(Labels.converter(Station::name, Messages.tr("ladder.editor.none")));
        station.valueProperty().bindBidirectional(model.stationProperty());
        ComboBox<Prosecutor> prosecutor = f.field("prosecutorId", "ladder.field.prosecutorId", false,
                new ComboBox<>(ListTables.withAll(model.prosecutors())));
        prosecutor.setConverter(Labels.converter(Prosecutor::name, Messages.tr("ladder.editor.none")));
        prosecutor.valueProperty().bindBidirectional(model.prosecutorProperty());
        TextField source = f.field("problemSource", "ladder.field.problemSource", false, new TextField());
        source.setPromptText(Messages.tr("ladder.editor.problemSourcePrompt"));
        source.textProperty().bindBidirectional(model.problemSourceProperty());

        f.section("ladder.editor.section.content");
        f.wide(hint("ladder.editor.contentHint"));
        f.field("facts", "ladder.field.facts", false, area(model.factsProperty(), 5));
        f.field("violation", "ladder.field.violation", false, area(model.violationProperty(), 3));
        f.field("items", "ladder.field.items", false, itemsSection());
        f.field("legalBasis", "ladder.field.legalBasis", false, area(model.legalBasisProperty(), 2));
        objection.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.touch("objectionDays");
            }
        });
        return f;
    }

    /** 异议期: 0–90 days; typed text that is not a number keeps the last valid value. */
    private Spinner<Integer> daysSpinner() {
        Integer initial = model.objectionDaysProperty().get();
        SpinnerValueFactory.IntegerSpinnerValueFactory days = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, 90, initial == null ? 0 : Math.max(0, Math.min(90, initial)));
        days.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return days.getValue();
                }
            }
        });
        Spinner<Integer> spinner = new Spinner<>(days);
        spinner.setEditable(true);
        days.valueProperty().bindBidirectional(model.objectionDaysProperty());
        return spinner;
    }

    /** 抄送: the organisations in the order they are printed, each with ↑ ↓ 移除, and a picker to add more. */
    private Node copyToSection() {
        VBox rows = new VBox();
        rows.setId("copyToRows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            ObservableList<RecipientChoice> list = model.copyTo();
            if (list.isEmpty()) {
                rows.getChildren().add(hint("ladder.editor.copyToNone"));
            }
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                RecipientChoice c = list.get(i);
                Button up = small("ladder.editor.moveUp", "copyToUp-" + c.id(), () -> model.moveCopyTo(index, -1));
                up.setDisable(i == 0);
                Button down = small("ladder.editor.moveDown", "copyToDown-" + c.id(), () -> model.moveCopyTo(index, 1));
                down.setDisable(i == list.size() - 1);
                Button remove = small("ladder.editor.remove", "copyToRemove-" + c.id(), () -> model.removeCopyTo(c));
                rows.getChildren().add(row(new Label((i + 1) + ". " + c.name()), up, down, remove));
            }
        };
        model.copyTo().addListener((ListChangeListener<RecipientChoice>) c -> fill.run());
        fill.run();
        SearchPicker<RecipientChoice> add = new SearchPicker<>(model.copyToPicker(), "copyTo",
                "ladder.editor.copyToPrompt", RecipientChoice::description);
        return new VBox(4, rows, add);
    }

    /** The cases and leads cited, each with 移除, and a picker for each kind. */
    private Node linksSection() {
        VBox rows = new VBox();
        rows.setId("linkRows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (model.links().isEmpty()) {
                rows.getChildren().add(hint("ladder.editor.linksNone"));
            }
            for (LinkChoice c : model.links()) {
                Button remove = small("ladder.editor.remove", "removeLink-" + c.link().kind() + "-" + c.link().recordId(),
                        () -> model.removeLink(c));
                rows.getChildren().add(row(new Label(c.label()), remove));
            }
        };
        model.links().addListener((ListChangeListener<LinkChoice>) c -> fill.run());
        fill.run();
        SearchPicker<LinkChoice> matters = new SearchPicker<>(model.matterPicker(), "matterLink",
                "ladder.editor.matterPrompt", LinkChoice::label);
        SearchPicker<LinkChoice> leads = new SearchPicker<>(model.leadPicker(), "leadLink",
                "ladder.editor.leadPrompt", LinkChoice::label);
        return new VBox(4, rows, matters, leads);
    }

    /** 升级自: the earlier documents with the reason for each, and a picker over the lower tiers. */
    private Node escalationSection() {
        VBox rows = new VBox();
        rows.setId("escalationRows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (model.escalations().isEmpty()) {
                rows.getChildren().add(hint("ladder.editor.escalationNone"));
            }
            for (EscalationLine l : model.escalations()) {
                EarlierChoice doc = l.document();
                ComboBox<EscalationReason> reason = new ComboBox<>(
                        FXCollections.observableArrayList(EscalationReason.values()));
                reason.setId("escalationReason-" + doc.id());
                reason.setConverter(Labels.keyed(EscalationReason::messageKey, ""));
                reason.valueProperty().bindBidirectional(l.reasonProperty());
                Button remove = small("ladder.editor.remove", "removeEscalation-" + doc.id(),
                        () -> model.removeEscalation(l));
                VBox text = new VBox(2, wrapped(doc.label()), reason);
                rows.getChildren().add(row(text, remove));
            }
        };
        model.escalations().addListener((ListChangeListener<EscalationLine>) c -> fill.run());
        fill.run();
        SearchPicker<EarlierChoice> add = new SearchPicker<>(model.earlierPicker(), "earlier",
                "ladder.editor.earlierPrompt", EarlierChoice::label);
        Label lowest = hint("ladder.editor.escalationLowest");
        Runnable tierShown = () -> {
            boolean bottom = model.tierProperty().get() == Tier.INDIVIDUAL;
            add.setDisable(bottom);
            lowest.setVisible(bottom);
            lowest.setManaged(bottom);
        };
        model.tierProperty().addListener((obs, was, now) -> tierShown.run());
        tierShown.run();
        return new VBox(4, rows, lowest, add);
    }

    /** 建议事项: numbered, each in its own box with ↑ ↓ 删除, and 添加一项. */
    private Node itemsSection() {
        VBox rows = new VBox(4);
        rows.setId("itemRows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            List<StringProperty> list = model.items();
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                TextArea text = new TextArea();
                text.setId("item-" + i);
                text.setWrapText(true);
                text.setPrefRowCount(2);
                text.textProperty().bindBidirectional(list.get(i));
                text.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused) {
                        model.touch("items");
                    }
                });
                HBox.setHgrow(text, Priority.ALWAYS);
                Button up = small("ladder.editor.moveUp", "itemUp-" + i, () -> model.moveItem(index, -1));
                up.setDisable(i == 0);
                Button down = small("ladder.editor.moveDown", "itemDown-" + i, () -> model.moveItem(index, 1));
                down.setDisable(i == list.size() - 1);
                Button remove = small("ladder.editor.removeItem", "itemRemove-" + i, () -> model.removeItem(index));
                Label number = new Label(Messages.tr("ladder.editor.itemNumber", i + 1));
                number.setMinWidth(Label.USE_PREF_SIZE);
                HBox row = new HBox(number, text, new VBox(2, up, down, remove));
                row.getStyleClass().add("toolbar-row");
                rows.getChildren().add(row);
            }
        };
        model.items().addListener((ListChangeListener<StringProperty>) c -> fill.run());
        fill.run();
        Button add = new Button(Messages.tr("ladder.editor.addItem"));
        add.setId("addItemButton");
        add.setOnAction(e -> {
            model.addItem();
            rows.getChildren().get(rows.getChildren().size() - 1).lookup("#item-" + (model.items().size() - 1))
                    .requestFocus();
        });
        return new VBox(4, rows, add);
    }

    private void touchOnLeave(SearchPicker<?> picker, String fieldName) {
        picker.field().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.touch(fieldName);
            }
        });
    }

    private TextArea area(StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private static HBox row(Node text, Node... buttons) {
        HBox.setHgrow(text, Priority.ALWAYS);
        if (text instanceof Label l) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        HBox row = new HBox(text);
        row.getChildren().addAll(buttons);
        row.getStyleClass().add("toolbar-row");
        return row;
    }

    private static Button small(String key, String id, Runnable action) {
        Button b = new Button(Messages.tr(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
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

    private static Label hint(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
