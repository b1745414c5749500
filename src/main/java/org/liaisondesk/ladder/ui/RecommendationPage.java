package org.liaisondesk.ladder.ui;

import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.common.ui.NoticeBar;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.service.RecommendationService;

/**
 * A recommendation's page, in a window of its own: the header, the key dates with what is overdue, the content,
 * the linked cases and leads, the ladder picture, the timeline of steps, and a button for each step. A step that
 * makes no sense now says why instead of opening its dialog. Clicking another document of the ladder opens its
 * page the same way.
 */
public final class RecommendationPage {
    private final RecommendationService ladder;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<Window, Long> editContent;
    private final BiConsumer<Window, Long> writeDocument;

    /**
     * @param editContent   opens the content editor for a document over the given window; the page reads the
     *                      document again when it returns and again when the page gets the focus back
     * @param writeDocument writes the document as a Word file (the documents feature's dialog)
     */
    public RecommendationPage(RecommendationService ladder, BackgroundExecutor executor, DialogService dialogs,
                              BiConsumer<Window, Long> editContent, BiConsumer<Window, Long> writeDocument) {
        this.ladder = ladder;
        this.executor = executor;
        this.dialogs = dialogs;
        this.editContent = editContent;
        this.writeDocument = writeDocument;
    }

    /** Opens the page of document {@code id} over {@code owner}; {@code onChanged} runs after every change made there. */
    public void open(Window owner, long id, Runnable onChanged) {
        RecommendationPageViewModel model = new RecommendationPageViewModel(ladder, executor, dialogs, id);
        new PageWindow(owner, model, onChanged).show();
    }

    /** One open page. */
    private final class PageWindow {
        private final Stage stage = new Stage();
        private final RecommendationPageViewModel model;
        private final Runnable onChanged;
        private final NoticeBar notice = new NoticeBar();
        private final VBox header = new VBox(4);
        private final FlowPane stepButtons = new FlowPane(6, 6);
        private final Label reason = new Label();
        private final VBox body = new VBox(10);
        private final Button editButton = new Button(Messages.tr("ladder.page.editContent"));
        private boolean editing;

        PageWindow(Window owner, RecommendationPageViewModel model, Runnable onChanged) {
            this.model = model;
            this.onChanged = onChanged;
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.tr("ladder.page.titleUnknown"));

            reason.setId("stepReason");
            reason.getStyleClass().add("field-error");
            reason.setWrapText(true);
            reason.textProperty().bind(model.reasonProperty());
            reason.visibleProperty().bind(reason.textProperty().isNotEmpty());
            reason.managedProperty().bind(reason.visibleProperty());
            stepButtons.setId("stepButtons");
            stepButtons.disableProperty().bind(model.busyProperty());
            header.setStyle("-fx-padding: 0.6em 0.8em;");
            body.setStyle("-fx-padding: 0.6em 0.8em;");

            editButton.setId("editContentButton");
            editButton.setOnAction(e -> editContent());
            Button history = new Button(Messages.tr("history.show"));
            history.setId("historyButton");
            history.setOnAction(e -> model.loadHistory(entries -> HistoryDialog.show(stage, stage.getTitle(),
                    HistoryLines.of(entries, "ladder.field.", "field."))));
            Button close = new Button(Messages.tr("common.close"));
            close.setId("closeButton");
            close.setCancelButton(true);
            close.setOnAction(e -> stage.close());
            Button word = new Button(Messages.tr("ladder.page.writeDocument"));
            word.setId("writeDocumentButton");
            word.setTooltip(new Tooltip(Messages.tr("ladder.page.writeDocumentHint")));
            word.setOnAction(e -> writeDocument.accept(stage, model.id()));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox bottom = new HBox(8, editButton, word, history, grow, close);
            bottom.getStyleClass().add("toolbar-row");
            bottom.setStyle("-fx-padding: 0.5em 0.8em;");

