package org.liaisondesk.workload.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.liaisondesk.common.i18n.Messages;

/**
 * The desk's row of key figures (本月接待来访 59人次 · 环比 +12%, …), each card a way into the statistics: a click,
 * Enter or Space on it opens the section. The figures' definitions and denominators are in the tooltips.
 */
public final class KeyFiguresView {
    private static final String STYLESHEET = KeyFiguresView.class.getResource("statistics.css").toExternalForm();

    private final KeyFiguresViewModel model;
    private final FlowPane cards = new FlowPane();
    private final Label problem = new Label();
    private final VBox root = new VBox(4, cards, problem);

    public KeyFiguresView(KeyFiguresViewModel model) {
        this.model = model;
        root.getStylesheets().add(STYLESHEET);
        root.setId("keyFigures");
        cards.getStyleClass().add("key-figures");
        problem.getStyleClass().add("hint");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        model.cards().addListener((ListChangeListener<KeyFigureCard>) c -> rebuild());
        rebuild();
    }

    public Node root() {
        return root;
    }

    /** Reads the figures again; called when the desk is shown. */
    public void show() {
        model.refresh();
    }

    private void rebuild() {
        cards.getChildren().setAll(model.cards().stream().map(this::card).toList());
    }

    private Node card(KeyFigureCard card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("key-card-title");
        Label value = new Label(card.value());
        value.getStyleClass().add("key-card-value");
        Label detail = new Label(card.detail());
        detail.getStyleClass().add("key-card-detail");
        detail.setWrapText(true);
        VBox box = new VBox(title, value, detail);
        box.getStyleClass().add("key-card");
        box.setId("card-" + card.id());
        box.setFocusTraversable(true);
        box.setAccessibleText(card.title() + " " + card.value() + " " + card.detail());
        Tooltip.install(box, StatisticsView.wrapping(card.tooltip() + "\n" + Messages.tr("workload.cards.openHint")));
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open();
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                model.open();
            }
        });
        return box;
    }
}
