package org.liaisondesk.workload.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.documents.model.DocumentFileNames;
import org.liaisondesk.documents.service.DocumentFiles;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Statistics;

/**
 * Draws the statistics' charts with JFreeChart in the Chinese theme of {@link ChartStyle}: on screen (the
 * {@link JFreeChart} goes into a ChartViewer), as PNG at print resolution, and as a folder of PNGs. Every row and
 * column key of a dataset is a {@link ChartKey}, so a clicked bar or slice leads back to the model's keys.
 */
public final class ChartRenderer {
    /** Print resolution of exported and printed charts. */
    public static final int PRINT_DPI = 300;
    /** The size of an exported chart: the text width of an A4 page, in a 16:10 frame. */
    static final double EXPORT_WIDTH_MM = 160;
    static final double EXPORT_HEIGHT_MM = 100;

    /** Charts are laid out in logical pixels of 1/96 inch, as on screen, and scaled up for print. */
    private static final double LOGICAL_DPI = 96;
    private static final double MM_PER_INCH = 25.4;
    /**
     * The width a chart's plot has at its usual sizes (the viewer's ~560 px, an export's 605 px), for deciding how
     * category labels are set before the chart knows its final size.
     */
    private static final double REFERENCE_PLOT_WIDTH = 520;
    /** Room before the first and after the last category, and between categories, as shares of the axis. */
    private static final double END_MARGIN = 0.02;
    private static final double CATEGORY_MARGIN = 0.15;
    /** The share of its category's width a label may take (JFreeChart's standard position). */
    private static final double LABEL_SHARE = 0.95;
    private static final double MAX_BAR_WIDTH = 0.12;
    private static final double RATE_AXIS_ROOM = 4;

    /** The chart of {@code data}, in the Chinese font theme; dataset keys are {@link ChartKey}s. */
    public JFreeChart chart(ChartData data) {
        JFreeChart chart = switch (data.kind().style()) {
            case STACKED_BAR -> ChartFactory.createStackedBarChart(data.title(), null, null, categoryDataset(data),
                    PlotOrientation.VERTICAL, true, true, false);
            case STACKED_HORIZONTAL_BAR -> ChartFactory.createStackedBarChart(data.title(), null, null,
                    categoryDataset(data), PlotOrientation.HORIZONTAL, true, true, false);
            case BAR -> ChartFactory.createBarChart(data.title(), null, null, categoryDataset(data),
                    PlotOrientation.VERTICAL, true, true, false);
            case PIE -> ChartFactory.createPieChart(data.title(), pieDataset(data), true, true, false);
            case LINE -> ChartFactory.createLineChart(data.title(), null, null, categoryDataset(data),
                    PlotOrientation.VERTICAL, true, true, false);
        };
        ChartStyle.theme().apply(chart);
        chart.getTitle().setMargin(0, 0, 6, 0);
        Plot plot = chart.getPlot();
        plot.setNoDataMessage(Messages.tr("workload.chart.empty"));
        plot.setNoDataMessageFont(ChartFonts.font(Font.PLAIN, ChartStyle.LARGE_SIZE));
        plot.setNoDataMessagePaint(ChartStyle.MUTED_TEXT);
        if (plot instanceof CategoryPlot categoryPlot) {
            styleCategoryPlot(data, categoryPlot);
        } else if (plot instanceof PiePlot<?> piePlot) {
            stylePiePlot(piePlot);
        }
        styleLegend(chart, data);
        return chart;
    }