            VBox steps = new VBox(6, sectionTitle("ladder.page.section.steps"), stepButtons, reason);
            steps.setStyle("-fx-padding: 0 0.8em 0.4em 0.8em;");
            ScrollPane scroll = new ScrollPane(body);
            scroll.setFitToWidth(true);
            BorderPane root = new BorderPane(scroll, new VBox(notice, header, steps), null, bottom, null);
            root.setStyle("-fx-pref-width: 66em; -fx-pref-height: 46em;");
            Scene scene = new Scene(root);
            Theme.apply(scene);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    stage.close();
                }
            });
            stage.setScene(scene);

            model.contentProperty().addListener((obs, was, now) -> render(now));
            model.noticeProperty().addListener((obs, was, now) -> {
                if (!now.isEmpty()) {
                    notice.show(now, null, null);
                }
            });
            model.goneProperty().addListener((obs, was, now) -> {
                if (now) {
                    stage.close();
                }
            });
            // The content editor may return before its dialog closes; read again when the page is back in front.
            stage.focusedProperty().addListener((obs, was, focused) -> {
                if (focused && editing) {
                    editing = false;
                    model.load();
                }
            });
        }

        void show() {
            stage.show();
            model.load();
        }

        private void editContent() {
            editing = true;
            editContent.accept(stage, model.id());
            model.load();
            onChanged.run();
        }

        private void step(EventKind kind) {
            if (!model.startStep(kind)) {
                return;
            }
            RecommendationPageContent c = model.content();
            StepDialog dialog = new StepDialog(stage, model.stepModel(kind), dialogs, c.numberText() + " " + c.title());
            RecommendationDetail after = dialog.showAndWait();
            if (after != null) {
                model.stepRecorded(kind, after);
                onChanged.run();
            }
        }

        private void render(RecommendationPageContent c) {
            stage.setTitle(Messages.tr("ladder.page.title", c.numberText(), c.title()));
            renderHeader(c);
            renderSteps(c);
            editButton.setDisable(!c.contentEditable());
            editButton.setTooltip(c.contentEditable() ? null : new Tooltip(Messages.tr("ladder.save.locked")));
            body.getChildren().setAll(
                    sectionTitle("ladder.page.section.chain"), chain(c),
                    sectionTitle("ladder.page.section.dates"), dates(c),
                    sectionTitle("ladder.page.section.content"), content(c),
                    sectionTitle("ladder.page.section.links"), links(c),
                    sectionTitle("ladder.page.section.timeline"), timeline(c));
        }

        private void renderHeader(RecommendationPageContent c) {
            Label number = new Label(c.numberText());
            number.setId("numberLabel");
            number.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
            Label tier = new Label(c.tierText());
            Label type = new Label(c.typeText());
            Label status = new Label(c.statusText());
            status.setId("statusLabel");
            status.setStyle(c.tone().textStyle() + " -fx-border-color: " + c.tone().border()
                    + "; -fx-border-radius: 0.3em; -fx-padding: 0.1em 0.5em;");
            HBox first = new HBox(12, number, tier, type, status);
            first.setAlignment(Pos.BASELINE_LEFT);
            if (c.urgent()) {
                Label urgent = new Label(Messages.tr("ladder.page.urgent"));
                urgent.getStyleClass().add("deadline-overdue");
                first.getChildren().add(urgent);
            }
            Label title = new Label(c.title());
            title.setId("titleLabel");
            title.setWrapText(true);
            title.getStyleClass().add("section-title");
            Label recipient = new Label(Messages.tr("ladder.page.recipient", c.recipient())
                    + (c.superior().isEmpty() ? "" : "　" + Messages.tr("ladder.page.superior", c.superior())));
            recipient.setWrapText(true);
            header.getChildren().setAll(first, title, recipient);
            if (!c.copyTo().isEmpty()) {
                Label copies = new Label(Messages.tr("ladder.page.copyTo", c.copyTo()));
                copies.setWrapText(true);
                header.getChildren().add(copies);
            }
        }

        private void renderSteps(RecommendationPageContent c) {
            stepButtons.getChildren().clear();
            for (EventKind kind : c.steps()) {
                Button b = new Button(RecommendationPageContent.stepName(kind));
                b.setId("step-" + kind.name());
                String refusal = c.refusals().get(kind);
                if (refusal != null) {
                    // Left clickable so that a click (and the tooltip) can say why; it opens nothing.
                    b.setStyle("-fx-opacity: 0.55;");
                    b.setTooltip(new Tooltip(refusal));
                    b.setAccessibleHelp(refusal);
                }
                b.setOnAction(e -> step(kind));
                stepButtons.getChildren().add(b);
            }
            Button undo = new Button(Messages.tr("ladder.page.undo"));
            undo.setId("undoButton");
            undo.setDisable(c.lastStep().isEmpty());
            if (!c.lastStep().isEmpty()) {
                undo.setTooltip(new Tooltip(Messages.tr("ladder.page.undoWhat", c.lastStep())));
            }
            undo.setOnAction(e -> model.undoLast(onChanged));
            stepButtons.getChildren().add(undo);
        }

        private Node chain(RecommendationPageContent c) {
            ChainView view = new ChainView(c.chain(), c.id(), other -> open(stage, other, onChanged));
            ScrollPane scroll = new ScrollPane(view.root());
            scroll.setStyle("-fx-background-color: transparent;");
            return scroll;
        }

        private Node dates(RecommendationPageContent c) {
            GridPane grid = grid(3);
            grid.setId("dates");
            int row = 0;
            for (RecommendationPageContent.DateLine line : c.dates()) {
                Label value = new Label(line.value());
                Label note = new Label(line.note());
                switch (line.emphasis()) {
                    case OVERDUE -> note.getStyleClass().add("deadline-overdue");
                    case SOON -> note.getStyleClass().add("deadline-soon");
                    case NONE -> note.getStyleClass().add("hint");
                }
                grid.addRow(row++, label(line.label()), value, note);
            }
            return grid;
        }

        private Node content(RecommendationPageContent c) {
            GridPane grid = grid(2);
            grid.setId("contentText");
            int row = 0;
            row = paragraph(grid, row, "ladder.field.problemSource", c.problemSource());
            row = paragraph(grid, row, "ladder.field.facts", c.facts());
            row = paragraph(grid, row, "ladder.field.violation", c.violation());
            row = paragraph(grid, row, "ladder.field.items", String.join("\n", c.items()));
            paragraph(grid, row, "ladder.field.legalBasis", c.legalBasis());
            return grid;
        }

        private int paragraph(GridPane grid, int row, String labelKey, String text) {
            Label value = new Label(text.isEmpty() ? Messages.tr("ladder.page.none") : text);
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row, label(Messages.tr(labelKey)), value);
            return row + 1;
        }

        private Node links(RecommendationPageContent c) {
            VBox box = new VBox(3);
            box.setId("links");
            if (c.links().isEmpty()) {
                Label none = new Label(Messages.tr("ladder.page.noLinks"));
                none.getStyleClass().add("hint");
                box.getChildren().add(none);
            }
            for (String line : c.links()) {
                Label l = new Label(line);
                l.setWrapText(true);
                box.getChildren().add(l);
            }
            return box;
        }

        private Node timeline(RecommendationPageContent c) {
            GridPane grid = grid(3);
            grid.setId("timeline");
            if (c.timeline().isEmpty()) {
                Label none = new Label(Messages.tr("ladder.page.noSteps"));
                none.getStyleClass().add("hint");
                grid.add(none, 0, 0, 3, 1);
            }
            int row = 0;
            for (RecommendationPageContent.TimelineLine line : c.timeline()) {
                Label what = new Label(line.what());
                what.setStyle("-fx-font-weight: bold;");
                Label details = new Label(line.details());
                details.setWrapText(true);
                details.setMinHeight(Region.USE_PREF_SIZE);
                grid.addRow(row++, new Label(line.date()), what, details);
            }
            return grid;
        }

        /** A grid whose last column takes the rest of the width (and wraps its text). */
        private GridPane grid(int columns) {
            GridPane grid = new GridPane();
            grid.setStyle("-fx-hgap: 1em; -fx-vgap: 0.35em;");
            for (int i = 0; i < columns; i++) {
                ColumnConstraints cc = new ColumnConstraints();
                if (i < columns - 1) {
                    cc.setMinWidth(Region.USE_PREF_SIZE);
                } else {
                    cc.setHgrow(Priority.ALWAYS);
                }
                grid.getColumnConstraints().add(cc);
            }
            return grid;
        }

        private Label label(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("hint");
            l.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            return l;
        }

        private Label sectionTitle(String key) {
            Label l = new Label(Messages.tr(key));
            l.getStyleClass().add("form-section-title");
            return l;
        }
    }
}
