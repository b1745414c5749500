package org.liaisondesk.documents.templates;

import static org.liaisondesk.documents.templates.OfficialTemplateFormat.ANNEX_LABEL;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.ANNEX_TABLE_HEADING;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.ANNEX_TABLE_TEXT;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.DOCUMENT_NUMBER;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.FIGURE;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.FIGURE_NOTE;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.FIGURE_TITLE;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.HEADING_1;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.IMPRINT;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.ISSUER;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.ISSUE_DATE;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.RECIPIENT;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.TABLE_HEADING;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.TABLE_TEXT;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.TEXT_WIDTH;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.TITLE;
import static org.liaisondesk.documents.templates.OfficialTemplateFormat.TITLE_NOTE;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.liaisondesk.documents.model.DocumentKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes the five shipped Word templates (src/main/resources/org/liaisondesk/documents/templates/*.docx) in the
 * GB/T 9704 layout of {@link OfficialTemplateFormat}, with the tags of {@code TagCatalogue}. Run it after changing
 * either, then commit the .docx files; name kinds after the folder to write only those (the others stay as they are):
 * <pre>
 * cd /work/main &amp;&amp; mvn -B -q -o -DbuildDir=/tmp/tpl-target test-compile
 * java -cp /tmp/tpl-target/test-classes:/tmp/tpl-target/classes:$(cat /tmp/cp.txt) \
 *     org.liaisondesk.documents.templates.ShippedTemplateBuilder src/main/resources/org/liaisondesk/documents/templates \
 *     [STATISTICS_REPORT …]
 * </pre>
 * (/tmp/cp.txt: {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}.)
 */
public final class ShippedTemplateBuilder {
    private static final String LAWSUIT_BASIS = "《中华人民共和国行政诉讼法》第二十五条第四款";

    private final XWPFDocument doc;

    private ShippedTemplateBuilder(XWPFDocument doc) {
        this.doc = doc;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ShippedTemplateBuilder <output folder> [kind …]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<DocumentKind> kinds = args.length == 1 ? List.of(DocumentKind.values())
                : java.util.Arrays.stream(args, 1, args.length).map(DocumentKind::valueOf).toList();
        for (DocumentKind kind : kinds) {
            Path file = folder.resolve(kind.fileName());
            try (XWPFDocument doc = build(kind)) {
                OfficialTemplateFormat.write(doc, file);
            }
            System.out.println(file);
        }
    }

    static XWPFDocument build(DocumentKind kind) throws IOException {
        ShippedTemplateBuilder b = new ShippedTemplateBuilder(
                OfficialTemplateFormat.newDocument(kind.fileName().replace(".docx", "")));
        switch (kind) {
            case INDIVIDUAL_LETTER -> b.individualLetter();
            case PRE_SUIT_LETTER -> b.preSuitLetter();
            case CLASS_LETTER -> b.classLetter();
            case SPECIAL_REPORT -> b.specialReport();
            case STATISTICS_REPORT -> b.statisticsReport();
        }
        return b.doc;
    }

    // ---- the five documents ----

    /** 个案检察建议书: the seven items of the 2019 rules, in their order. */
    private void individualLetter() {
        letterHead();
        body("{{问题来源}}{{领域}}领域存在{{问题类型}}问题，依法进行了调查。");
        body("经调查查明：{{查明事实}}");
        body("本院认为：{{本院认为}}");
        body("根据{{法律依据}}的规定，本院提出如下检察建议：");
        recommendations("{{序号}}、{{内容}}");
        body("如有异议，请于收到本检察建议书之日起{{异议期限}}内书面提出。");
        section("紧急", () -> body("鉴于上述问题情况紧急，危害有继续扩大的可能，请你单位立即采取有效措施防止损害扩大。"));
        body("请于收到本检察建议书之日起{{回复期限}}内将整改落实情况书面回复本院。");
        contact();
        letterClosing();
    }

    /**
     * 诉前检察建议书 (行政公益诉讼): the individual letter with the recipient's statutory duty cited through
     * {{法律依据}}, the two-month (fifteen days when urgent) reply and the lawsuit that follows a failure to act.
     */
    private void preSuitLetter() {
        letterHead();
        body("{{问题来源}}{{领域}}领域存在{{问题类型}}问题，可能损害国家利益或者社会公共利益。"
                + "本院依法履行公益诉讼检察职责，对该问题立案调查。");
        body("经调查查明：{{查明事实}}");
        body("本院认为：{{本院认为}}");
        body("根据{{法律依据}}的规定，你单位对{{问题类型}}负有监督管理职责。为维护国家利益和社会公共利益，依照"
                + LAWSUIT_BASIS + "的规定，本院向你单位提出如下检察建议：");
        recommendations("{{序号}}、{{内容}}");
        body("如有异议，请于收到本检察建议书之日起{{异议期限}}内书面提出。");
        section("紧急", () -> body("鉴于国家利益或者社会公共利益的损害存在继续扩大的紧急情形，请你单位立即采取有效措施制止损害扩大，"
                + "并在下述期限内书面回复本院。"));
        body("请你单位自收到本检察建议书之日起{{回复期限}}内依法履行职责，并将办理情况书面回复本院。");
        body("你单位逾期不回复或者不依法全面履行职责的，本院将依照" + LAWSUIT_BASIS + "的规定，依法向人民法院提起行政公益诉讼。");
        contact();
        letterClosing();
    }

    /** 类案（社会治理）检察建议书: the letter's frame with the batch, its cases, the main problems and sector-wide recommendations. */
    private void classLetter() {
        letterHead();
        body("{{问题来源}}{{领域}}领域{{问题类型}}问题在多起案件和线索中反复出现。{{批次说明}}具体情况如下：");
        table("案件表", TABLE_HEADING, TABLE_TEXT,
                List.of(column("序号", 600, STJc.CENTER), column("名称", 1900, STJc.BOTH), column("地点", 1200, STJc.CENTER),
                        column("问题", 1200, STJc.CENTER), column("日期", 1680, STJc.CENTER),
                        column("原建议文号", 1425, STJc.CENTER), column("状态", 840, STJc.CENTER)));
        body("经调查查明：{{查明事实}}");
        body("上述案件和线索反映出以下主要问题：");
        loop("主要问题", "（{{序号}}）{{问题}}问题，涉及{{件数}}件（{{涉及}}）。");
        section("有前期建议", () -> {
            body("针对上述问题，本院此前已制发检察建议，落实情况如下：");
            loop("前期建议", "（{{序号}}）{{说明}}");
        });
        body("本院认为：{{本院认为}}");
        body("为推动{{问题类型}}问题的行业治理和系统治理，建立健全长效机制，根据{{法律依据}}的规定，本院提出如下检察建议：");
        recommendations("{{序号}}、{{内容}}");
        body("如有异议，请于收到本检察建议书之日起{{异议期限}}内书面提出。");
        section("紧急", () -> body("鉴于上述问题情况紧急，危害有继续扩大的可能，请你单位立即组织排查整治，防止损害扩大。"));
        body("请于收到本检察建议书之日起{{回复期限}}内将整改落实情况书面回复本院。");
        contact();
        letterClosing();
    }

    /** 专项法律监督报告: a GB/T 9704 公文 to the Party committee, the congress or the government, with the annexed table. */
    private void specialReport() {
        paragraph(DOCUMENT_NUMBER, "{{文号}}").setAlignment(ParagraphAlignment.CENTER);
        blank();
        paragraph(TITLE, "{{标题}}");
        blank();
        paragraph(RECIPIENT, "{{主送}}：");
        body("{{问题来源}}{{领域}}领域存在{{问题类型}}问题。为推动问题从根本上得到解决，根据{{法律依据}}的规定，现将有关情况报告如下：");
        paragraph(HEADING_1, "一、基本情况");
        body("{{基本情况}}");
        paragraph(HEADING_1, "二、发现的主要问题");
        body("{{查明事实}}");
        paragraph(HEADING_1, "三、前期监督及整改情况");
        loop("前期建议", "（{{序号}}）{{说明}}");
        paragraph(HEADING_1, "四、原因分析");
        body("{{本院认为}}");
        paragraph(HEADING_1, "五、意见建议");
        recommendations("（{{序号}}）{{内容}}");
        body("特此报告。");
        blank();
        body("附件：检察建议制发及落实情况一览表");
        closing();
        body("（联系人：{{联系人}}，联系电话：{{联系电话}}）");

        paragraph(ANNEX_LABEL, "附件");
        blank();
        paragraph(TITLE, "检察建议制发及落实情况一览表");
        blank();
        table("一览表", ANNEX_TABLE_HEADING, ANNEX_TABLE_TEXT,
                List.of(column("序号", 540, STJc.CENTER), column("文号", 1321, STJc.CENTER), column("层级", 954, STJc.CENTER),
                        column("主送", 954, STJc.CENTER), column("制发日期", 1584, STJc.CENTER),
                        column("回复期限", 1584, STJc.CENTER), column("回复情况", 954, STJc.CENTER),
                        column("整改情况", 954, STJc.CENTER)));
        blank();
        // 版记: 抄送 between a thick line and a thin one, then 印发机关 and 印发日期 above the closing thick line.
        section("有抄送", () -> imprint(THICK, THIN, "抄送：{{抄送}}"));
        imprint(THIN, THICK, "{{印发机关}}", "{{印发日期}}印发");
    }

    /**
     * 工作情况统计, the meeting pack: the title and what it counts, the summary paragraph, the figures and rates tables,
     * then each chart with its caption and the table behind it; the office and the date at the lower right.
     */
    private void statisticsReport() {
        paragraph(TITLE, "{{标题}}");
        paragraph(TITLE_NOTE, "（{{统计范围}}\u3000{{期间}}\u3000统计至{{统计日}}）");
        blank();
        paragraph(HEADING_1, "一、总体情况");
        body("{{综述}}");
        paragraph(HEADING_1, "二、主要指标");
        body("{{#指标表}}");
        blank();
        paragraph(HEADING_1, "三、主要比率");
        body("{{#比率表}}");
        body("比率均注明分母；分母为零时以“—”表示。");
        paragraph(HEADING_1, "四、图表");
        section("图表", () -> {
            paragraph(FIGURE_TITLE, "图{{序号}}\u3000{{图名}}");
            paragraph(FIGURE, "{{@图}}");
            paragraph(FIGURE_NOTE, "{{说明}}");
            body("{{#数据}}");
            blank();
        });
        closing();
    }

    // ---- parts the letters share ----

    /** 院名 and 检察建议书 centred in the title style, the number flush right below them, then the recipient. */
    private void letterHead() {
        paragraph(TITLE, "{{院名}}");
        paragraph(TITLE, "检察建议书");
        paragraph(DOCUMENT_NUMBER, "{{文号}}");
        paragraph(RECIPIENT, "{{主送}}：");
    }

    private void recommendations(String item) {
        loop("建议事项", item);
    }

    private void contact() {
        body("联系人：{{联系人}}\u3000联系电话：{{联系电话}}");
    }

    private void letterClosing() {
        closing();
        blank();
        section("有抄送", () -> imprint(THICK, THICK, "抄送：{{抄送}}"));
    }

    /**
     * Two empty lines for the red seal, which overlaps the issuer's name and the date (GB/T 9704 7.3.5.1). The name
     * is centred over the date on a centre tab; the date ends four characters from the right margin.
     */
    private void closing() {
        blank();
        blank();
        XWPFParagraph issuer = doc.createParagraph();
        issuer.setStyle(ISSUER);
        OfficialTemplateFormat.eastAsian(issuer.createRun()).addTab();
        OfficialTemplateFormat.eastAsian(issuer.createRun()).setText("{{院名}}");
        paragraph(ISSUE_DATE, "{{日期}}");
    }

    // ---- paragraphs ----

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        OfficialTemplateFormat.eastAsian(p.createRun()).setText(text);
        return p;
    }

    /** A paragraph of 正文, the default style, written as one run so that every tag stays whole. */
    private void body(String text) {
        XWPFParagraph p = doc.createParagraph();
        OfficialTemplateFormat.eastAsian(p.createRun()).setText(text);
    }

    private void blank() {
        doc.createParagraph();
    }

    /** {{?name}} and {{/name}}, each alone in its paragraph, around what {@code content} writes. */
    private void section(String name, Runnable content) {
        body("{{?" + name + "}}");
        content.run();
        body("{{/" + name + "}}");
    }

    /** A loop whose one paragraph is repeated per item; only the loop's own fields may appear in it. */
    private void loop(String name, String item) {
        section(name, () -> body(item));
    }

    // ---- tables ----

    private record Column(String field, int width, STJc.Enum alignment) {
    }

    private static Column column(String field, int width, STJc.Enum alignment) {
        return new Column(field, width, alignment);
    }

    /**
     * A table tag's table: the header row (its first cell starting with {{tag}}, repeated on every page) and the
     * row of [字段] cells that is repeated per item. The columns fill the 156 mm text block exactly.
     */
    private void table(String tag, String headingStyle, String textStyle, List<Column> columns) {
        int total = columns.stream().mapToInt(Column::width).sum();
        if (total != TEXT_WIDTH) {
            throw new IllegalStateException(tag + ": columns add up to " + total + " twips, not " + TEXT_WIDTH);
        }
        XWPFTable table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = tableProperties(ct, 57);
        CTTblBorders borders = pr.addNewTblBorders();
        for (CTBorder edge : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV())) {
            line(edge, 4);
        }
        grid(ct, columns.stream().mapToInt(Column::width).toArray());
        XWPFTableRow header = table.getRow(0);
        XWPFTableRow items = table.createRow();
        trPr(header).addNewTblHeader();
        trPr(header).addNewCantSplit();
        trPr(items).addNewCantSplit();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String heading = (i == 0 ? "{{" + tag + "}}" : "") + c.field();
            cell(cell(header, i), c.width(), headingStyle, STJc.CENTER, heading);
            cell(cell(items, i), c.width(), textStyle, c.alignment(), "[" + c.field() + "]");
        }
    }

    private static final int THICK = 8; // 0.35 mm, in eighths of a point: the first and last lines of the 版记
    private static final int THIN = 6;  // 0.25 mm: the lines between

    /**
     * One line of the 版记 as a one-row table as wide as the text block: a line above and below, the text one
     * character (14 pt) in from both ends; with two texts, the second is set flush right in its own cell.
     */
    private void imprint(int above, int below, String... texts) {
        XWPFTable table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = tableProperties(ct, 280);
        CTTblBorders borders = pr.addNewTblBorders();
        line(borders.addNewTop(), above);
        line(borders.addNewBottom(), below);
        for (CTBorder none : List.of(borders.addNewLeft(), borders.addNewRight(), borders.addNewInsideH(),
                borders.addNewInsideV())) {
            none.setVal(STBorder.NIL);
        }
        int[] widths = texts.length == 1 ? new int[] {TEXT_WIDTH} : new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2};
        grid(ct, widths);
        XWPFTableRow row = table.getRow(0);
        trPr(row).addNewCantSplit();
        for (int i = 0; i < texts.length; i++) {
            cell(cell(row, i), widths[i], IMPRINT, i == 0 ? STJc.LEFT : STJc.RIGHT, texts[i]);
        }
    }

    private static CTTblPr tableProperties(CTTbl ct, int cellMargin) {
        ct.setTblPr(CTTblPr.Factory.newInstance());
        CTTblPr pr = ct.getTblPr();
        pr.addNewTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewJc().setVal(STJcTable.CENTER);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar margins = pr.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(cellMargin));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(cellMargin));
        margins.getRight().setType(STTblWidth.DXA);
        return pr;
    }

    private static void line(CTBorder border, int eighthsOfAPoint) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfAPoint));
        border.setSpace(BigInteger.ZERO);
        border.setColor("auto");
    }

    private static void grid(CTTbl ct, int[] widths) {
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static CTTrPr trPr(XWPFTableRow row) {
        return row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
    }

    private static XWPFTableCell cell(XWPFTableRow row, int index) {
        return index < row.getTableCells().size() ? row.getCell(index) : row.addNewTableCell();
    }

    private static void cell(XWPFTableCell cell, int width, String style, STJc.Enum alignment, String text) {
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewTcW().setW(BigInteger.valueOf(width));
        tcPr.getTcW().setType(STTblWidth.DXA);
        tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(style);
        STJc.Enum styleAlignment = style.equals(IMPRINT) ? STJc.LEFT : STJc.CENTER;
        if (alignment != styleAlignment) {
            p.getCTP().getPPr().addNewJc().setVal(alignment);
        }
        OfficialTemplateFormat.eastAsian(p.createRun()).setText(text);
    }
}