    /** A PNG of the chart, {@code widthMm} × {@code heightMm} at {@code dpi}. */
    public byte[] png(ChartData data, double widthMm, double heightMm, int dpi) {
        if (!(widthMm > 0) || !(heightMm > 0) || dpi <= 0) {
            throw new IllegalArgumentException("size " + widthMm + " × " + heightMm + " mm at " + dpi + " dpi");
        }
        int width = (int) Math.round(widthMm / MM_PER_INCH * dpi);
        int height = (int) Math.round(heightMm / MM_PER_INCH * dpi);
        double scale = dpi / LOGICAL_DPI;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            // The logical size is what the chart lays out in; the scale makes its text and lines print-sharp.
            chart(data).draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        } finally {
            g.dispose();
        }
        return encode(image, dpi);
    }

    /** Every chart of {@code stats} as a PNG at print resolution in {@code folder}; the files written, in chart order. */
    public List<Path> writePngs(Statistics stats, Path folder, boolean overwrite) {
        String period = stats.scope().period().label();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < stats.charts().size(); i++) {
            ChartData data = stats.charts().get(i);
            byte[] png = png(data, EXPORT_WIDTH_MM, EXPORT_HEIGHT_MM, PRINT_DPI);
            String name = fileName(i + 1, data.title(), period);
            written.add(DocumentFiles.write(folder, name, overwrite, out -> out.write(png)));
        }
        return written;
    }

    /** 图3_各检察官工作量_2026年第三季度.png, safe as a Windows file name. */
    static String fileName(int number, String title, String periodLabel) {
        return DocumentFileNames.safe("图" + number + "_" + title + "_" + periodLabel) + ".png";
    }

    private static DefaultCategoryDataset categoryDataset(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        if (data.isEmpty()) {
            return dataset;
        }
        for (ChartData.Series series : data.series()) {
            ChartKey row = new ChartKey(series.key(), series.label());
            for (int i = 0; i < data.categories().size(); i++) {
                ChartData.Category category = data.categories().get(i);
                dataset.addValue(series.values().get(i), row, new ChartKey(category.key(), category.label()));
            }
        }
        return dataset;
    }

    /** One slice per category, its value summed over the series (a pie has one series). */
    private static DefaultPieDataset<ChartKey> pieDataset(ChartData data) {
        DefaultPieDataset<ChartKey> dataset = new DefaultPieDataset<>();
        if (data.isEmpty()) {
            return dataset;
        }
        for (int i = 0; i < data.categories().size(); i++) {
            ChartData.Category category = data.categories().get(i);
            dataset.setValue(new ChartKey(category.key(), category.label()), data.total(i));
        }
        return dataset;
    }

    private static void styleCategoryPlot(ChartData data, CategoryPlot plot) {
        plot.setRangeGridlineStroke(ChartStyle.gridline());
        plot.setOutlineVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setAxisLinePaint(ChartStyle.AXIS_LINE);
        domain.setTickMarksVisible(false);
        domain.setLowerMargin(END_MARGIN);
        domain.setUpperMargin(END_MARGIN);
        domain.setCategoryMargin(CATEGORY_MARGIN);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAxisLineVisible(false);
        range.setTickMarksVisible(false);
        if (data.isEmpty()) {
            // Only the no-data message: axes over nothing would suggest a scale.
            domain.setVisible(false);
            range.setVisible(false);
            plot.setRangeGridlinesVisible(false);
        }
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        if (horizontal) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            // Station and prosecutor names run long: give them up to two lines and a third of the width.
            domain.setMaximumCategoryLabelLines(2);
            domain.setMaximumCategoryLabelWidthRatio(0.34f);
        } else {
            setCategoryLabels(data, domain);
        }
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int row = 0; row < plot.getDataset().getRowCount(); row++) {
            ChartKey key = (ChartKey) plot.getDataset().getRowKey(row);
            renderer.setSeriesPaint(row, ChartStyle.seriesColour(key.key(), row));
        }
        if (renderer instanceof LineAndShapeRenderer lines) {
            styleRates(plot, lines);
            return;
        }
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer bars = (BarRenderer) renderer;
        bars.setMaximumBarWidth(MAX_BAR_WIDTH);
        bars.setDrawBarOutline(false);
        if (data.kind().style() == ChartKind.Style.BAR) {
            bars.setItemMargin(0.05);
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", wholeNumbers()));
            bars.setDefaultItemLabelsVisible(true);
            bars.setDefaultItemLabelFont(ChartFonts.font(Font.PLAIN, ChartStyle.SMALL_SIZE));
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition());
            range.setUpperMargin(0.15);
        }
    }

    /**
     * Month and field names along a vertical axis: on one line when they fit under their bars (a point smaller if
     * that is all it takes), wrapped on two when that is enough, else turned 45° (many months, many long names).
     */
    private static void setCategoryLabels(ChartData data, CategoryAxis domain) {
        int count = data.categories().size();
        if (count == 0) {
            return;
        }
        double widest = widestLabel(data, ChartStyle.REGULAR_SIZE);
        double room = REFERENCE_PLOT_WIDTH * (1 - 2 * END_MARGIN - CATEGORY_MARGIN) / count * LABEL_SHARE;
        if (widest <= room) {
            domain.setMaximumCategoryLabelLines(1);
        } else if (widestLabel(data, ChartStyle.REGULAR_SIZE - 1) <= room) {
            domain.setTickLabelFont(ChartFonts.font(Font.PLAIN, ChartStyle.REGULAR_SIZE - 1));
            domain.setMaximumCategoryLabelLines(1);
        } else if (widest <= 2 * room * 0.9) {
            domain.setMaximumCategoryLabelLines(2);
        } else {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    private static double widestLabel(ChartData data, int size) {
        Font font = ChartFonts.font(Font.PLAIN, size);
        FontRenderContext context = new FontRenderContext(null, true, true);
        return data.categories().stream()
                .mapToDouble(c -> font.getStringBounds(c.label(), context).getWidth()).max().orElse(0);
    }

    private static void styleRates(CategoryPlot plot, LineAndShapeRenderer renderer) {
        renderer.setDefaultShapesVisible(true);
        renderer.setDrawOutlines(false);
        for (int row = 0; row < plot.getDataset().getRowCount(); row++) {
            ChartKey key = (ChartKey) plot.getDataset().getRowKey(row);
            renderer.setSeriesStroke(row, ChartStyle.lineStroke(key.key()));
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        // A little beyond 0 and 100 so that points there are not cut in half by the plot's edge; ticks stay within.
        range.setRange(-RATE_AXIS_ROOM, 100 + RATE_AXIS_ROOM);
        range.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    }

    private static void stylePiePlot(PiePlot<?> plot) {
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setIgnoreNullValues(true);
        plot.setIgnoreZeroValues(true);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1.5f));
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelFont(ChartFonts.font(Font.PLAIN, ChartStyle.SMALL_SIZE + 1));
        plot.setLabelPaint(ChartStyle.TEXT);
        plot.setMaximumLabelWidth(0.22);
        plot.setInteriorGap(0.04);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
        percent.setMaximumFractionDigits(1);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0} {1}（{2}）", wholeNumbers(), percent));
        for (int i = 0; i < plot.getDataset().getItemCount(); i++) {
            plot.setSectionPaint(plot.getDataset().getKey(i), ChartStyle.sliceColour(i));
        }
    }

    /**
     * The legend below the plot (where ChartFactory puts it), without a frame; a bar or line chart of one series needs
     * none (the title says it). JFreeChart's own org.jfree.chart.ui types stay out of this class: the architecture rule
     * reads any "ui" package as the user interface.
     */
    private static void styleLegend(JFreeChart chart, ChartData data) {
        LegendTitle legend = chart.getLegend();
        if (legend == null) {
            return;
        }
        boolean singleSeries = data.kind().style() != ChartKind.Style.PIE
                && data.series().size() < 2;
        if (singleSeries) {
            chart.removeLegend();
            return;
        }
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(ChartFonts.font(Font.PLAIN, ChartStyle.REGULAR_SIZE));
        legend.setMargin(6, 0, 0, 0);
    }

    private static NumberFormat wholeNumbers() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** The PNG, carrying its resolution (pHYs) so that a word processor places it at its physical size. */
    private static byte[] encode(BufferedImage image, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / (MM_PER_INCH / 1000)));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(format);
            root.appendChild(physical);
            metadata.mergeTree(format, root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
