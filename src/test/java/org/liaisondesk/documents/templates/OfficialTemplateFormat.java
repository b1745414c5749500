package org.liaisondesk.documents.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The GB/T 9704-2012 page every shipped template shares: A4 with the standard's margins and 22 × 28 grid, the styles
 * office staff see in Word (正文, 标题, 标题 1–4 and a few named paragraph styles), odd/even page-number footers, and
 * the font table naming the fallbacks of the Chinese fonts. All lengths are twips (1/20 pt; 1 mm = 56.7 twips).
 */
final class OfficialTemplateFormat {
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 2098;     // 37 mm
    static final int MARGIN_BOTTOM = 1984;  // 35 mm
    static final int MARGIN_LEFT = 1587;    // 28 mm, the binding side
    static final int MARGIN_RIGHT = 1474;   // 26 mm
    /** 156 mm. */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int HEADER_DISTANCE = 851; // 15 mm; the templates have no header text
    /** Height of the page-number line: 宋体 14 pt at single spacing. */
    static final int PAGE_NUMBER_LINE = 280;
    /**
     * Footer distance from the paper's edge to the bottom of the page-number line, chosen so that the line's top sits
     * 7 mm (397 twips) below the text block, as GB/T 9704 7.5 asks: 1984 − 397 − 280 = 1307 (23 mm).
     */
    static final int FOOTER_DISTANCE = MARGIN_BOTTOM - 397 - PAGE_NUMBER_LINE;
    /** 22 lines in the 225 mm text block: 12756 / 22 = 579.8, rounded down so that the 22nd line still fits. */
    static final int LINE_PITCH = 579;
    /**
     * 28 characters of 16 pt in 156 mm: the pitch is 8845 / 28 = 315.9 twips = 15.795 pt, 0.2054 pt less than the
     * 16 pt of 正文. Word stores that difference in 1/4096 pt: −0.2054 × 4096 = −841.1, rounded away from zero to −842
     * so that 28 × (16 − 842/4096) pt = 8844.8 twips stays inside the line.
     */
    static final int CHAR_SPACE = -842;
    /** One character of 正文 (16 pt), the unit of indents written in twips beside their character count. */
    static final int CHAR = 320;
    /** One character on the grid: 8845 / 28. */
    static final int GRID_CHAR = TEXT_WIDTH / 28;

    static final String BODY_FONT = "仿宋_GB2312";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_1_FONT = "黑体";
    static final String HEADING_2_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    // Style ids. Built-in styles keep Word's English names, which Word and WPS show in the user's language (正文, 标题, 标题 1, 页脚).
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String FOOTER = "Footer";
    static final String DOCUMENT_NUMBER = "DocumentNumber";
    static final String RECIPIENT = "Recipient";
    static final String ISSUER = "Issuer";
    static final String ISSUE_DATE = "IssueDate";
    static final String IMPRINT = "Imprint";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String ANNEX_TABLE_TEXT = "AnnexTableText";
    static final String ANNEX_TABLE_HEADING = "AnnexTableHeading";
    static final String ANNEX_LABEL = "AnnexLabel";
    static final String TITLE_NOTE = "TitleNote";
    static final String FIGURE_TITLE = "FigureTitle";
    static final String FIGURE = "Figure";
    static final String FIGURE_NOTE = "FigureNote";

    /**
     * Where the issuer's name is centred: over the middle of a date such as 2026年11月23日 (about seven characters:
     * four digits are two) that ends four characters from the right margin, as GB/T 9704 7.3.5.1 sets a sealed
     * document's closing.
     */
    static final int ISSUER_CENTRE = TEXT_WIDTH - 4 * GRID_CHAR - 7 * GRID_CHAR / 2;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private OfficialTemplateFormat() {
    }

