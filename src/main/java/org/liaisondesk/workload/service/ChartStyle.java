package org.liaisondesk.workload.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import java.util.Map;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.RecordKind;

/**
 * The look of every chart: the CJK font family, white backgrounds, light grey gridlines, flat bars, and one colour per
 * kind of record and per rate wherever it appears (来访 is the same navy in every chart). The colours are calm and
 * about 40 grey levels apart (navy, brick, teal, amber, pale blue: dark to light), so that they stay apart on a
 * black-and-white printout; the rates' lines differ by dash as well.
 * Sizes are in logical pixels (1/96 inch); printing scales them with the page.
 */
final class ChartStyle {
    static final Color TEXT = new Color(0x26, 0x26, 0x26);
    static final Color MUTED_TEXT = new Color(0x80, 0x80, 0x80);
    static final Color GRIDLINE = new Color(0xDD, 0xDD, 0xDD);
    static final Color AXIS_LINE = new Color(0xA0, 0xA0, 0xA0);

    static final int TITLE_SIZE = 16;
    static final int LARGE_SIZE = 13;
    static final int REGULAR_SIZE = 12;
    static final int SMALL_SIZE = 10;

    private static final Color NAVY = new Color(0x16, 0x32, 0x4F);
    private static final Color BRICK = new Color(0xB5, 0x54, 0x4A);
    private static final Color TEAL = new Color(0x50, 0xA8, 0x98);
    private static final Color AMBER = new Color(0xF0, 0xB5, 0x52);
    private static final Color SKY = new Color(0xD2, 0xE1, 0xF0);

    /** Fixed colours by series key: the record kinds of the work charts and the rates of the rate chart. */
    private static final Map<String, Color> SERIES_COLOURS = Map.of(
            RecordKind.VISIT.name(), NAVY,
            RecordKind.LEAD.name(), AMBER,
            RecordKind.MATTER.name(), TEAL,
            RecordKind.WORK.name(), SKY,
            RecordKind.RECOMMENDATION.name(), BRICK,
            RateKind.REPLY.name(), NAVY,
            RateKind.ADOPTION.name(), TEAL,
            RateKind.RECTIFICATION.name(), BRICK,
            RateKind.LEAD_CONVERSION.name(), AMBER);

    /** Slices and any other series, in turn; neighbours differ in lightness. */
    static final List<Color> PALETTE = List.of(NAVY, AMBER, TEAL, BRICK, SKY, new Color(0x6E, 0x5A, 0x8A),
            new Color(0xD9, 0xD0, 0xA8), new Color(0x59, 0x59, 0x59), new Color(0x9C, 0xC7, 0x8E),
            new Color(0xC9, 0x8B, 0x8B));

    private static final Map<String, Stroke> RATE_STROKES = Map.of(
            RateKind.REPLY.name(), line(),
            RateKind.ADOPTION.name(), line(7f, 4f),
            RateKind.RECTIFICATION.name(), line(2f, 3f),
            RateKind.LEAD_CONVERSION.name(), line(9f, 3f, 2f, 3f));

    private static StandardChartTheme theme;

    private ChartStyle() {
    }

    /** The theme applied to every chart, built once (fonts need the chosen family). */
    static synchronized StandardChartTheme theme() {
        if (theme == null) {
            theme = build();
        }
        return theme;
    }

    private static StandardChartTheme build() {
        StandardChartTheme t = new StandardChartTheme("LiaisonDesk", false);
        t.setExtraLargeFont(ChartFonts.font(Font.BOLD, TITLE_SIZE));
        t.setLargeFont(ChartFonts.font(Font.PLAIN, LARGE_SIZE));
        t.setRegularFont(ChartFonts.font(Font.PLAIN, REGULAR_SIZE));
        t.setSmallFont(ChartFonts.font(Font.PLAIN, SMALL_SIZE));
        t.setTitlePaint(TEXT);
        t.setSubtitlePaint(TEXT);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(TEXT);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Color.WHITE);
        t.setDomainGridlinePaint(GRIDLINE);
        t.setRangeGridlinePaint(GRIDLINE);
        t.setBaselinePaint(AXIS_LINE);
        t.setAxisLabelPaint(TEXT);
        t.setTickLabelPaint(TEXT);
        t.setItemLabelPaint(TEXT);
        t.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        t.setLabelLinkPaint(MUTED_TEXT);
        t.setShadowVisible(false);
        t.setShadowPaint(Color.WHITE);
        t.setBarPainter(new StandardBarPainter());
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.toArray(new Paint[0]), PALETTE.toArray(new Paint[0]),
                new Paint[] {Color.WHITE}, new Stroke[] {line()}, new Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.createStandardSeriesShapes()));
        return t;
    }

    /** The colour of a series: fixed for record kinds and rates, else the palette's {@code index}th. */
    static Color seriesColour(String key, int index) {
        Color fixed = SERIES_COLOURS.get(key);
        return fixed != null ? fixed : PALETTE.get(index % PALETTE.size());
    }

    static Color sliceColour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** The line of a rate (solid, dashed, dotted, dash-dotted), or a solid line for any other series. */
    static Stroke lineStroke(String key) {
        return RATE_STROKES.getOrDefault(key, line());
    }

    static Stroke gridline() {
        return new BasicStroke(0.5f);
    }

    private static Stroke line(float... dashes) {
        return dashes.length == 0 ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }
}
