package org.liaisondesk.ladder.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Theme;

/**
 * The printed issue register: pages of the printable size, each with the register's title, the column headings,
 * as many rows as fit (a cell wraps to two lines, then is cut) and "第 1 页 共 3 页". Made for A4 landscape, where
 * nothing but long titles wraps; a portrait page wraps more. Built on the JavaFX thread, laid out in a scene of
 * their own (never shown), ready for {@code PrinterJob.printPage}. Sizes in points.
 */
final class NumberRegisterPrint {
    static final double TITLE_HEIGHT = 34;
    static final double HEADER_HEIGHT = 20;
    static final double ROW_HEIGHT = 26;
    static final double FOOTER_HEIGHT = 18;
    private static final double FONT_SIZE = 9;
    private static final double[] COLUMN_PERCENTS = {14, 9, 10, 17, 26, 12, 12};

    private NumberRegisterPrint() {
    }

    /** How many rows fit on a page of the given printable height (at least one). */
    static int rowsPerPage(double height) {
        return Math.max(1, (int) Math.floor((height - TITLE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT) / ROW_HEIGHT));
    }

    /**
     * The pages for {@code items}: one page (headings only) when there is nothing to print. {@code footerNote}
     * is printed at the bottom left of every page (the print date).
     */
    static List<VBox> pages(String title, String footerNote, List<NumberRegisterItem> items, double width,
                            double height) {
        int perPage = rowsPerPage(height);
        int count = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<VBox> pages = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<NumberRegisterItem> slice = items.subList(Math.min(items.size(), p * perPage),
                    Math.min(items.size(), (p + 1) * perPage));
            pages.add(page(title, footerNote, slice, p + 1, count, width, height));
        }
        return pages;
    }

    private static VBox page(String title, String footerNote, List<NumberRegisterItem> rows, int number, int count,
                             double width, double height) {
        Label heading = label(title, FontWeight.BOLD, 14);
        heading.setAlignment(Pos.CENTER);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setMinHeight(TITLE_HEIGHT);
        heading.setPrefHeight(TITLE_HEIGHT);

        GridPane grid = new GridPane();
        for (double percent : COLUMN_PERCENTS) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(percent);
            c.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(c);
        }
        String[] headings = {Messages.tr("ladder.field.number"), Messages.tr("ladder.field.issuedOn"),
            Messages.tr("ladder.field.tier"), Messages.tr("ladder.field.type"), Messages.tr("ladder.field.title"),
            Messages.tr("ladder.field.recipientId"), Messages.tr("ladder.field.status")};
        for (int col = 0; col < headings.length; col++) {
            grid.add(cell(headings[col], FontWeight.BOLD, HEADER_HEIGHT, true), col, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            NumberRegisterItem item = rows.get(r);
            String[] values = {item.number(), item.issuedOn(), item.tier(), item.type(), item.title(),
                item.recipient(), item.status()};
            for (int col = 0; col < values.length; col++) {
                grid.add(cell(values[col], FontWeight.NORMAL, ROW_HEIGHT, false), col, r + 1);
            }
        }

        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label note = label(footerNote, FontWeight.NORMAL, FONT_SIZE);
        Region middle = new Region();
        HBox.setHgrow(middle, Priority.ALWAYS);
        Label pageNumber = label(Messages.tr("ladder.numbers.printPage", number, count), FontWeight.NORMAL, FONT_SIZE);
        HBox footer = new HBox(note, middle, pageNumber);
        footer.setMinHeight(FOOTER_HEIGHT);
        footer.setAlignment(Pos.BOTTOM_LEFT);

        VBox page = new VBox(heading, grid, gap, footer);
        page.setMinSize(width, height);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        page.setStyle("-fx-background-color: white;");
        new Scene(new Group(page), width, height);
        page.applyCss();
        page.resize(width, height);
        page.layout();
        return page;
    }

    private static Label cell(String text, FontWeight weight, double rowHeight, boolean header) {
        Label l = label(text, weight, FONT_SIZE);
        l.setWrapText(!header);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setMinHeight(rowHeight);
        l.setPrefHeight(rowHeight);
        l.setMaxHeight(rowHeight);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setPadding(new Insets(1, 3, 1, 3));
        l.setStyle("-fx-border-color: transparent transparent #999999 transparent;"
                + (header ? "-fx-background-color: #eeeeee;" : ""));
        return l;
    }

    private static Label label(String text, FontWeight weight, double size) {
        Label l = new Label(text);
        String family = Theme.cjkFamily();
        l.setFont(family == null ? Font.font(null, weight, size) : Font.font(family, weight, size));
        l.setTextFill(Color.BLACK);
        return l;
    }
}
