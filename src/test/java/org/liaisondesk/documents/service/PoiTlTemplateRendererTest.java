package org.liaisondesk.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.OfficialLayoutAssertions;
import org.liaisondesk.documents.model.DocumentGrid;
import org.liaisondesk.documents.model.DocumentImage;
import org.liaisondesk.documents.model.UsedTag;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class PoiTlTemplateRendererTest {
    private final PoiTlTemplateRenderer renderer = new PoiTlTemplateRenderer();

    @TempDir
    Path folder;

    private Path template(String... lines) throws IOException {
        Path file = folder.resolve("t.docx");
        DocumentsFixture.writeDocx(file, lines);
        return file;
    }

    @Test
    void scanListsPlainTagsSectionsLoopFieldsAndTableRowFields() throws IOException {
        Path t = template("文号：{{文号}}", "{{?有抄送}}", "抄送：{{抄送}}", "{{/有抄送}}", "{{?建议事项}}", "{{序号}}、{{内容}}",
                "{{/建议事项}}", "|{{案件表}}序号|名称", "|[序号]|[名称]", "{{@图片}}");
        List<String> found = renderer.scan(t, List.of("案件表")).tags().stream()
                .map(u -> u.container() + ">" + u.written()).toList();
        assertEquals(List.of(">{{文号}}", ">{{?有抄送}}", "有抄送>{{抄送}}", ">{{?建议事项}}", "建议事项>{{序号}}",
                "建议事项>{{内容}}", ">{{案件表}}", "案件表>[序号]", "案件表>[名称]", ">{{@图片}}"), found);
        UsedTag first = renderer.scan(t, List.of("案件表")).tags().get(0);
        assertEquals("文号：{{文号}}", first.context());
    }

    @Test
    void renderFillsTextSectionsLoopsAndTableRows() throws IOException {
        Path t = template("文号：{{文号}}", "{{?有抄送}}", "抄送：{{抄送}}", "{{/有抄送}}", "{{?建议事项}}", "{{序号}}、{{内容}}",
                "{{/建议事项}}", "|{{案件表}}序号|名称", "|[序号]|[名称]");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("文号", "崇检建〔2026〕3号");
        data.put("有抄送", false);
        data.put("抄送", "不应出现");
        data.put("建议事项", List.of(Map.of("序号", "一", "内容", "甲"), Map.of("序号", "二", "内容", "乙")));
        data.put("案件表", List.of(Map.of("序号", "1", "名称", "案A"), Map.of("序号", "2", "名称", "案B"), Map.of("序号", "3", "名称", "案C")));
        Path out = folder.resolve("out.docx");
        try (OutputStream o = Files.newOutputStream(out)) {
            renderer.render(t, data, List.of("案件表"), o);
        }
        String text = DocumentsFixture.text(out);
        assertTrue(text.contains("文号：崇检建〔2026〕3号"), text);
        assertFalse(text.contains("不应出现"), text);
        assertTrue(text.contains("一、甲\n二、乙"), text);
        assertTrue(text.contains("1\n案A\n2\n案B\n3\n案C"), text);
        assertFalse(text.contains("{{") || text.contains("[序号]"), text);
    }

    @Test
    void picturesAndWholeTablesFillTheirTagsAtTheTopAndOncePerLoopItem() throws IOException {
        Path t = template("开头", "{{@图}}", "{{#表}}", "{{?图表}}", "图{{序号}}", "{{@图}}", "{{#数据}}", "{{/图表}}", "结尾");
        List<DocumentImage> images = List.of(image(Color.RED), image(Color.GREEN), image(Color.BLUE), image(Color.GRAY));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("图", images.get(0));
        data.put("表", DocumentGrid.of(List.of("指标", "本期"), List.of(List.of("受理线索", "12"), List.of("研判线索", "9"))));
        List<Map<String, Object>> charts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            charts.add(Map.of("序号", String.valueOf(i), "图", images.get(i),
                    "数据", DocumentGrid.of(List.of("月份", "件数"), List.of(List.of(i + "月", String.valueOf(10 * i))))));
        }
        data.put("图表", charts);
        try (XWPFDocument doc = render(t, data)) {
            assertEquals(4, doc.getAllPictures().size(), "one picture per image");
            List<String> order = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    order.add("表:" + String.join("/", OfficialLayoutAssertions.cellTexts(table.getRow(1))));
                } else if (element instanceof XWPFParagraph p) {
                    for (XWPFRun run : p.getRuns()) {
                        for (XWPFPicture picture : run.getEmbeddedPictures()) {
                            order.add("图:" + images.indexOf(imageOf(picture)));
                        }
                    }
                    if (!p.getText().isBlank()) {
                        order.add(p.getText());
                    }
                }
            }
            assertEquals(List.of("开头", "图:0", "表:受理线索/12", "图1", "图:1", "表:1月/10", "图2", "图:2", "表:2月/20",
                    "图3", "图:3", "表:3月/30", "结尾"), order);
            assertFalse(DocumentsFixture.text(out).contains("{{"), "a tag is left");
        }
    }

    @ParameterizedTest(name = "{0} × {1} mm")
    @CsvSource({"150, 95", "80, 40.5"})
    void aPictureIsPrintedAtItsSizeInMillimetres(double width, double height) throws IOException {
        Path t = template("{{@图}}");
        try (XWPFDocument doc = render(t, Map.of("图", new DocumentImage(image(Color.RED).png(), width, height)))) {
            XWPFPicture picture = doc.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().get(0);
            assertEquals(width, picture.getWidth() * 25.4 / 72, 0.3, "width in mm");
            assertEquals(height, picture.getDepth() * 25.4 / 72, 0.3, "height in mm");
        }
    }

    @Test
    void aWholeTableFillsTheTextWidthWithItsHeaderRepeatedAndGroupsMerged() throws IOException {
        Path t = template("{{#指标表}}");
        DocumentGrid grid = new DocumentGrid(List.of("分组", "指标", "本期", "环比"),
                List.of(List.of("线索", "受理线索", "12", "+20%"), List.of("", "研判线索", "9", "—"),
                        List.of("案件", "受理案件", "3", "0%")), List.of(20.0, 60.0, 40.0, 36.0), true);
        try (XWPFDocument doc = render(t, Map.of("指标表", grid))) {
            assertEquals(1, doc.getTables().size());
            XWPFTable table = doc.getTables().get(0);
            OfficialLayoutAssertions.assertTableFitsTextBlock(table);
            assertEquals(List.of(1134, 3402, 2268, 2041), table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).intValue()).toList(), "columns in proportion, in twips");
            assertEquals(List.of("分组", "指标", "本期", "环比"), OfficialLayoutAssertions.cellTexts(table.getRow(0)));
            assertEquals(List.of("线索", "受理线索", "12", "+20%"), OfficialLayoutAssertions.cellTexts(table.getRow(1)));
            assertEquals(List.of("", "研判线索", "9", "—"), OfficialLayoutAssertions.cellTexts(table.getRow(2)));
            assertEquals(STMerge.RESTART, table.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal(),
                    "线索 starts a merged group");
            assertEquals(STMerge.CONTINUE, table.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal(),
                    "the empty cell below continues it");
            assertFalse(table.getRow(3).getCell(0).getCTTc().getTcPr().isSetVMerge(), "a group of one is not merged");

            XWPFRun heading = table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertEquals("黑体", heading.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertTrue(heading.isBold());
            XWPFParagraph figure = table.getRow(1).getCell(2).getParagraphs().get(0);
            XWPFRun number = figure.getRuns().get(0);
            assertEquals("仿宋_GB2312", number.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals("Times New Roman", number.getFontFamily(XWPFRun.FontCharRange.ascii));
            assertEquals(null, number.getCTR().getRPr().getRFontsArray(0).getHint(), "digits keep their Latin font");
            XWPFRun dash = table.getRow(2).getCell(3).getParagraphs().get(0).getRuns().get(0);
            assertEquals("—", dash.text());
            assertEquals(STHint.EAST_ASIA, dash.getCTR().getRPr().getRFontsArray(0).getHint(), "— in the Chinese font");
            assertEquals(12.0, number.getFontSizeAsDouble());
            assertEquals(ParagraphAlignment.CENTER, figure.getAlignment(), "numbers are centred");
            assertEquals(ParagraphAlignment.LEFT, table.getRow(1).getCell(1).getParagraphs().get(0).getAlignment(),
                    "text is flush left");
            assertEquals(0, figure.getCTPPr().getInd().getFirstLine() instanceof java.math.BigInteger b ? b.intValue() : -1,
                    "no first-line indent of 正文 in a cell");
        }
    }

    private static DocumentImage image(Color color) {
        BufferedImage picture = new BufferedImage(30, 19, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 30, 19);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new DocumentImage(png.toByteArray(), 150, 95);
    }

    private static DocumentImage imageOf(XWPFPicture picture) {
        return new DocumentImage(picture.getPictureData().getData(), 150, 95);
    }

    private Path out;

    private XWPFDocument render(Path template, Map<String, Object> data) throws IOException {
        out = folder.resolve("out.docx");
        try (OutputStream o = Files.newOutputStream(out)) {
            renderer.render(template, data, List.of(), o);
        }
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void unpairedSectionsAndNonWordFilesAreRefusedByName() throws IOException {
        Path unpaired = template("{{?有抄送}}", "抄送：{{抄送}}");
        UserFacingException e = assertThrows(UserFacingException.class, () -> renderer.scan(unpaired, List.of()));
        assertTrue(e.localizedMessage().contains("t.docx"), e.localizedMessage());
        Path text = Files.writeString(folder.resolve("假的.docx"), "not a zip");
        e = assertThrows(UserFacingException.class, () -> renderer.scan(text, List.of()));
        assertEquals("documents.template.unreadable", e.messageKey());
        assertTrue(e.localizedMessage().contains("假的.docx"), e.localizedMessage());
        e = assertThrows(UserFacingException.class, () -> renderer.scan(folder.resolve("没有.docx"), List.of()));
        assertEquals("documents.template.missing", e.messageKey());
    }
}
