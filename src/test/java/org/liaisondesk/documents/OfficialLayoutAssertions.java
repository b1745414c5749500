package org.liaisondesk.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks that a Word document has the GB/T 9704-2012 layout of DOCUMENTS.md: the page, the body text, the title,
 * the page numbers and the font fallbacks. For the shipped templates rendered with sample data and for every document
 * LiaisonDesk generates. Fonts, sizes, alignment and indents are checked as Word resolves them: the run or paragraph
 * first, then its style and the styles that style is based on, then the document defaults.
 */
public final class OfficialLayoutAssertions {
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String PAGE_NUMBER_FONT = "宋体";
    public static final String LATIN_FONT = "Times New Roman";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int TEXT_WIDTH = 11906 - 1587 - 1474;

    private OfficialLayoutAssertions() {
    }

    /** A4 portrait, margins 37/35/28/26 mm, a grid of 22 lines of 28 characters of 正文. */
    public static void assertOfficialPage(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertNotNull(section, "the document has no section properties");
        CTPageSz size = section.getPgSz();
        assertNotNull(size, "no page size");
        assertEquals(11906, twips(size.getW()), "page width (A4)");
        assertEquals(16838, twips(size.getH()), "page height (A4)");
        assertTrue(size.getOrient() == null || size.getOrient() == STPageOrientation.PORTRAIT, "portrait");
        CTPageMar margins = section.getPgMar();
        assertNotNull(margins, "no page margins");
        assertEquals(2098, twips(margins.getTop()), "top margin (37 mm)");
        assertEquals(1984, twips(margins.getBottom()), "bottom margin (35 mm)");
        assertEquals(1587, twips(margins.getLeft()), "left margin (28 mm)");
        assertEquals(1474, twips(margins.getRight()), "right margin (26 mm)");
        long pageNumberTop = twips(margins.getFooter()) + 280;
        assertTrue(Math.abs(1984 - pageNumberTop - 397) <= 57,
                "the page number's line starts about 7 mm below the text block, was " + (1984 - pageNumberTop) + " twips");

        CTDocGrid grid = section.getDocGrid();
        assertNotNull(grid, "no document grid");
        assertEquals(STDocGrid.LINES_AND_CHARS, grid.getType(), "grid of lines and characters");
        long linePitch = grid.getLinePitch().longValue();
        assertEquals(22, (16838 - 2098 - 1984) / linePitch, "lines per page");
        double bodySize = styleSize(doc, defaultParagraphStyleId(doc));
        long charSpace = grid.getCharSpace() == null ? 0 : grid.getCharSpace().longValue();
        double pitchTwips = (bodySize + charSpace / 4096.0) * 20;
        assertEquals(28, (long) Math.floor(TEXT_WIDTH / pitchTwips), "characters of 正文 per line");
    }

    /**
     * 正文 (the default paragraph style): 仿宋_GB2312 16 pt in the East-Asian slot, Times New Roman for digits,
     * exact line spacing of one grid line, two characters of first-line indent, justified; every run of text in a
     * paragraph of that style is set in it.
     */
    public static void assertBodyText(XWPFDocument doc) {
        String normal = defaultParagraphStyleId(doc);
        assertNotNull(normal, "no default paragraph style");
        List<CTPPrBase> chain = paragraphChain(doc, null, normal);
        assertEquals(STJc.BOTH, first(chain, p -> p.isSetJc() ? p.getJc().getVal() : null), "正文 justified");
        CTSpacing spacing = first(chain, p -> p.isSetSpacing() && p.getSpacing().isSetLine() ? p.getSpacing() : null);
        assertNotNull(spacing, "正文 has no line spacing");
        assertEquals(STLineSpacingRule.EXACT, spacing.getLineRule(), "正文 line spacing is exact");
        assertEquals(579, twips(spacing.getLine()), "正文 line spacing is one grid line (28.95 pt)");
        BigInteger firstLineChars = first(chain, p -> p.isSetInd() && p.getInd().isSetFirstLineChars()
                ? p.getInd().getFirstLineChars() : null);
        Object firstLine = first(chain, p -> p.isSetInd() && p.getInd().isSetFirstLine() ? p.getInd().getFirstLine() : null);
        assertTrue(firstLineChars != null ? firstLineChars.intValue() == 200 : firstLine != null && twips(firstLine) == 640,
                "正文 first line indented by two characters");

        int runs = 0;
        for (XWPFParagraph p : doc.getParagraphs()) {
            String style = p.getStyle() == null ? normal : p.getStyle();
            if (!style.equals(normal)) {
                continue;
            }
            for (XWPFRun r : p.getRuns()) {
                if (r.text().isBlank()) {
                    continue;
                }
                String where = "正文 run \"" + r.text() + "\"";
                assertEquals(BODY_FONT, eastAsiaFont(r), where + ": East-Asian font");
                assertEquals(LATIN_FONT, resolvedFont(r, CTFonts::getAscii), where + ": font of digits");
                assertEquals(16.0, fontSize(r), where + ": size");
                assertFalse(bold(r), where + ": not bold");
                runs++;
            }
        }
        assertTrue(runs > 0, "the document has no 正文 text");
    }