    /** An empty document with the page, the styles and the page-number footers. */
    static XWPFDocument newDocument(String title) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("LiaisonDesk");
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(stylesXml()).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml of the templates is not valid XML", e);
        }
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
        page(doc.getDocument().getBody().getSectPr());
        return doc;
    }

    /**
     * Writes the document, then puts in the two parts POI does not model: settings.xml (odd and even footers, Word
     * 2013+ layout, Chinese punctuation) and fontTable.xml (the fallbacks of the Chinese fonts).
     */
    static void write(XWPFDocument doc, Path file) throws IOException {
        ByteArrayOutputStream built = new ByteArrayOutputStream();
        doc.write(built);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(built.toByteArray()))) {
            PackagePart document = pkg.getPartsByContentType(XWPFRelation.DOCUMENT.getContentType()).get(0);
            PackagePart settings = pkg.getPart(PackagingURIHelper.createPartName("/word/settings.xml"));
            replace(settings, settingsXml());
            PackagePartName fontTableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart fontTable = pkg.createPart(fontTableName, XWPFRelation.FONT_TABLE.getContentType());
            replace(fontTable, fontTableXml());
            document.addRelationship(fontTableName, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                pkg.save(out);
            }
        } catch (InvalidFormatException e) {
            throw new IOException("POI wrote a package it cannot reopen: " + e.getMessage(), e);
        }
    }

    private static void replace(PackagePart part, String xml) throws IOException {
        try (OutputStream out = part.getOutputStream()) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void page(CTSectPr section) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        (section.isSetCols() ? section.getCols() : section.addNewCols()).setSpace(BigInteger.valueOf(425));
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    /** {@code — PAGE —}: odd pages (the default footer) at the right, even pages at the left, one character in. */
    private static void pageNumber(XWPFFooter footer, boolean oddPages) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(FOOTER);
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTInd ind = pPr.addNewInd();
        if (oddPages) {
            ind.setRightChars(BigInteger.valueOf(100));
            ind.setRight(BigInteger.valueOf(PAGE_NUMBER_LINE));
            pPr.addNewJc().setVal(STJc.RIGHT);
        } else {
            ind.setLeftChars(BigInteger.valueOf(100));
            ind.setLeft(BigInteger.valueOf(PAGE_NUMBER_LINE));
            pPr.addNewJc().setVal(STJc.LEFT);
        }
        eastAsian(p.createRun()).setText("\u2014 ");
        eastAsian(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = eastAsian(p.createRun()).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        eastAsian(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        eastAsian(p.createRun()).setText("1");
        eastAsian(p.createRun()).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        eastAsian(p.createRun()).setText(" \u2014");
    }

    /**
     * Marks a run's ambiguous characters (“”、……、—, spaces) as East-Asian so that Word sets them in the Chinese font
     * of the style instead of its Latin font.
     */
    static XWPFRun eastAsian(XWPFRun run) {
        CTR r = run.getCTR();
        (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewRFonts().setHint(STHint.EAST_ASIA);
        return run;
    }

    private static String fonts(String eastAsia) {
        return "<w:rFonts w:ascii=\"" + LATIN_FONT + "\" w:hAnsi=\"" + LATIN_FONT + "\" w:eastAsia=\"" + eastAsia
                + "\" w:cs=\"" + LATIN_FONT + "\" w:hint=\"eastAsia\"/>";
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    private static final String NOT_BOLD = "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>";
    private static final String NO_FIRST_LINE_INDENT = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    private static final String OFF_THE_GRID = "<w:snapToGrid w:val=\"0\"/>";

    private static String exactLines(int twips) {
        return "<w:spacing w:line=\"" + twips + "\" w:lineRule=\"exact\"/>";
    }

    /** A paragraph style; {@code pPr} and {@code rPr} are the elements' contents in schema order. */
    private static String paragraphStyle(String id, String name, String basedOn, String next, String extra,
                                         String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\"" + (isBuiltIn(id) ? "" : " w:customStyle=\"1\"") + " w:styleId=\"" + id
                + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (next == null ? "" : "<w:next w:val=\"" + next + "\"/>")
                + extra
                + "<w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    private static boolean isBuiltIn(String id) {
        return id.equals("Normal") || id.equals(TITLE) || id.startsWith("Heading") || id.equals(FOOTER);
    }

    private static String heading(int level, String font) {
        return paragraphStyle("Heading" + level, "heading " + level, "Normal", "Normal",
                "<w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/>",
                "<w:keepNext/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                fonts(font) + NOT_BOLD + size(32));
    }

    static String stylesXml() {
        String body = fonts(BODY_FONT) + size(32);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:styles xmlns:w=\"").append(W).append("\">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(BODY_FONT))
                .append("<w:kern w:val=\"2\"/>").append(size(32))
                .append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault>")
                .append("</w:docDefaults>");
        // 正文: the body text of the standard; every other paragraph style derives from it.
        xml.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>")
                .append("<w:pPr><w:widowControl w:val=\"0\"/>").append(exactLines(LINE_PITCH))
                .append("<w:ind w:firstLineChars=\"200\" w:firstLine=\"").append(2 * CHAR).append("\"/>")
                .append("<w:jc w:val=\"both\"/></w:pPr><w:rPr>").append(body).append("</w:rPr></w:style>");
        xml.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
        xml.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        // 标题: 方正小标宋简体 22 pt, centred, never bold; off the character grid so that its wider characters are not spread out.
        xml.append(paragraphStyle(TITLE, "Title", "Normal", "Normal", "<w:uiPriority w:val=\"10\"/>",
                OFF_THE_GRID + exactLines(LINE_PITCH) + NO_FIRST_LINE_INDENT + "<w:jc w:val=\"center\"/>",
                fonts(TITLE_FONT) + NOT_BOLD + size(44)));
        xml.append(heading(1, HEADING_1_FONT));
        xml.append(heading(2, HEADING_2_FONT));
        xml.append(heading(3, BODY_FONT));
        xml.append(heading(4, BODY_FONT));
        xml.append(paragraphStyle(FOOTER, "footer", "Normal", null, "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
                OFF_THE_GRID + "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>" + NO_FIRST_LINE_INDENT
                        + "<w:jc w:val=\"left\"/>",
                "<w:rFonts w:ascii=\"" + PAGE_NUMBER_FONT + "\" w:hAnsi=\"" + PAGE_NUMBER_FONT + "\" w:eastAsia=\""
                        + PAGE_NUMBER_FONT + "\" w:hint=\"eastAsia\"/>" + size(28)));
        xml.append(paragraphStyle(DOCUMENT_NUMBER, "发文字号", "Normal", RECIPIENT, "",
                NO_FIRST_LINE_INDENT + "<w:jc w:val=\"right\"/>", body));
        xml.append(paragraphStyle(RECIPIENT, "主送机关", "Normal", "Normal", "",
                NO_FIRST_LINE_INDENT + "<w:jc w:val=\"both\"/>", body));
        xml.append(paragraphStyle(ISSUER, "发文机关署名", "Normal", ISSUE_DATE, "",
                "<w:tabs><w:tab w:val=\"center\" w:pos=\"" + ISSUER_CENTRE + "\"/></w:tabs>" + NO_FIRST_LINE_INDENT
                        + "<w:jc w:val=\"left\"/>", body));
        xml.append(paragraphStyle(ISSUE_DATE, "成文日期", "Normal", "Normal", "",
                "<w:ind w:rightChars=\"400\" w:right=\"" + 4 * CHAR + "\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
                        + "<w:jc w:val=\"right\"/>", body));
        // 版记 (抄送, 印发): 仿宋 14 pt; wrapped lines of 抄送 line up after "抄送：" (three characters of 14 pt). Not based
        // on 正文, whose first-line indent in characters would override the hanging indent.
        xml.append(paragraphStyle(IMPRINT, "版记", null, null, "",
                OFF_THE_GRID + exactLines(LINE_PITCH) + "<w:ind w:left=\"840\" w:hanging=\"840\"/>"
                        + "<w:jc w:val=\"left\"/>", fonts(BODY_FONT) + size(28)));
        // Table text: no extra space between Chinese and digits, so that dates such as 2025年12月31日 keep to one line.
        xml.append(paragraphStyle(TABLE_TEXT, "表格文字", "Normal", null, "",
                "<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>" + OFF_THE_GRID + exactLines(360) + NO_FIRST_LINE_INDENT + "<w:jc w:val=\"center\"/>",
                fonts(BODY_FONT) + size(24)));
        xml.append(paragraphStyle(TABLE_HEADING, "表格表头", TABLE_TEXT, null, "", "<w:keepNext/>",
                fonts(HEADING_1_FONT) + NOT_BOLD));
        xml.append(paragraphStyle(ANNEX_TABLE_TEXT, "附表文字", TABLE_TEXT, null, "", exactLines(300),
                fonts(BODY_FONT) + size(21)));
        xml.append(paragraphStyle(ANNEX_TABLE_HEADING, "附表表头", ANNEX_TABLE_TEXT, null, "", "<w:keepNext/>",
                fonts(HEADING_1_FONT) + NOT_BOLD));
        // "附件" on the annex's first line, flush left in 黑体; an annex always starts a new page (GB/T 9704 8).
        xml.append(paragraphStyle(ANNEX_LABEL, "附件标识", "Normal", "Normal", "",
                "<w:pageBreakBefore/>" + NO_FIRST_LINE_INDENT, fonts(HEADING_1_FONT)));
        // The statistics report: the line under the title saying what is counted, in 楷体 14 pt so that it fits one line;
        // like the title, off the grid, which would spread its characters.
        xml.append(paragraphStyle(TITLE_NOTE, "标题说明", "Normal", "Normal", "",
                OFF_THE_GRID + NO_FIRST_LINE_INDENT + "<w:jc w:val=\"center\"/>", fonts(HEADING_2_FONT) + size(28)));
        // A chart: its title, the picture and the caption under it stay on one page, and the caption with the table after it.
        xml.append(paragraphStyle(FIGURE_TITLE, "图题", "Normal", FIGURE, "",
                "<w:keepNext/>" + OFF_THE_GRID + NO_FIRST_LINE_INDENT + "<w:jc w:val=\"center\"/>", fonts(HEADING_1_FONT)));
        // The picture's line grows with it: an exact line height would cut the picture to one line.
        xml.append(paragraphStyle(FIGURE, "图片", "Normal", FIGURE_NOTE, "",
                "<w:keepNext/>" + OFF_THE_GRID + "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
                        + NO_FIRST_LINE_INDENT + "<w:jc w:val=\"center\"/>", ""));
        xml.append(paragraphStyle(FIGURE_NOTE, "图注", "Normal", "Normal", "",
                "<w:keepNext/>" + OFF_THE_GRID + "<w:spacing w:after=\"120\" w:line=\"400\" w:lineRule=\"exact\"/>"
                        + NO_FIRST_LINE_INDENT + "<w:jc w:val=\"both\"/>",
                fonts(HEADING_2_FONT) + size(28)));
        return xml.append("</w:styles>").toString();
    }

    /** Word 2013+ layout (no compatibility mode), odd and even footers, Chinese as the East-Asian language. */
    static String settingsXml() {
        String word = "http://schemas.microsoft.com/office/word";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:settings xmlns:w=\"" + W + "\">"
                + "<w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"420\"/>"
                + "<w:evenAndOddHeaders/>"
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:compat><w:useFELayout/>"
                + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"" + word + "\" w:val=\"15\"/>"
                + "<w:compatSetting w:name=\"overrideTableStyleFontSizeAndJustification\" w:uri=\"" + word + "\" w:val=\"1\"/>"
                + "<w:compatSetting w:name=\"enableOpenTypeFeatures\" w:uri=\"" + word + "\" w:val=\"1\"/>"
                + "<w:compatSetting w:name=\"doNotFlipMirrorIndents\" w:uri=\"" + word + "\" w:val=\"1\"/>"
                + "</w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
                + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
                + "</w:settings>";
    }

    /**
     * The fonts the styles name, with the substitutes Word and WPS use where a font is missing: the _GB2312 fonts and
     * 方正小标宋简体 are not installed with Windows, their altName is. Charset 86 (hex; 134) is GB2312.
     */
    static String fontTableXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"" + W + "\">"
                + font(LATIN_FONT, null, "02020603050405020304", "00", "roman", "variable")
                + font(BODY_FONT, "仿宋", "02010609030101010101", "86", "modern", "fixed")
                + font(TITLE_FONT, "华文中宋", null, "86", "auto", "variable")
                + font(HEADING_2_FONT, "楷体", "02010609030101010101", "86", "modern", "fixed")
                + font(HEADING_1_FONT, "SimHei", "02010609060101010101", "86", "modern", "fixed")
                + font(PAGE_NUMBER_FONT, "SimSun", "02010600030101010101", "86", "auto", "variable")
                + "</w:fonts>";
    }

    private static String font(String name, String altName, String panose, String charset, String family,
                               String pitch) {
        return "<w:font w:name=\"" + name + "\">"
                + (altName == null ? "" : "<w:altName w:val=\"" + altName + "\"/>")
                + (panose == null ? "" : "<w:panose1 w:val=\"" + panose + "\"/>")
                + "<w:charset w:val=\"" + charset + "\"/><w:family w:val=\"" + family + "\"/>"
                + "<w:pitch w:val=\"" + pitch + "\"/></w:font>";
    }
}
