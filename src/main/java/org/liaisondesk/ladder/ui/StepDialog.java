package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import java.util.Arrays;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.ServiceMethod;

/**
 * The small dialog for one step (送达, 收到回复 …) over a {@link StepDialogModel}. It closes only when the step
 * is recorded; a refusal of the service stays in the dialog with the reason. Ctrl+S or Enter records; Esc or
 * closing asks before dropping what was typed.
 */
public final class StepDialog {
    private final StepDialogModel model;
    private final DialogService dialogs;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private RecommendationDetail recorded;
    private DatePicker date;

    public StepDialog(Window owner, StepDialogModel model, DialogService dialogs, String documentName) {
        this.model = model;
        this.dialogs = dialogs;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        String step = RecommendationPageContent.stepName(model.kind());
        dialog.setTitle(Messages.tr("ladder.step.dialogTitle", step, documentName));
        ButtonType ok = new ButtonType(Messages.tr("ladder.step.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);

        Label preview = new Label();
        preview.setId("numberPreview");
        preview.setWrapText(true);
        preview.setStyle("-fx-font-weight: bold;");
        preview.textProperty().bind(model.numberPreviewProperty());
        showWhenNotEmpty(preview);
        Label refusal = new Label();
        refusal.setId("stepRefusal");
        refusal.getStyleClass().add("field-error");
        refusal.setWrapText(true);
        refusal.textProperty().bind(model.refusalProperty());
        showWhenNotEmpty(refusal);
        VBox content = new VBox(8, buildForm(), preview, refusal);
        content.setStyle("-fx-pref-width: 32em;");
        dialog.getDialogPane().setContent(content);
        Theme.apply(dialog.getDialogPane());

        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("recordStepButton");
        okButton.disableProperty().bind(model.savingProperty());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            tryRecord();
        });
        dialog.getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::tryRecord);
        dialog.setOnCloseRequest(e -> {
            if (recorded == null && model.isDirty() && !dialogs.confirm(dialog.getTitle(),
                    Messages.tr("ladder.step.discardQuestion"), Messages.tr("ladder.step.discard"))) {
                e.consume();
            }
        });
    }

    private void tryRecord() {
        commitDate(date);
        model.record(detail -> {
            recorded = detail;
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    /** Shows the dialog and waits; the document as it stands after the step, or null when nothing was recorded. */
    public RecommendationDetail showAndWait() {
        dialog.showAndWait();
        return recorded;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node buildForm() {
        FormGrid f = new FormGrid(model.errors(), model::touch);
        date = f.field("date", "ladder.step.date." + model.kind().name(), true, datePicker());
        date.valueProperty().bindBidirectional(model.dateProperty());
        for (String field : model.fields()) {
            boolean required = model.required(field);
            switch (field) {
                case "approverKind" -> {
                    ComboBox<ApproverKind> c = f.field(field, "ladder.step.field.approverKind", required,
                            choice(ApproverKind.values()));
                    c.setConverter(Labels.keyed(ApproverKind::messageKey, ""));
                    c.valueProperty().bindBidirectional(model.approverKindProperty());
                }
                case "person" -> {
                    TextField t = f.field(field, "ladder.step.field.person", required, new TextField());
                    t.textProperty().bindBidirectional(model.personProperty());
                }
                case "serviceMethod" -> {
                    ComboBox<ServiceMethod> c = f.field(field, "ladder.step.field.serviceMethod", required,
                            choice(ServiceMethod.values()));
                    c.setConverter(Labels.keyed(ServiceMethod::messageKey, ""));
                    c.valueProperty().bindBidirectional(model.serviceMethodProperty());
                }
                case "replyOutcome" -> {
                    ComboBox<ReplyOutcome> c = f.field(field, "ladder.field.replyOutcome", required,
                            choice(ReplyOutcome.values()));
                    c.setConverter(Labels.keyed(ReplyOutcome::messageKey, ""));
                    c.valueProperty().bindBidirectional(model.replyOutcomeProperty());
                }
                case "reviewResult" -> {
                    ComboBox<ReviewResult> c = f.field(field, "ladder.step.field.reviewResult", required,
                            choice(ReviewResult.values()));
                    c.setConverter(Labels.keyed(ReviewResult::messageKey, ""));
                    c.valueProperty().bindBidirectional(model.reviewResultProperty());
                }
                case "visitMethod" -> {
                    ComboBox<String> c = f.field(field, "ladder.step.field.visitMethod", required, new ComboBox<>(
                            FXCollections.observableArrayList(Messages.tr("ladder.step.visitMethods").split("\\|"))));
                    c.setEditable(true);
                    c.getEditor().textProperty().bindBidirectional(model.visitMethodProperty());
                    c.valueProperty().addListener((obs, was, now) -> {
                        if (now != null) {
                            model.visitMethodProperty().set(now);
                        }
                    });
                }
                case "rectification" -> {
                    ComboBox<Rectification> c = f.field(field, "ladder.field.rectification", required,
                            choice(Rectification.values()));
                    c.setConverter(Labels.keyed(Rectification::messageKey, ""));
                    c.valueProperty().bindBidirectional(model.rectificationProperty());
                }
                case "sectorWide" -> f.field(field, "ladder.step.field.sectorWide", false,
                        new CheckBox(Messages.tr("ladder.step.box.sectorWide")))
                        .selectedProperty().bindBidirectional(model.sectorWideProperty());
                case "longTermMechanism" -> f.field(field, "ladder.step.field.longTermMechanism", false,
                        new CheckBox(Messages.tr("ladder.step.box.longTermMechanism")))
                        .selectedProperty().bindBidirectional(model.longTermMechanismProperty());
                case "causeAboveRecipient" -> f.field(field, "ladder.step.field.causeAboveRecipient", false,
                        new CheckBox(Messages.tr("ladder.escalationReason.CAUSE_ABOVE_RECIPIENT")))
                        .selectedProperty().bindBidirectional(model.causeAboveRecipientProperty());
                case "text" -> {
                    TextArea t = f.field(field, model.textLabelKey(), required, new TextArea());
                    t.setWrapText(true);
                    t.setPrefRowCount(4);
                    t.textProperty().bindBidirectional(model.textProperty());
                }
                default -> throw new IllegalStateException("no control for " + field);
            }
        }
        return f;
    }

    @SafeVarargs
    private static <T> ComboBox<T> choice(T... values) {
        return new ComboBox<>(FXCollections.observableList(Arrays.asList(values)));
    }

    private DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2024-10-12");
        picker.setEditable(true);
        picker.getEditor().textProperty().addListener((obs, was, text) -> model.setDateUnreadable(
                text != null && !text.isBlank() && Labels.dateConverter().fromString(text) == null));
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitDate(picker);
            }
        });
        return picker;
    }

    /** Text typed into the date field counts once it reads as a date (or is emptied). */
    private static void commitDate(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate parsed = Labels.dateConverter().fromString(text);
        if (parsed != null || text == null || text.isBlank()) {
            picker.setValue(parsed);
        }
    }

    private static void showWhenNotEmpty(Label label) {
        var some = Bindings.isNotEmpty(label.textProperty());
        label.visibleProperty().bind(some);
        label.managedProperty().bind(some);
    }
}
