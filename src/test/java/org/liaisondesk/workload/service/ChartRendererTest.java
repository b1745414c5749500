package org.liaisondesk.workload.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartData.Category;
import org.liaisondesk.workload.model.ChartData.Series;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.RecordKind;
import org.w3c.dom.NodeList;

class ChartRendererTest {
    private final ChartRenderer renderer = new ChartRenderer();

    static Stream<Arguments> kindsAndSizes() {
        List<Arguments> cases = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            cases.add(Arguments.of(kind, 160.0, 100.0, ChartRenderer.PRINT_DPI));
            cases.add(Arguments.of(kind, 150.0, 95.0, 150));
        }
        cases.add(Arguments.of(ChartKind.BY_STATION, 80.0, 50.0, 96));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1}×{2} mm, {3} dpi")
    @MethodSource("kindsAndSizes")
    void everyKindRendersAPngOfThePrintedSize(ChartKind kind, double widthMm, double heightMm, int dpi) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(ChartSamples.of(kind), widthMm, heightMm, dpi)));

        assertNotNull(image, "a PNG ImageIO can read");
        assertEquals(widthMm * dpi / 25.4, image.getWidth(), 1.0);
        assertEquals(heightMm * dpi / 25.4, image.getHeight(), 1.0);
        assertTrue(darkShare(image) > 0.002, "something is drawn: text, bars, lines");
        assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF, "white background");
    }

    @Test
    void pngRecordsItsResolutionSoThatItIsPlacedAtItsPhysicalSize() throws IOException {
        byte[] png = renderer.png(ChartSamples.of(ChartKind.MONTHLY_WORK), 160, 100, ChartRenderer.PRINT_DPI);

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList physical = root.getElementsByTagName("pHYs");
            assertEquals(1, physical.getLength());
            IIOMetadataNode node = (IIOMetadataNode) physical.item(0);
            assertEquals("11811", node.getAttribute("pixelsPerUnitXAxis"), "300 dpi in pixels per metre");
            assertEquals("11811", node.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", node.getAttribute("unitSpecifier"));
            reader.dispose();
        }
    }

    @Test
    void textAtPrintResolutionKeepsItsProportions() throws IOException {
        // The same chart at 96 and 300 dpi: the drawn part scales with the resolution instead of shrinking.
        ChartData data = ChartSamples.of(ChartKind.LADDER_FUNNEL);
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(renderer.png(data, 160, 100, 96)));
        BufferedImage print = ImageIO.read(new ByteArrayInputStream(renderer.png(data, 160, 100, 300)));

        assertEquals(darkShare(screen), darkShare(print), 0.25 * darkShare(screen));
    }

    @ParameterizedTest
    @CsvSource({"0, 100, 300", "160, 0, 300", "160, 100, 0", "-1, 100, 300"})
    void refusesASizeThatCannotBeDrawn(double widthMm, double heightMm, int dpi) {
        ChartData data = ChartSamples.of(ChartKind.MONTHLY_WORK);
        assertThrows(IllegalArgumentException.class, () -> renderer.png(data, widthMm, heightMm, dpi));
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void theChosenFontDrawsEveryTitleCaptionCategoryAndSeries(ChartKind kind) {
        assumeTrue(anyInstalledFontDrawsChinese(), "no CJK font is installed on this machine");
        ChartData data = ChartSamples.of(kind);
        Font font = ChartFonts.font(Font.PLAIN, 12);

        List<String> texts = new ArrayList<>(List.of(data.title(), data.caption(), Messages.tr("workload.chart.empty")));
        data.categories().forEach(c -> texts.add(c.label()));
        data.series().forEach(s -> texts.add(s.label()));
        for (String text : texts) {
            assertEquals(-1, font.canDisplayUpTo(text), () -> font.getFamily() + " cannot draw “" + text + "”");
        }
        JFreeChart chart = renderer.chart(data);
        assertEquals(ChartFonts.family(), chart.getTitle().getFont().getFamily(), "the theme's font is applied");
        if (chart.getLegend() != null) {
            assertEquals(ChartFonts.family(), chart.getLegend().getItemFont().getFamily());
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            assertEquals(ChartFonts.family(), plot.getDomainAxis().getTickLabelFont().getFamily());
        } else {
            assertEquals(ChartFonts.family(), ((PiePlot<?>) chart.getPlot()).getLabelFont().getFamily());
        }
    }

    @Test
    void thisMachineHasAChineseFontAndTheChartsUseIt() {
        assumeTrue(anyInstalledFontDrawsChinese(), "no CJK font is installed on this machine");
        assertTrue(ChartFonts.displaysChinese(ChartFonts.family()), ChartFonts.family());
        assertFalse(ChartFonts.family().equals(Font.SANS_SERIF), "a named CJK family, not the logical fallback");
    }

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, mode = EnumSource.Mode.EXCLUDE, names = "LEAD_SOURCES")
    void categoryDatasetsAreKeyedByChartKeysWithTheModelKeys(ChartKind kind) {
        ChartData data = ChartSamples.of(kind);
        CategoryDataset dataset = ((CategoryPlot) renderer.chart(data).getPlot()).getDataset();

        assertEquals(data.series().size(), dataset.getRowCount());
        assertEquals(data.categories().size(), dataset.getColumnCount());
        for (int r = 0; r < data.series().size(); r++) {
            Series series = data.series().get(r);
            ChartKey row = assertInstanceOf(ChartKey.class, dataset.getRowKey(r));
            assertEquals(series.key(), row.key());
            assertEquals(series.label(), row.label());
            for (int c = 0; c < data.categories().size(); c++) {
                Category category = data.categories().get(c);
                ChartKey column = assertInstanceOf(ChartKey.class, dataset.getColumnKey(c));
                assertEquals(category.key(), column.key());
                assertEquals(category.label(), column.label());
                Number value = dataset.getValue(r, c);
                assertEquals(series.values().get(c), value == null ? null : value.doubleValue());
            }
        }
    }

    @Test
    void pieSlicesAreKeyedByChartKeysAndLabelledWithCountAndShare() {
        ChartData data = ChartSamples.of(ChartKind.LEAD_SOURCES);
        PiePlot<?> plot = (PiePlot<?>) renderer.chart(data).getPlot();
        PieDataset<?> dataset = plot.getDataset();

        assertEquals(data.categories().size(), dataset.getItemCount());
        for (int i = 0; i < data.categories().size(); i++) {
            ChartKey key = assertInstanceOf(ChartKey.class, dataset.getKey(i));
            assertEquals(data.categories().get(i).key(), key.key());
            assertEquals(data.total(i), dataset.getValue(i).doubleValue());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        String label = ((PiePlot) plot).getLabelGenerator().generateSectionLabel(dataset, dataset.getKey(0));
        // 38 of 93 leads came from grid workers.
        assertEquals("网格员报送 38（40.9%）", label);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void anEmptyChartShowsTheNoDataMessageInsteadOfEmptyAxes(ChartKind kind) throws IOException {
        ChartData empty = ChartSamples.emptyOf(kind);
        assertTrue(empty.isEmpty());
        JFreeChart chart = renderer.chart(empty);

        assertEquals(Messages.tr("workload.chart.empty"), chart.getPlot().getNoDataMessage());
        if (chart.getPlot() instanceof CategoryPlot plot) {
            assertEquals(0, plot.getDataset().getRowCount());
            assertEquals(0, plot.getDataset().getColumnCount());
            assertFalse(plot.getDomainAxis().isVisible() || plot.getRangeAxis().isVisible(), "no axes over nothing");
        } else {
            assertEquals(0, ((PiePlot<?>) chart.getPlot()).getDataset().getItemCount());
        }
        assertNotNull(ImageIO.read(new ByteArrayInputStream(renderer.png(empty, 160, 100, 96))));
    }

    @Test
    void eachRecordKindHasOneColourInEveryChart() {
        List<ChartKind> kinds = List.of(ChartKind.MONTHLY_WORK, ChartKind.BY_STATION, ChartKind.BY_PROSECUTOR,
                ChartKind.BY_BUSINESS_LINE, ChartKind.BY_FIELD, ChartKind.LEAD_RATINGS, ChartKind.LADDER_FUNNEL);
        for (RecordKind recordKind : RecordKind.values()) {
            List<Object> paints = new ArrayList<>();
            for (ChartKind kind : kinds) {
                CategoryPlot plot = (CategoryPlot) renderer.chart(ChartSamples.of(kind)).getPlot();
                int row = plot.getDataset().getRowIndex(new ChartKey(recordKind.name(), ""));
                if (row >= 0) {
                    paints.add(plot.getRenderer().getSeriesPaint(row));
                }
            }
            assertTrue(paints.size() >= 3, recordKind + " appears in several charts");
            assertEquals(1, paints.stream().distinct().count(), recordKind + ": " + paints);
        }
        CategoryPlot monthly = (CategoryPlot) renderer.chart(ChartSamples.of(ChartKind.MONTHLY_WORK)).getPlot();
        assertEquals(RecordKind.values().length, IntStream.range(0, RecordKind.values().length)
                .mapToObj(r -> monthly.getRenderer().getSeriesPaint(r)).distinct().count(), "kinds differ in colour");
    }

    @Test
    void barsAreFlatWithoutShadowsOnWhite() {
        JFreeChart chart = renderer.chart(ChartSamples.of(ChartKind.MONTHLY_WORK));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();

        assertInstanceOf(StandardBarPainter.class, bars.getBarPainter());
        assertFalse(bars.getShadowsVisible());
        assertEquals(Color.WHITE, chart.getBackgroundPaint());
        assertEquals(Color.WHITE, plot.getBackgroundPaint());
        assertEquals(ChartStyle.GRIDLINE, plot.getRangeGridlinePaint());
        assertEquals(RectangleEdge.BOTTOM, chart.getLegend().getPosition());
    }

    @ParameterizedTest
    @CsvSource({"MONTHLY_WORK, false, false", "BY_STATION, true, false", "BY_PROSECUTOR, true, false",
            "BY_BUSINESS_LINE, false, true", "BY_FIELD, false, true", "LEAD_RATINGS, false, true",
            "LADDER_FUNNEL, false, true"})
    void barChartsStandTheWayTheirLabelsReadBest(ChartKind kind, boolean horizontal, boolean valueLabels) {
        CategoryPlot plot = (CategoryPlot) renderer.chart(ChartSamples.of(kind)).getPlot();
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();

        assertEquals(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, plot.getOrientation());
        assertEquals(horizontal ? RectangleEdge.BOTTOM : RectangleEdge.LEFT, plot.getRangeAxisEdge(), "counts read below or beside");
        assertEquals(valueLabels, plot.getRenderer().getDefaultItemLabelsVisible());
        assertEquals(1.0, counts.getStandardTickUnits().getCeilingTickUnit(0.3).getSize(), "whole-number ticks");
    }

    @Test
    void longStationNamesWrapOnTwoLinesBesideHorizontalBars() {
        CategoryAxis axis = ((CategoryPlot) renderer.chart(ChartSamples.of(ChartKind.BY_STATION)).getPlot()).getDomainAxis();
        assertEquals(2, axis.getMaximumCategoryLabelLines());
    }

    @ParameterizedTest(name = "{0} months, labels within one year: {1} → turned: {2}")
    @CsvSource({"12, true, false", "6, false, false", "24, false, true", "36, true, true"})
    void manyMonthsTurnTheirLabels(int months, boolean withinOneYear, boolean turned) {
        ChartData data = new ChartData(ChartKind.MONTHLY_WORK, "每月工作量", "", ChartSamples.months(2025, months, withinOneYear),
                List.of(new Series("VISIT", "来访", Collections.nCopies(months, 3.0))));
        CategoryAxis axis = ((CategoryPlot) renderer.chart(data).getPlot()).getDomainAxis();
        assertEquals(turned, axis.getCategoryLabelPositions().equals(CategoryLabelPositions.UP_45));
    }

    @Test
    void ratesRunFromZeroToOneHundredPercentAndMissingRatesAreGaps() {
        ChartData data = ChartSamples.of(ChartKind.RATES_OVER_TIME);
        CategoryPlot plot = (CategoryPlot) renderer.chart(data).getPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();

        assertTrue(axis.getLowerBound() < 0 && axis.getLowerBound() > -10, "room for a point at 0%");
        assertTrue(axis.getUpperBound() > 100 && axis.getUpperBound() < 110, "room for a point at 100%");
        assertEquals("100%", axis.getTickUnit().valueToString(100));
        assertNull(plot.getDataset().getValue(0, 0), "no reply rate in January: a gap, not 0");
        assertEquals(0.0, plot.getDataset().getValue(2, 1).doubleValue(), "a rate of 0% is a point at 0");
        Stroke reply = plot.getRenderer().getSeriesStroke(0);
        Stroke adoption = plot.getRenderer().getSeriesStroke(1);
        assertFalse(reply.equals(adoption), "rates differ by their line as well as their colour");
    }

    @Test
    void aSingleSeriesChartNeedsNoLegendButAPieKeepsOne() {
        assertNull(renderer.chart(ChartSamples.of(ChartKind.LADDER_FUNNEL)).getLegend());
        assertNotNull(renderer.chart(ChartSamples.of(ChartKind.LEAD_SOURCES)).getLegend());
        assertNotNull(renderer.chart(ChartSamples.of(ChartKind.BY_FIELD)).getLegend());
    }

    @Test
    void writesOnePngPerChartNamedByNumberTitleAndPeriodAndNeverOverwritesUnasked(@TempDir Path folder) throws IOException {
        List<Path> first = renderer.writePngs(ChartSamples.statistics(), folder, false);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ChartKind.values().length; i++) {
            expected.add("图" + (i + 1) + "_" + Messages.tr(ChartKind.values()[i].messageKey()) + "_2026年.png");
        }
        assertEquals(expected, first.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : first) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(1890, image.getWidth(), "160 mm at 300 dpi");
            assertEquals(1181, image.getHeight(), "100 mm at 300 dpi");
        }

        List<Path> second = renderer.writePngs(ChartSamples.statistics(), folder, false);
        assertEquals(expected.stream().map(n -> n.replace(".png", "（2）.png")).toList(),
                second.stream().map(p -> p.getFileName().toString()).toList());

        List<Path> overwritten = renderer.writePngs(ChartSamples.statistics(), folder, true);
        assertEquals(first, overwritten);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2 * expected.size(), files.count(), "no temporary file left, nothing else written");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "1#每月工作量#2026年10月#图1_每月工作量_2026年10月.png",
            "9#线索/案件：比较#2026年第三季度#图9_线索／案件：比较_2026年第三季度.png",
            "2#各联络站工作量#2026年1月5日至2026年3月2日#图2_各联络站工作量_2026年1月5日至2026年3月2日.png"})
    void fileNamesAreSafeOnWindows(int number, String title, String period, String expected) {
        assertEquals(expected, ChartRenderer.fileName(number, title, period));
    }

    @Test
    void fontChoiceFollowsThePreferenceOrderAmongFontsThatDrawChinese() {
        List<String> installed = List.of("DejaVu Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "SimSun");
        assertEquals("WenQuanYi Micro Hei", ChartFonts.choose(installed, family -> true));
        assertEquals("Noto Sans CJK SC", ChartFonts.choose(installed, family -> !family.startsWith("WenQuanYi")),
                "a preferred family that cannot draw the sample is passed over");
    }

    @Test
    void fontChoiceFallsBackToAnyInstalledFontThatDrawsChineseThenToSansSerif() {
        List<String> installed = List.of(Font.DIALOG, "DejaVu Sans", "AR PL KaitiM GB", "Liberation Serif");
        assertEquals("AR PL KaitiM GB", ChartFonts.choose(installed, family -> !family.startsWith("DejaVu")
                && !family.startsWith("Liberation")), "a logical font is not taken while a physical one draws Chinese");
        assertEquals(Font.SANS_SERIF, ChartFonts.choose(installed, family -> false));
    }

    private static boolean anyInstalledFontDrawsChinese() {
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH))
                .anyMatch(ChartFonts::displaysChinese);
    }

    /** The share of pixels darker than light grey. */
    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
