package org.liaisondesk.workload.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Rate;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.Statistics;
import org.liaisondesk.workload.service.ChartRenderer;

/**
 * The printed statistics, as nodes the size of a page's printable area (in points): page 1 has the title, the
 * period and statistics date, the paragraph, the figures and the rates with their denominators; then two charts a
 * page, each drawn at print resolution and followed by its title and caption. Everything is laid out here with
 * explicit fonts, so the pages need no scene or stylesheet and can be built on a worker thread. A page whose
 * content would run over (a very long paragraph) is scaled down to fit rather than cut off.
 */
public final class StatisticsPrintout {
    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final double GAP = 8;
    private static final Color GREY = Color.rgb(85, 85, 85);

    private StatisticsPrintout() {
    }

    /** Every page: the figures, then the charts two by two. */
    public static List<Node> pages(Statistics stats, ChartRenderer renderer, double pageWidth, double pageHeight) {
        List<ChartData> charts = stats.charts();
        int chartPages = (charts.size() + 1) / 2;
        int total = 1 + chartPages;
        List<Node> pages = new ArrayList<>();
        pages.add(page(figuresPage(stats, pageWidth), footer(1, total, pageWidth), pageWidth, pageHeight));
        double blockHeight = (pageHeight - lineHeight(9) - lineHeight(8) - 6 * GAP) / 2;
        for (int p = 0; p < chartPages; p++) {
            VBox content = new VBox(2 * GAP, runningHeader(stats, pageWidth));
            for (int i = 2 * p; i < Math.min(charts.size(), 2 * p + 2); i++) {
                content.getChildren().add(chartBlock(charts.get(i), i + 1, renderer, pageWidth, blockHeight));
            }
            pages.add(page(content, footer(p + 2, total, pageWidth), pageWidth, pageHeight));
        }
        return pages;
    }

    /** One chart on one page (打印此图), larger, with the period above it. */
    public static Node chartPage(Statistics stats, ChartKind kind, ChartRenderer renderer, double pageWidth,
                                 double pageHeight) {
        ChartData data = stats.chart(kind);
        int number = stats.charts().indexOf(data) + 1;
        Text title = text(Messages.tr("workload.print.title", stats.scope().period().label()), 15, true);
        title.setId("print-title");
        VBox content = new VBox(GAP, centred(title, pageWidth), centred(subtitle(stats), pageWidth),
                chartBlock(data, number, renderer, pageWidth, Math.min(pageHeight * 0.6, pageWidth * 0.8)));
        return page(content, null, pageWidth, pageHeight);
    }

    private static VBox figuresPage(Statistics stats, double width) {
        Text title = text(Messages.tr("workload.print.title", stats.scope().period().label()), 16, true);
        title.setId("print-title");
        Text summaryHeading = text(Messages.tr("workload.view.summary"), 11, true);
        Text summary = text(stats.summary() == null ? "" : stats.summary(), 10, false);
        summary.setId("print-summary");
        summary.setWrappingWidth(width);
        summary.setLineSpacing(3);
        Text figuresHeading = text(Messages.tr("workload.view.figures"), 11, true);
        double half = (width - 2 * GAP) / 2;
        VBox left = new VBox(figureGrid(stats, half, Metric.Group.VISITS, Metric.Group.LEADS, Metric.Group.CASES,
                Metric.Group.WORK));
        VBox right = new VBox(GAP, figureGrid(stats, half, Metric.Group.LADDER), rateGrid(stats, half));
        HBox tables = new HBox(2 * GAP, left, right);
        return new VBox(GAP, centred(title, width), centred(subtitle(stats), width), summaryHeading, summary,
                figuresHeading, tables);
    }

    private static Node subtitle(Statistics stats) {
        Text t = text(Messages.tr("workload.print.subtitle", StatisticsViewModel.subject(stats.scope()),
                ChineseDates.format(stats.computedOn(), ChineseDates.Style.ARABIC)), 10, false);
        t.setFill(GREY);
        return t;
    }

    /** The figures of the groups: 指标, 本期 (with its unit), 环比, 同比. */
    private static GridPane figureGrid(Statistics stats, double width, Metric.Group... groups) {
        GridPane grid = grid(width, 0.46, 0.22, 0.16, 0.16);
        int row = 0;
        header(grid, row++, Messages.tr("workload.view.column.metric"), Messages.tr("workload.view.column.current"),
                Messages.tr("workload.view.column.previousChange"), Messages.tr("workload.view.column.lastYearChange"));
        for (Metric.Group group : groups) {
            Text heading = text(Messages.tr("workload.group." + group.name()), 8.5, true);
            heading.setWrappingWidth(width);
            grid.add(heading, 0, row++, 4, 1);
            for (Metric m : Metric.values()) {
                if (m.group() != group) {
                    continue;
                }
                grid.add(cell(Messages.tr(m.messageKey()), width * 0.46), 0, row);
                grid.add(cell(m.format(stats.current().get(m)) + " " + Messages.tr(m.unitKey()),
                        width * 0.22), 1, row);
                grid.add(cell(stats.previousChange(m).text(), width * 0.16), 2, row);
                grid.add(cell(stats.lastYearChange(m).text(), width * 0.16), 3, row);
                row++;
            }
        }
        return grid;
    }

