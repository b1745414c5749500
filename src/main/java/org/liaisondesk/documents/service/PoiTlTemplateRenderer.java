package org.liaisondesk.documents.service;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.exception.ResolverException;
import com.deepoove.poi.data.CellRenderData;
import com.deepoove.poi.data.Cells;
import com.deepoove.poi.data.MergeCellRule;
import com.deepoove.poi.data.PictureRenderData;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.TableRenderData;
import com.deepoove.poi.data.Tables;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.data.style.BorderStyle;
import com.deepoove.poi.data.style.Style;
import com.deepoove.poi.data.style.TableStyle;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.PictureRenderPolicy;
import com.deepoove.poi.policy.TableRenderPolicy;
import com.deepoove.poi.xwpf.BodyContainerFactory;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.model.DocumentGrid;
import org.liaisondesk.documents.model.DocumentImage;
import org.liaisondesk.documents.model.TemplateScan;
import org.liaisondesk.documents.model.UsedTag;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * {@link TemplateRenderer} on poi-tl: {{tag}} text, {{?name}}…{{/name}} sections and loops, table tags bound to
 * poi-tl's row loop (the row under the tag repeated, its cells' {@code [字段]} filled), {{@图}} pictures from
 * {@link DocumentImage}s and {{#表}} whole tables from {@link DocumentGrid}s, inside loops too. The only class that
 * knows poi-tl.
 */
public final class PoiTlTemplateRenderer implements TemplateRenderer {
    private static final Pattern ROW_FIELD = Pattern.compile("\\[([^\\[\\]\\s]{1,30})]");
    private static final int CONTEXT = 16;
    /** A number as the statistics print it: 59, 1,250, 2.5, +22.9%, -3%, or "—" where there is none. */
    private static final Pattern NUMBER = Pattern.compile("[+\\-]?\\d[\\d,]*(\\.\\d+)?%?|—");
    private static final double MM_PER_INCH = 25.4;
    /** The 156 mm text block of a GB/T 9704 page, in twips. */
    private static final int TEXT_WIDTH = 8845;
    private static final int CELL_MARGIN = 57;
    /** 小四 with lines of 18 pt. */
    private static final double GRID_FONT_SIZE = 12;
    private static final int GRID_LINE = 360;
    /** A table of up to this many rows (a header and 15) fits on a page and is kept on one, with its caption. */
    private static final int KEPT_TOGETHER_ROWS = 16;
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    @Override
    public TemplateScan scan(Path template, Collection<String> tableTags) {
        try (XWPFTemplate compiled = compile(template, tableTags)) {
            List<UsedTag> tags = new ArrayList<>();
            collect(compiled.getElementTemplates(), "", tableTags, tags);
            return new TemplateScan(tags);
        } catch (IOException e) {
            throw unreadable(template, e);
        }
    }

    @Override
    public void render(Path template, Map<String, Object> data, Collection<String> tableTags, OutputStream out) {
        try (XWPFTemplate compiled = compile(template, tableTags)) {
            compiled.render(data);
            dropEmptyUnderlines(compiled.getXWPFDocument());
            compiled.write(out);
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.write.failed", template.getFileName(), e.getMessage());
        }
    }

    /**
     * poi-tl copies the tag's run style onto the text it writes and leaves an underline element without a value
     * there; Word may draw that as an underline, so it goes.
     */
    private static void dropEmptyUnderlines(org.apache.poi.xwpf.usermodel.XWPFDocument doc) {
        List<IBody> bodies = new ArrayList<>();
        bodies.add(doc);
        bodies.addAll(doc.getHeaderList());
        bodies.addAll(doc.getFooterList());
        bodies.forEach(PoiTlTemplateRenderer::dropEmptyUnderlines);
    }

    private static void dropEmptyUnderlines(IBody body) {
        for (XWPFParagraph p : body.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                var rPr = run.getCTR().getRPr();
                for (int i = rPr == null ? -1 : rPr.sizeOfUArray() - 1; i >= 0; i--) {
                    if (!rPr.getUArray(i).isSetVal()) {
                        rPr.removeU(i);
                    }
                }
            }
        }
        for (XWPFTable table : body.getTables()) {
            table.getRows().forEach(row -> row.getTableCells().forEach(PoiTlTemplateRenderer::dropEmptyUnderlines));
        }
    }

    private static XWPFTemplate compile(Path template, Collection<String> tableTags) {
        ConfigureBuilder builder = Configure.builder();
        LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
        tableTags.forEach(t -> builder.bind(t, rows));
        // Lambdas, not subclasses of poi-tl's policies: only this class may know poi-tl (ArchitectureTest).
        PictureRenderPolicy pictures = new PictureRenderPolicy();
        builder.addPlugin(UsedTag.IMAGE, (element, data, compiled) -> pictures.render(element,
                data instanceof DocumentImage image ? picture(image) : data, compiled));
        TableRenderPolicy tables = new TableRenderPolicy();
        builder.addPlugin(UsedTag.GRID, (element, data, compiled) -> {
            if (data instanceof DocumentGrid grid && element instanceof RunTemplate tag) {
                renderGrid(tag, grid);
            } else {
                tables.render(element, data, compiled);
            }
        });
        try (InputStream in = Files.newInputStream(template)) {
            return XWPFTemplate.compile(in, builder.build());
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "documents.template.missing", template.toAbsolutePath());
        } catch (ResolverException e) {
            throw new UserFacingException(e, "documents.template.unbalanced", template.getFileName(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Not a zip, not a Word document, broken XML: POI reports these as several exception types.
            throw unreadable(template, e);
        }
    }

    /** The picture at its size in mm; poi-tl sizes pictures in pixels of 1/96 inch. */
    private static PictureRenderData picture(DocumentImage image) {
        return Pictures.ofBytes(image.png(), PictureType.PNG).size(pixels(image.widthMm()), pixels(image.heightMm()))
                .create();
    }

    private static int pixels(double mm) {
        return (int) Math.round(mm / MM_PER_INCH * 96);
    }

    /** The grid as a table in place of the tag's paragraph, then finished the way the shipped templates set tables. */
    private static void renderGrid(RunTemplate tag, DocumentGrid grid) {
        XWPFRun run = tag.getRun();
        try {
            XWPFTable table = TableRenderPolicy.Helper.renderTable(run, tableData(grid));
            finishGrid(table);
        } catch (Exception e) {
            throw new RenderException("Unable to render template " + tag, e);
        }
        BodyContainerFactory.getBodyContainer(run).clearPlaceholder(run);
    }

    /**
     * The whole text width, single black rules, the header 黑体 bold repeated on every page, the body 仿宋_GB2312 with
     * Times New Roman for digits, 小四; numbers centred, text flush left; a grouped first column merged per group.
     */
    private static TableRenderData tableData(DocumentGrid grid) {
        int columns = grid.header().size();
        Style heading = Style.builder().buildFontFamily(HEADING_FONT).buildFontSize(GRID_FONT_SIZE).buildBold().build();
        Style body = Style.builder().buildFontFamily(BODY_FONT).buildWesternFontFamily(LATIN_FONT)
                .buildFontSize(GRID_FONT_SIZE).build();
        Tables.TableBuilder table = Tables.ofAutoWidth().center().border(BorderStyle.builder()
                .withType(XWPFTable.XWPFBorderType.SINGLE).withSize(4).withColor("000000").build());
        table.addRow(Rows.of(grid.header().stream().map(h -> Cells.of(Texts.of(h).style(heading).create())
                .horizontalCenter().verticalCenter().create()).toArray(CellRenderData[]::new)).repeatedHeader().create());
        boolean[] centred = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            centred[c] = isNumeric(grid, c) || c == 0 && grid.groupedFirstColumn();
        }
        for (List<String> row : grid.rows()) {
            CellRenderData[] cells = new CellRenderData[columns];
            for (int c = 0; c < columns; c++) {
                Cells.CellBuilder cell = Cells.of(Texts.of(row.get(c)).style(body).create()).verticalCenter();
                cells[c] = (centred[c] ? cell.horizontalCenter() : cell.horizontalLeft()).create();
            }
            table.addRow(Rows.of(cells).create());
        }
        TableRenderData data = table.mergeRule(groups(grid)).create();
        TableStyle style = data.getTableStyle();
        style.setWidth(Integer.toString(TEXT_WIDTH));
        style.setColWidths(columnTwips(grid));
        style.setLeftCellMargin(CELL_MARGIN);
        style.setRightCellMargin(CELL_MARGIN);
        return data;
    }

    /** A column of figures: every cell a number, a percentage or "—", and at least one not empty. */
    private static boolean isNumeric(DocumentGrid grid, int column) {
        List<String> cells = grid.rows().stream().map(r -> r.get(column).strip()).toList();
        return cells.stream().anyMatch(v -> !v.isEmpty())
                && cells.stream().allMatch(v -> v.isEmpty() || NUMBER.matcher(v).matches());
    }

    /** A grouped first column's groups of more than one row, merged; the table's row 0 is the header. */
    private static MergeCellRule groups(DocumentGrid grid) {
        MergeCellRule.MergeCellRuleBuilder merges = MergeCellRule.builder();
        if (grid.groupedFirstColumn()) {
            int start = 0;
            for (int r = 1; r <= grid.rows().size(); r++) {
                if (r == grid.rows().size() || !grid.rows().get(r).get(0).isBlank()) {
                    if (r - 1 > start) {
                        merges.map(MergeCellRule.Grid.of(start + 1, 0), MergeCellRule.Grid.of(r, 0));
                    }
                    start = r;
                }
            }
        }
        return merges.build();
    }

    /** The columns in twips, adding up to the text width exactly; what rounding leaves goes to the widest column. */
    private static int[] columnTwips(DocumentGrid grid) {
        int columns = grid.header().size();
        double[] mm = new double[columns];
        for (int c = 0; c < columns; c++) {
            mm[c] = grid.columnWidths().isEmpty() ? 1 : grid.columnWidths().get(c);
        }
        double total = Arrays.stream(mm).sum();
        int[] twips = new int[columns];
        int widest = 0;
        for (int c = 0; c < columns; c++) {
            twips[c] = (int) Math.round(TEXT_WIDTH * mm[c] / total);
            widest = mm[c] > mm[widest] ? c : widest;
        }
        twips[widest] += TEXT_WIDTH - Arrays.stream(twips).sum();
        return twips;
    }

    /**
     * What poi-tl leaves to the document's 正文 style, set as the tables of the shipped templates set it: no first-line
     * indent, exact lines off the character grid (which would spread the characters), rows that do not break across
     * pages, a short table kept on one page with what precedes it, and the ambiguous characters (—, ÷, “”) of Chinese
     * text in the Chinese font (a run of digits only keeps its Latin font).
     */
    private static void finishGrid(XWPFTable table) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        boolean keepTogether = table.getRows().size() <= KEPT_TOGETHER_ROWS;
        for (int r = 0; r < table.getRows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            if (trPr.sizeOfCantSplitArray() == 0) {
                trPr.addNewCantSplit();
            }
            boolean keepWithNext = r == 0 || keepTogether && r < table.getRows().size() - 1;
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                    if (keepWithNext && !pPr.isSetKeepNext()) {
                        pPr.addNewKeepNext();
                    }
                    CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
                    ind.setFirstLineChars(BigInteger.ZERO);
                    ind.setFirstLine(BigInteger.ZERO);
                    CTSpacing spacing = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
                    spacing.setBefore(BigInteger.ZERO);
                    spacing.setAfter(BigInteger.ZERO);
                    spacing.setLine(BigInteger.valueOf(GRID_LINE));
                    spacing.setLineRule(STLineSpacingRule.EXACT);
                    (pPr.isSetSnapToGrid() ? pPr.getSnapToGrid() : pPr.addNewSnapToGrid()).setVal(STOnOff1.OFF);
                    (pPr.isSetAutoSpaceDE() ? pPr.getAutoSpaceDE() : pPr.addNewAutoSpaceDE()).setVal(STOnOff1.OFF);
                    (pPr.isSetAutoSpaceDN() ? pPr.getAutoSpaceDN() : pPr.addNewAutoSpaceDN()).setVal(STOnOff1.OFF);
                    for (XWPFRun run : p.getRuns()) {
                        String text = run.text();
                        if (text.chars().anyMatch(c -> c > 0x7f)) {
                            CTRPr rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                            (rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts()).setHint(STHint.EAST_ASIA);
                        }
                    }
                }
            }
        }
    }

    private static UserFacingException unreadable(Path template, Exception e) {
        return new UserFacingException(e, "documents.template.unreadable", template.getFileName(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static void collect(List<MetaTemplate> found, String container, Collection<String> tableTags,
                                List<UsedTag> out) {
        for (MetaTemplate m : found) {
            if (m instanceof BlockTemplate block) {
                RunTemplate start = block.getStartMark();
                out.add(new UsedTag(start.getTagName(), UsedTag.SECTION, container, context(start.getRun())));
                collect(block.getTemplates(), start.getTagName(), tableTags, out);
            } else if (m instanceof ElementTemplate element) {
                char sign = element.getSign() == null || element.getSign() == '\0' ? UsedTag.PLAIN : element.getSign();
                XWPFRun run = element instanceof RunTemplate r ? r.getRun() : null;
                out.add(new UsedTag(element.getTagName(), sign, container, context(run)));
                if (sign == UsedTag.PLAIN && tableTags.contains(element.getTagName()) && run != null) {
                    rowFields(run, element.getTagName(), out);
                }
            }
        }
    }

    /** The {@code [字段]} names in the row under the table tag's row: the row poi-tl repeats. */
    private static void rowFields(XWPFRun run, String tableTag, List<UsedTag> out) {
        if (!(run.getParent() instanceof XWPFParagraph p)) {
            return;
        }
        IBody body = p.getBody();
        if (!(body instanceof XWPFTableCell cell)) {
            return;
        }
        XWPFTableRow row = cell.getTableRow();
        XWPFTable table = row.getTable();
        int index = table.getRows().indexOf(row);
        if (index + 1 >= table.getRows().size()) {
            return;
        }
        for (XWPFTableCell c : table.getRow(index + 1).getTableCells()) {
            Matcher matcher = ROW_FIELD.matcher(c.getText());
            while (matcher.find()) {
                out.add(new UsedTag(matcher.group(1), UsedTag.ROW_FIELD, tableTag, c.getText().strip()));
            }
        }
    }

    private static String context(XWPFRun run) {
        if (run == null || !(run.getParent() instanceof XWPFParagraph p)) {
            return "";
        }
        String text = p.getText().strip();
        return text.length() <= CONTEXT * 2 ? text : text.substring(0, CONTEXT * 2) + "…";
    }
}
