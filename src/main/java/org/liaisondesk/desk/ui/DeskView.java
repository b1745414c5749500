package org.liaisondesk.desk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisondesk.common.ui.ViewLoader;

/**
 * The desk (工作台): what needs attention today, one section per kind with its count in the heading, the most
 * urgent rows first and late ones in red. A click on a row, or Enter on it, opens its record; the arrow keys move
 * between rows; F5 or 刷新 reloads. The key figures are placed at the top by {@link #setKeyFigures}, the
 * escalation suggestions below the sections by {@link #setSuggestions}.
 */
public final class DeskView {
    private static final String STYLESHEET = DeskView.class.getResource("desk.css").toExternalForm();

    private final DeskViewModel model;
    private final Parent root;
    private final List<HBox> rowNodes = new ArrayList<>();
    private final VBox keyFiguresSlot = new VBox();

    @FXML private Label dateLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button refreshButton;
    @FXML private ScrollPane scroller;
    @FXML private VBox suggestionsSlot;
    @FXML private VBox sectionsBox;

    public DeskView(DeskViewModel model) {
        this.model = model;
        this.root = ViewLoader.load(this, "/org/liaisondesk/desk/ui/Desk.fxml");
        root.getStylesheets().add(STYLESHEET);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                model.refresh();
            }
        });
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        dateLabel.textProperty().bind(model.dateTextProperty());
        summaryLabel.textProperty().bind(model.summaryTextProperty());
        busyIndicator.visibleProperty().bind(model.loadingProperty());
        var hasSuggestions = Bindings.isNotEmpty(suggestionsSlot.getChildren());
        suggestionsSlot.visibleProperty().bind(hasSuggestions);
        suggestionsSlot.managedProperty().bind(hasSuggestions);
        var hasKeyFigures = Bindings.isNotEmpty(keyFiguresSlot.getChildren());
        keyFiguresSlot.visibleProperty().bind(hasKeyFigures);
        keyFiguresSlot.managedProperty().bind(hasKeyFigures);
        ((VBox) sectionsBox.getParent()).getChildren().add(0, keyFiguresSlot);
        model.blocks().addListener((ListChangeListener<DeskBlock>) change -> rebuild());
        rebuild();
    }

    /** Puts the escalation suggestions panel below what is due today (null takes it away). */
    public void setSuggestions(Node panel) {
        if (panel == null) {
            suggestionsSlot.getChildren().clear();
        } else {
            suggestionsSlot.getChildren().setAll(panel);
        }
    }

    /** Puts the key figures (the statistics' cards) at the top of the desk (null takes them away). */
    public void setKeyFigures(Node cards) {
        if (cards == null) {
            keyFiguresSlot.getChildren().clear();
        } else {
            keyFiguresSlot.getChildren().setAll(cards);
        }
    }

    /** Reloads the desk; called when the section is shown. */
    public void show() {
        model.refresh();
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }

    private void rebuild() {
        rowNodes.clear();
        List<Node> blocks = new ArrayList<>();
        for (DeskBlock block : model.blocks()) {
            blocks.add(block(block));
        }
        sectionsBox.getChildren().setAll(blocks);
    }

    private VBox block(DeskBlock block) {
        VBox box = new VBox();
        box.getStyleClass().add("desk-block");
        box.setId("desk-" + block.section().name());
        if (block.late()) {
            box.getStyleClass().add("desk-late");
        }
        Label name = label(block.name(), "desk-heading");
        Label count = label(Long.toString(block.total()), "desk-count");
        HBox heading = new HBox(name, count);
        heading.getStyleClass().add("desk-heading-row");
        heading.setAccessibleText(block.heading());
        box.getChildren().add(heading);
        if (block.rows().isEmpty()) {
            Label empty = new Label(block.emptyText());
            empty.getStyleClass().add("desk-empty");
            box.getChildren().add(empty);
        }
        for (DeskRow row : block.rows()) {
            box.getChildren().add(row(row));
        }
        if (!block.moreText().isEmpty()) {
            Label more = new Label(block.moreText());
            more.getStyleClass().add("desk-more");
            box.getChildren().add(more);
        }
        return box;
    }

    private HBox row(DeskRow row) {
        Label date = label(row.date(), "desk-date");
        Label timing = label(row.timing(), "desk-timing");
        switch (row.urgency()) {
            case OVERDUE -> timing.getStyleClass().add("deadline-overdue");
            case SOON -> timing.getStyleClass().add("deadline-soon");
            case CALM -> { }
        }
        Label deadline = label(row.deadline(), "desk-deadline");
        Label title = label(row.title(), "desk-title");
        Label detail = label(row.detail(), "desk-detail");
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMaxWidth(Double.MAX_VALUE);
        HBox node = new HBox(date, timing, deadline, title, detail);
        node.getStyleClass().add("desk-row");
        if (row.urgency() == DeskRow.Urgency.OVERDUE) {
            node.getStyleClass().add("desk-row-overdue");
        }
        node.setFocusTraversable(true);
        node.setAccessibleText(row.timing() + " " + row.deadline() + " " + row.title());
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                node.requestFocus();
                model.open(root.getScene().getWindow(), row);
            }
        });
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                model.open(root.getScene().getWindow(), row);
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                e.consume();
                moveFocus(node, e.getCode() == KeyCode.DOWN ? 1 : -1);
            }
        });
        rowNodes.add(node);
        return node;
    }

    private void moveFocus(HBox from, int step) {
        int next = rowNodes.indexOf(from) + step;
        if (next >= 0 && next < rowNodes.size()) {
            HBox target = rowNodes.get(next);
            target.requestFocus();
            scrollTo(target);
        }
    }

    /** Scrolls so that the row is visible. */
    private void scrollTo(Node node) {
        double contentHeight = scroller.getContent().getBoundsInLocal().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = scroller.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        scroller.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }
}
