package org.liaisondesk.ladder.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.ladder.model.ChainLink;
import org.liaisondesk.ladder.model.Tier;

/**
 * The ladder as a picture: one box per document, in a column per tier (个案 → 类案 → 专项报告, left to right),
 * an arrow from each document to the one that escalates it, labelled with the reason. Each box shows tier,
 * number (or 草稿), a short title and the status, coloured by {@link ChainViewPalette}; the current document has a
 * heavier border, the others open their own page when clicked.
 */
public final class ChainView {
    /** Titles are cut to this many characters in a box, on two lines. */
    static final int SHORT_TITLE = 24;
    static final int LINE = SHORT_TITLE / 2;

    /** One document of the picture and the tone it is drawn in. */
    public record ChainMember(ChainLink link, ChainViewPalette tone) {
    }

    /** An arrow from the earlier document to the later one that escalates it. */
    record Edge(long earlierId, long laterId, String reason) {
    }

    private final VBox root = new VBox(8);

    public ChainView(List<ChainMember> members, long currentId, Consumer<Long> onOpen) {
        root.getStyleClass().add("ladder-chain");
        GridPane grid = new GridPane();
        grid.setStyle("-fx-hgap: 9em; -fx-vgap: 0.8em;");
        Map<Long, Button> boxes = new LinkedHashMap<>();
        int column = 0;
        for (Tier tier : Tier.values()) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(cc);
            Label heading = new Label(Messages.tr(tier.messageKey()));
            heading.getStyleClass().add("hint");
            grid.add(heading, column, 0);
            int row = 1;
            for (ChainMember m : inColumn(members, tier)) {
                Button box = box(m, m.link().id() == currentId, onOpen);
                boxes.put(m.link().id(), box);
                grid.add(box, column, row++);
            }
            column++;
        }
        Drawing drawing = new Drawing(grid, boxes, edges(members));
        root.getChildren().addAll(drawing, legend());
    }

    public Node root() {
        return root;
    }

    /** The documents of one tier, nearest the current one first. */
    static List<ChainMember> inColumn(List<ChainMember> members, Tier tier) {
        return members.stream().filter(m -> m.link().tier() == tier)
                .sorted(Comparator.comparingInt((ChainMember m) -> Math.abs(m.link().step()))
                        .thenComparingLong(m -> m.link().id()))
                .toList();
    }

    /** The escalation arrows: a link found going down points to the document it came from, and the reverse. */
    static List<Edge> edges(List<ChainMember> members) {
        List<Edge> edges = new ArrayList<>();
        for (ChainMember m : members) {
            ChainLink l = m.link();
            if (l.fromId() == null || l.reason() == null) {
                continue;
            }
            String reason = Messages.tr(l.reason().messageKey());
            edges.add(l.step() < 0 ? new Edge(l.id(), l.fromId(), reason) : new Edge(l.fromId(), l.id(), reason));
        }
        return edges;
    }

    /** "崇检公建〔2026〕1号", or 草稿 before issue. */
    static String numberText(ChainLink l) {
        return l.number() == null || l.number().isEmpty() ? Messages.tr("ladder.page.unnumbered") : l.number();
    }

    /**
     * The title on at most two lines of {@link #LINE} characters, cut with "…" beyond. Broken by hand: a wrapping
     * label inside a button makes the button as tall as the text would be at its narrowest.
     */
    static String shortTitle(String title) {
        if (title == null) {
            return "";
        }
        int[] cps = title.codePoints().toArray();
        boolean cut = cps.length > SHORT_TITLE;
        int shown = Math.min(cps.length, cut ? SHORT_TITLE - 1 : SHORT_TITLE);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i == LINE) {
                b.append('\n');
            }
            b.appendCodePoint(cps[i]);
        }
        return cut ? b.append('…').toString() : b.toString();
    }

    private static Button box(ChainMember m, boolean current, Consumer<Long> onOpen) {
        ChainLink l = m.link();
        Label tier = new Label(Messages.tr(l.tier().messageKey()));
        tier.setStyle("-fx-font-size: 0.85em;");
        Label number = new Label(numberText(l));
        number.setStyle("-fx-font-weight: bold;");
        Label title = new Label(shortTitle(l.title()));
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label(Messages.tr(l.status().messageKey()));
        status.setStyle("-fx-text-fill: " + m.tone().border() + "; -fx-font-weight: bold;");
        VBox content = new VBox(2, tier, number, title, status);
        content.setAlignment(Pos.TOP_LEFT);
        if (current) {
            Label self = new Label(Messages.tr("ladder.chain.current"));
            self.setStyle("-fx-font-size: 0.85em; -fx-font-weight: bold;");
            content.getChildren().add(0, self);
        }
        Button box = new Button();
        box.setId("chain-" + l.id());
        box.setGraphic(content);
        box.setAlignment(Pos.TOP_LEFT);
        box.setStyle(m.tone().boxStyle(current) + " -fx-min-width: 14em; -fx-pref-width: 14em; -fx-max-width: 14em;");
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(box, javafx.geometry.VPos.TOP);
        box.setTooltip(new Tooltip(l.title()));
        box.setAccessibleText(Messages.tr(l.tier().messageKey()) + " " + numberText(l) + " " + l.title());
        if (current) {
            box.setFocusTraversable(false);
        } else {
            box.setCursor(Cursor.HAND);
            box.setOnAction(e -> onOpen.accept(l.id()));
        }
        return box;
    }

    private static Node legend() {
        FlowPane legend = new FlowPane(12, 4);
        for (ChainViewPalette tone : ChainViewPalette.values()) {
            Region swatch = new Region();
            swatch.setStyle(tone.swatchStyle());
            Label name = new Label(Messages.tr(tone.messageKey()));
            name.getStyleClass().add("hint");
            HBox item = new HBox(4, swatch, name);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        return legend;
    }

    /** The grid of boxes with the arrows drawn over it once the boxes have their places. */
    private static final class Drawing extends Pane {
        private final GridPane grid;
        private final List<Drawn> drawn = new ArrayList<>();

        private record Drawn(Button from, Button to, Line line, Polygon head, Label label) {
        }

        Drawing(GridPane grid, Map<Long, Button> boxes, List<Edge> edges) {
            this.grid = grid;
            getChildren().add(grid);
            for (Edge e : edges) {
                Button from = boxes.get(e.earlierId());
                Button to = boxes.get(e.laterId());
                if (from == null || to == null) {
                    continue;
                }
                Line line = new Line();
                line.setStyle("-fx-stroke: #444; -fx-stroke-width: 1.5;");
                Polygon head = new Polygon();
                head.setStyle("-fx-fill: #444;");
                Label label = new Label(e.reason());
                label.setWrapText(true);
                label.setStyle("-fx-font-size: 0.85em; -fx-pref-width: 8em; -fx-background-color: white;"
                        + " -fx-padding: 0 0.2em;");
                label.getStyleClass().add("chain-reason");
                for (Node n : List.of(line, head, label)) {
                    n.setManaged(false);
                    n.setMouseTransparent(true);
                }
                getChildren().addAll(line, head, label);
                drawn.add(new Drawn(from, to, line, head, label));
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            return grid.prefWidth(-1);
        }

        @Override
        protected double computePrefHeight(double width) {
            return grid.prefHeight(-1);
        }

        @Override
        protected void layoutChildren() {
            grid.resizeRelocate(0, 0, grid.prefWidth(-1), grid.prefHeight(-1));
            grid.layout();
            for (Drawn d : drawn) {
                Bounds a = d.from().getBoundsInParent();
                Bounds b = d.to().getBoundsInParent();
                double x1 = a.getMaxX();
                double y1 = a.getMinY() + a.getHeight() / 2;
                double x2 = b.getMinX();
                double y2 = b.getMinY() + b.getHeight() / 2;
                d.line().setStartX(x1);
                d.line().setStartY(y1);
                d.line().setEndX(x2);
                d.line().setEndY(y2);
                double angle = Math.atan2(y2 - y1, x2 - x1);
                double size = 8;
                d.head().getPoints().setAll(x2, y2,
                        x2 - size * Math.cos(angle - Math.PI / 7), y2 - size * Math.sin(angle - Math.PI / 7),
                        x2 - size * Math.cos(angle + Math.PI / 7), y2 - size * Math.sin(angle + Math.PI / 7));
                d.label().autosize();
                // The label sits in the gap right of the earlier box, where no other box can be.
                double labelX = x1 + (Math.min(x2, x1 + grid.getHgap()) - x1 - d.label().getWidth()) / 2;
                double labelY = y1 + (y2 - y1) * ((labelX + d.label().getWidth() / 2 - x1) / Math.max(1, x2 - x1))
                        - d.label().getHeight() / 2;
                d.label().relocate(labelX, labelY);
            }
        }
    }
}