    /** The paragraph reading {@code text}: 方正小标宋简体 22 pt, not bold, centred. */
    public static void assertTitle(XWPFDocument doc, String text) {
        XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph reads " + text));
        assertEquals(STJc.CENTER, alignment(title), text + ": centred");
        assertFalse(title.getRuns().isEmpty(), text + ": no runs");
        for (XWPFRun r : title.getRuns()) {
            assertEquals(TITLE_FONT, eastAsiaFont(r), text + ": title font");
            assertEquals(22.0, fontSize(r), text + ": title size");
            assertFalse(bold(r), text + ": a title is never bold");
        }
    }

    /**
     * Odd and even footers: {@code — PAGE —} in 宋体 14 pt with a real PAGE field, odd pages right-aligned with a
     * right indent, even pages left-aligned with a left indent.
     */
    public static void assertPageNumbers(XWPFDocument doc) {
        assertTrue(doc.getEvenAndOddHeadings(), "settings.xml: evenAndOddHeaders");
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        assertNotNull(policy, "no footers");
        assertPageNumber(doc, policy.getDefaultFooter(), "odd pages", STJc.RIGHT);
        assertPageNumber(doc, policy.getEvenPageFooter(), "even pages", STJc.LEFT);
    }

    private static void assertPageNumber(XWPFDocument doc, XWPFFooter footer, String which, STJc.Enum side) {
        assertNotNull(footer, "no footer for " + which);
        XWPFParagraph number = footer.getParagraphs().stream().filter(OfficialLayoutAssertions::hasPageField)
                .findFirst().orElseThrow(() -> new AssertionError("the footer for " + which + " has no PAGE field"));
        String text = number.getText();
        assertTrue(text.startsWith("\u2014 ") && text.endsWith(" \u2014"), which + ": — number —, was " + text);
        assertEquals(side, alignment(number), which + ": alignment");
        long indent = side == STJc.RIGHT ? indent(doc, number, CTInd::getRightChars, CTInd::getRight)
                : indent(doc, number, CTInd::getLeftChars, CTInd::getLeft);
        assertTrue(indent > 0, which + ": one character in from the margin");
        for (XWPFRun r : number.getRuns()) {
            if (!r.text().isEmpty()) {
                assertEquals(PAGE_NUMBER_FONT, eastAsiaFont(r), which + ": page number font");
                assertEquals(14.0, fontSize(r), which + ": page number size");
            }
        }
    }