    /** The rates: 比率, 本期, 口径 with the numbers divided. */
    private static GridPane rateGrid(Statistics stats, double width) {
        GridPane grid = grid(width, 0.24, 0.16, 0.60);
        int row = 0;
        header(grid, row++, Messages.tr("workload.view.column.rate"), Messages.tr("workload.view.column.current"),
                Messages.tr("workload.view.column.basis"));
        for (RateKind kind : RateKind.values()) {
            Rate rate = stats.rate(kind);
            grid.add(cell(Messages.tr(kind.messageKey()), width * 0.24), 0, row);
            grid.add(cell(rate.text(), width * 0.16), 1, row);
            grid.add(cell(StatisticsViewModel.basis(rate), width * 0.60), 2, row);
            row++;
        }
        return grid;
    }

    private static GridPane grid(double width, double... shares) {
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(1.5);
        for (double share : shares) {
            ColumnConstraints c = new ColumnConstraints(width * share - 4);
            c.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private static void header(GridPane grid, int row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            Text t = text(titles[i], 8.5, true);
            t.setFill(GREY);
            grid.add(t, i, row);
        }
    }

    private static Text cell(String value, double width) {
        Text t = text(value, 8.5, false);
        t.setWrappingWidth(Math.max(10, width - 6));
        return t;
    }

    /** A chart at print resolution across the page, then 图N and its title, then its caption in grey. */
    private static VBox chartBlock(ChartData data, int number, ChartRenderer renderer, double width, double height) {
        Text caption = text(data.caption() == null ? "" : data.caption(), 8.5, false);
        caption.setFill(GREY);
        caption.setWrappingWidth(width);
        Text title = text(Messages.tr("workload.print.figure", number, data.title()), 10.5, true);
        title.setId("print-chart-title");
        title.setWrappingWidth(width);
        title.setTextAlignment(TextAlignment.CENTER);
        double imageHeight = Math.max(40, height - lineHeight(10.5) - 2 * lineHeight(8.5) - GAP);
        byte[] png = renderer.png(data, width / POINTS_PER_MM, imageHeight / POINTS_PER_MM, ChartRenderer.PRINT_DPI);
        ImageView image = new ImageView(new Image(new ByteArrayInputStream(png)));
        image.setPreserveRatio(true);
        image.setFitWidth(width);
        image.setFitHeight(imageHeight);
        image.setSmooth(true);
        VBox block = new VBox(3, centred(image, width), title, caption);
        block.setId("print-chart-" + data.kind().name());
        return block;
    }

    private static Node runningHeader(Statistics stats, double width) {
        Text t = text(Messages.tr("workload.print.runningHeader", stats.scope().period().label(),
                StatisticsViewModel.subject(stats.scope())), 9, false);
        t.setFill(GREY);
        HBox box = new HBox(t);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPrefWidth(width);
        return box;
    }

    private static Node footer(int page, int total, double width) {
        Text t = text(Messages.tr("workload.print.pageNumber", page, total), 8, false);
        t.setFill(GREY);
        HBox box = new HBox(t);
        box.setAlignment(Pos.CENTER);
        box.setPrefWidth(width);
        return box;
    }

    private static HBox centred(Node node, double width) {
        HBox box = new HBox(node);
        box.setAlignment(Pos.CENTER);
        box.setPrefWidth(width);
        box.setMinWidth(width);
        return box;
    }

    /**
     * The page: content from the top, the footer (if any) at the bottom, laid out now. Content taller than the page
     * is scaled down (a Group takes the scaled size) so nothing is cut off.
     */
    private static Node page(VBox content, Node footer, double width, double height) {
        double footerHeight = footer == null ? 0 : lineHeight(8) + GAP;
        content.setPrefWidth(width);
        double wanted = content.prefHeight(width);
        double room = height - footerHeight;
        Node body = content;
        if (wanted > room) {
            double scale = room / wanted;
            content.setScaleX(scale);
            content.setScaleY(scale);
            content.resize(width, wanted);
            body = new Group(content);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox page = new VBox(body, spacer);
        if (footer != null) {
            page.getChildren().add(footer);
        }
        page.setAlignment(Pos.TOP_CENTER);
        page.setPrefSize(width, height);
        page.setMaxSize(width, height);
        page.resize(width, height);
        page.layout();
        return page;
    }

    private static double lineHeight(double size) {
        return size * 1.45;
    }

    private static Text text(String value, double size, boolean bold) {
        Text t = new Text(value);
        String family = Theme.cjkFamily();
        t.setFont(Font.font(family == null ? Font.getDefault().getFamily() : family,
                bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return t;
    }
}