    private static boolean hasPageField(XWPFParagraph p) {
        for (CTSimpleField field : p.getCTP().getFldSimpleList()) {
            if (field.getInstr() != null && field.getInstr().strip().startsWith("PAGE")) {
                return true;
            }
        }
        for (CTR r : p.getCTP().getRList()) {
            for (CTText instruction : r.getInstrTextList()) {
                if (instruction.getStringValue().strip().startsWith("PAGE")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * word/fontTable.xml names the substitutes of the fonts users may lack (仿宋_GB2312 → 仿宋, 方正小标宋简体 →
     * 华文中宋, 楷体_GB2312 → 楷体), lists 黑体, 宋体 and Times New Roman, and marks the Chinese fonts GB2312 (charset 86).
     */
    public static void assertFallbackFonts(XWPFDocument doc) {
        Map<String, Element> fonts = fontTable(doc);
        Map<String, String> fallbacks = new LinkedHashMap<>();
        fallbacks.put(BODY_FONT, "仿宋");
        fallbacks.put(TITLE_FONT, "华文中宋");
        fallbacks.put("楷体_GB2312", "楷体");
        fallbacks.forEach((font, altName) -> {
            assertTrue(fonts.containsKey(font), "font table lacks " + font);
            assertEquals(altName, childValue(fonts.get(font), "altName"), font + ": fallback");
        });
        for (String chinese : List.of(BODY_FONT, TITLE_FONT, "楷体_GB2312", "黑体", PAGE_NUMBER_FONT)) {
            assertTrue(fonts.containsKey(chinese), "font table lacks " + chinese);
            assertEquals("86", childValue(fonts.get(chinese), "charset"), chinese + ": GB2312 charset");
        }
        assertTrue(fonts.containsKey(LATIN_FONT), "font table lacks " + LATIN_FONT);
    }

    /** A table as wide as the text block, ruled on every side, whose first row repeats on every page. */
    public static void assertTableFitsTextBlock(XWPFTable table) {
        long width = 0;
        for (CTTblGridCol column : table.getCTTbl().getTblGrid().getGridColList()) {
            width += twips(column.getW());
        }
        assertEquals(TEXT_WIDTH, width, "table columns add up to the 156 mm text block");
        XWPFTableRow header = table.getRow(0);
        assertTrue(header.getCtRow().isSetTrPr() && header.getCtRow().getTrPr().sizeOfTblHeaderArray() > 0
                && POIXMLUnits.parseOnOff(header.getCtRow().getTrPr().getTblHeaderArray(0)), "header row repeats on each page");
        CTTblBorders borders = table.getCTTbl().getTblPr().getTblBorders();
        assertNotNull(borders, "table without borders");
        for (CTBorder edge : List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight(),
                borders.getInsideH(), borders.getInsideV())) {
            assertTrue(edge != null && edge.getVal() == STBorder.SINGLE, "every edge of the table is ruled");
        }
    }

    /** The first table whose header row reads {@code header}, cell by cell. */
    public static Optional<XWPFTable> tableWithHeader(XWPFDocument doc, List<String> header) {
        return doc.getTables().stream().filter(t -> cellTexts(t.getRow(0)).equals(header)).findFirst();
    }

    public static List<String> cellTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    /** Every text of the document in reading order: paragraphs and table cells of the body, then the footers. */
    public static String allText(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                text.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        text.append(cell.getText()).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        doc.getFooterList().forEach(f -> text.append(f.getText()).append('\n'));
        return text.toString();
    }

    /** The East-Asian font Word uses for the run. */
    public static String eastAsiaFont(XWPFRun run) {
        return resolvedFont(run, CTFonts::getEastAsia);
    }

    /** The run's size in points. */
    public static double fontSize(XWPFRun run) {
        Object halfPoints = first(runChain(run), r -> r.sizeOfSzArray() > 0 ? r.getSzArray(0).getVal() : null);
        assertNotNull(halfPoints, "no font size set anywhere for \"" + run.text() + "\"");
        return twips(halfPoints) / 2.0;
    }

    public static boolean bold(XWPFRun run) {
        Boolean bold = first(runChain(run), r -> r.sizeOfBArray() > 0 ? POIXMLUnits.parseOnOff(r.getBArray(0)) : null);
        return Boolean.TRUE.equals(bold);
    }

    /** The paragraph's alignment, from itself, its styles or the document defaults; LEFT when none sets one. */
    public static STJc.Enum alignment(XWPFParagraph p) {
        STJc.Enum jc = first(paragraphChain(p.getDocument(), p.getCTP().getPPr(), styleOf(p)),
                pPr -> pPr.isSetJc() ? pPr.getJc().getVal() : null);
        return jc == null ? STJc.LEFT : jc;
    }

    private static long indent(XWPFDocument doc, XWPFParagraph p, Function<CTInd, BigInteger> chars,
                               Function<CTInd, Object> twips) {
        List<CTPPrBase> chain = paragraphChain(doc, p.getCTP().getPPr(), styleOf(p));
        BigInteger inChars = first(chain, pPr -> pPr.isSetInd() ? chars.apply(pPr.getInd()) : null);
        if (inChars != null) {
            return inChars.longValue();
        }
        Object inTwips = first(chain, pPr -> pPr.isSetInd() ? twips.apply(pPr.getInd()) : null);
        return inTwips == null ? 0 : twips(inTwips);
    }

    private static String resolvedFont(XWPFRun run, Function<CTFonts, String> slot) {
        return first(runChain(run), r -> r.sizeOfRFontsArray() > 0 ? slot.apply(r.getRFontsArray(0)) : null);
    }

    private static double styleSize(XWPFDocument doc, String paragraphStyle) {
        Object halfPoints = first(styleRunChain(doc, paragraphStyle),
                r -> r.sizeOfSzArray() > 0 ? r.getSzArray(0).getVal() : null);
        assertNotNull(halfPoints, "no font size in style " + paragraphStyle);
        return twips(halfPoints) / 2.0;
    }

    /** The run's own properties, its character style, its paragraph's styles, the document defaults. */
    private static List<CTRPr> runChain(XWPFRun run) {
        XWPFParagraph p = (XWPFParagraph) run.getParent();
        XWPFDocument doc = p.getDocument();
        List<CTRPr> chain = new ArrayList<>();
        CTRPr own = run.getCTR().getRPr();
        if (own != null) {
            chain.add(own);
            if (own.sizeOfRStyleArray() > 0) {
                styles(doc, own.getRStyleArray(0).getVal()).stream().filter(CTStyle::isSetRPr)
                        .forEach(s -> chain.add(s.getRPr()));
            }
        }
        chain.addAll(styleRunChain(doc, styleOf(p)));
        return chain;
    }

    private static List<CTRPr> styleRunChain(XWPFDocument doc, String paragraphStyle) {
        List<CTRPr> chain = new ArrayList<>();
        styles(doc, paragraphStyle).stream().filter(CTStyle::isSetRPr).forEach(s -> chain.add(s.getRPr()));
        CTDocDefaults defaults = doc.getStyles().getCtStyles().getDocDefaults();
        if (defaults != null && defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()) {
            chain.add(defaults.getRPrDefault().getRPr());
        }
        return chain;
    }

    private static List<CTPPrBase> paragraphChain(XWPFDocument doc, CTPPrBase own, String style) {
        List<CTPPrBase> chain = new ArrayList<>();
        if (own != null) {
            chain.add(own);
        }
        styles(doc, style).stream().filter(CTStyle::isSetPPr).forEach(s -> chain.add(s.getPPr()));
        CTDocDefaults defaults = doc.getStyles().getCtStyles().getDocDefaults();
        if (defaults != null && defaults.isSetPPrDefault() && defaults.getPPrDefault().isSetPPr()) {
            chain.add(defaults.getPPrDefault().getPPr());
        }
        return chain;
    }

    /** The style and the styles it is based on, nearest first. */
    private static List<CTStyle> styles(XWPFDocument doc, String styleId) {
        List<CTStyle> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String id = styleId;
        while (id != null && seen.add(id)) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style == null) {
                break;
            }
            chain.add(style.getCTStyle());
            id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        return chain;
    }

    private static String styleOf(XWPFParagraph p) {
        return p.getStyle() == null ? defaultParagraphStyleId(p.getDocument()) : p.getStyle();
    }

    private static String defaultParagraphStyleId(XWPFDocument doc) {
        assertNotNull(doc.getStyles(), "the document has no styles");
        for (XWPFStyle s : doc.getStyles().getStyles()) {
            CTStyle ct = s.getCTStyle();
            if (ct.getType() == STStyleType.PARAGRAPH && ct.isSetDefault() && POIXMLUnits.parseOnOff(ct.xgetDefault())) {
                return ct.getStyleId();
            }
        }
        return null;
    }

    private static <S, T> T first(List<S> chain, Function<S, T> value) {
        for (S level : chain) {
            T v = value.apply(level);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A measure as written by Word and POI: a plain number (twips, half-points); units such as "2cm" are not expected. */
    private static long twips(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && s.matches("-?\\d+")) {
            return Long.parseLong(s);
        }
        return fail("unexpected measure " + value);
    }

    private static Map<String, Element> fontTable(XWPFDocument doc) {
        PackagePart document = doc.getPackagePart();
        try {
            List<PackageRelationship> relations = new ArrayList<>();
            document.getRelationshipsByType(XWPFRelation.FONT_TABLE.getRelation()).forEach(relations::add);
            assertEquals(1, relations.size(), "one font table");
            PackagePart part = document.getRelatedPart(relations.get(0));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            try (InputStream in = part.getInputStream()) {
                NodeList list = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(W, "font");
                Map<String, Element> fonts = new LinkedHashMap<>();
                for (int i = 0; i < list.getLength(); i++) {
                    Element font = (Element) list.item(i);
                    fonts.put(font.getAttributeNS(W, "name"), font);
                }
                return fonts;
            }
        } catch (InvalidFormatException | IOException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException e) {
            return fail("cannot read the font table: " + e.getMessage());
        }
    }

    private static String childValue(Element font, String child) {
        NodeList list = font.getElementsByTagNameNS(W, child);
        return list.getLength() == 0 ? null : ((Element) list.item(0)).getAttributeNS(W, "val");
    }
}
