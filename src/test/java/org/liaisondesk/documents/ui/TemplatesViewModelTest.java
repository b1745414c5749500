package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.ui.TemplatesViewModel.TemplateItem;
import org.liaisondesk.testsupport.RecordingDialogs;

/** 文书模板 over a real templates folder and the shipped templates; no JavaFX toolkit. */
class TemplatesViewModelTest {
    @TempDir
    Path temp;
    DocumentsFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    RecordingLauncher launcher = new RecordingLauncher();
    TemplatesViewModel model;

    @BeforeEach
    void setUp() throws IOException {
        f = new DocumentsFixture(temp);
        model = new TemplatesViewModel(f.templates, new DirectBackgroundExecutor(), dialogs, launcher);
        model.show();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<String> syntaxes() {
        return model.tagRows().stream().map(TagRow::syntax).toList();
    }

    private void select(DocumentKind kind) {
        model.selectedKindProperty().set(kind);
    }

    @Test
    void listsTheFiveTemplatesAsShippedWithTheFirstSelected() {
        assertEquals(List.of("个案检察建议书", "诉前检察建议书", "类案检察建议书", "专项法律监督报告", "工作情况统计"),
                model.items().stream().map(TemplateItem::kindName).toList());
        assertEquals(List.of("个案检察建议书.docx", "诉前检察建议书.docx", "类案检察建议书.docx", "专项法律监督报告.docx",
                        "工作情况统计.docx"), model.items().stream().map(TemplateItem::fileName).toList());
        assertTrue(model.items().stream().allMatch(i -> i.status().equals("与原版相同")));
        assertEquals(DocumentKind.INDIVIDUAL_LETTER, model.selectedProperty().get().kind());
        assertTrue(Files.exists(f.store.path(DocumentKind.SPECIAL_REPORT)), "the shipped templates were copied");
    }

    @Test
    void theTagListShowsTheSelectedDocumentsTagsWithLoopFieldsUnderTheirLoop() {
        List<String> letter = syntaxes();
        assertEquals("{{院名}}", letter.get(0));
        int items = letter.indexOf("{{?建议事项}}…{{/建议事项}}");
        assertTrue(items >= 0, letter.toString());
        assertEquals(List.of("{{序号}}", "{{内容}}"), letter.subList(items + 1, items + 3));
        TagRow field = model.tagRows().get(items + 1);
        assertTrue(field.field());
        assertEquals("字段", field.type());
        assertEquals("一", field.example());
        assertTrue(letter.contains("{{异议期限}}"));
        assertFalse(letter.contains("{{印发机关}}"), "a report's tag is not offered for a letter");

        select(DocumentKind.SPECIAL_REPORT);
        assertTrue(syntaxes().contains("{{印发机关}}"));
        assertFalse(syntaxes().contains("{{异议期限}}"));
    }

    @Test
    void theStatisticsReportIsListedCheckedSampledAndRestoredLikeTheLetters() throws IOException {
        select(DocumentKind.STATISTICS_REPORT);
        List<String> tags = syntaxes();
        int charts = tags.indexOf("{{?图表}}…{{/图表}}");
        assertTrue(charts >= 0, tags.toString());
        assertEquals(List.of("{{序号}}", "{{图名}}", "{{@图}}", "{{说明}}", "{{#数据}}"), tags.subList(charts + 1, charts + 6),
                "the picture and the table are offered as they are typed");
        assertEquals("整表", model.tagRows().get(tags.indexOf("{{#指标表}}")).type());
        assertFalse(tags.contains("{{文号}}"), "a recommendation's tag is not offered for the report");

        model.check();
        assertTrue(model.checkOkProperty().get(), model.checkLines().toString());
        assertEquals("检查结果：工作情况统计.docx（作为工作情况统计的模板）", model.checkTitleProperty().get());

        model.renderSample();
        Path sample = launcher.opened.get(0);
        assertEquals("样例_工作情况统计.docx", sample.getFileName().toString());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(sample))) {
            assertEquals(4, doc.getTables().size(), "指标表, 比率表 and one table per example chart");
            assertEquals(2, doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToInt(r -> r.getEmbeddedPictures().size()).sum(), "one sample chart per example chart");
        }

        Path template = f.store.path(DocumentKind.STATISTICS_REPORT);
        DocumentsFixture.writeDocx(template, "{{标题}}", "{{文号}}");
        model.show();
        model.check();
        assertEquals(List.of("标签 {{文号}} 不用于这种文书（位于“{{文号}}”）"), model.checkLines());
        dialogs.confirmAnswer = true;
        model.restoreShipped();
        assertArrayEquals(f.store.shipped(DocumentKind.STATISTICS_REPORT), Files.readAllBytes(template));
    }

    @ParameterizedTest(name = "\"{1}\" in {0} → {2}")
    @CsvSource(delimiter = ';', value = {
            "INDIVIDUAL_LETTER; 抄送; {{?有抄送}}…{{/有抄送}} {{抄送}}",
            "INDIVIDUAL_LETTER; {{?有抄送}}; {{?有抄送}}…{{/有抄送}}",
            "INDIVIDUAL_LETTER; 0591-87654321; {{联系电话}}",
            "CLASS_LETTER; 原建议文号; {{案件表}} [原建议文号]",
            "CLASS_LETTER; [地点]; {{案件表}} [地点]",
            "CLASS_LETTER; 条件区块; {{?有抄送}}…{{/有抄送}} {{?紧急}}…{{/紧急}} {{?有前期建议}}…{{/有前期建议}}",
            "INDIVIDUAL_LETTER; 没有这种标签; ''"})
    void theSearchKeepsMatchingTagsAndFields(DocumentKind kind, String query, String expected) {
        select(kind);
        model.tagSearchProperty().set(query);
        assertEquals(expected, String.join(" ", syntaxes()));
    }

    @Test
    void aMatchingLoopShowsAllItsFields() {
        select(DocumentKind.CLASS_LETTER);
        model.tagSearchProperty().set("类案所涉案件");
        assertEquals(List.of("{{案件表}}", "[序号]", "[名称]", "[地点]", "[问题]", "[日期]", "[原建议文号]", "[状态]"), syntaxes());
        assertEquals("表格行", model.tagRows().get(0).type());
    }

    @Test
    void copyingHandsTheTagAsTypedInWordToTheClipboard() {
        select(DocumentKind.CLASS_LETTER);
        model.tagSearchProperty().set("原建议文号");
        List<String> clipboard = new ArrayList<>();
        model.copy(model.tagRows().get(1), clipboard::add);
        model.copy(model.tagRows().get(0), clipboard::add);
        assertEquals(List.of("[原建议文号]", "{{案件表}}"), clipboard);
        assertEquals("已复制 {{案件表}}，可在 Word 中粘贴。", dialogs.notices.get(1));
    }

    @Test
    void checkingAShippedTemplateSaysItHasNoProblems() {
        select(DocumentKind.CLASS_LETTER);
        model.check();
        assertTrue(model.hasCheckProperty().get());
        assertTrue(model.checkOkProperty().get());
        assertEquals("检查结果：类案检察建议书.docx（作为类案检察建议书的模板）", model.checkTitleProperty().get());
        assertTrue(model.checkSummaryProperty().get().startsWith("模板没有问题："), model.checkSummaryProperty().get());
        assertEquals(List.of(), model.checkLines());
        assertTrue(model.usedTagsProperty().get().contains("{{文号}}"), model.usedTagsProperty().get());
        assertTrue(model.usedTagsProperty().get().contains("案件表·[原建议文号]"), model.usedTagsProperty().get());
    }

    @Test
    void anEditedTemplateIsMarkedAndItsMistakesComeWithWhatWasMeant() throws IOException {
        DocumentsFixture.writeDocx(f.store.path(DocumentKind.INDIVIDUAL_LETTER), "{{院名}}", "检察建议书", "{{闻号}}",
                "{{主送}}：", "{{?有抄送}}", "抄送：{{抄送}}", "{{/有抄送}}");
        model.show();
        assertEquals("已修改", model.items().get(0).status());
        assertEquals("与原版相同", model.items().get(1).status());

        model.check();

        assertFalse(model.checkOkProperty().get());
        assertEquals("模板使用了 5 个标签，发现 1 处问题，请在 Word 中改正后再生成文书：", model.checkSummaryProperty().get());
        assertEquals(List.of("未知标签 {{闻号}}（位于“{{闻号}}”），是否想用 {{文号}} 或 {{主送}} 或 {{抄送}}？"), model.checkLines());
    }

    @Test
    void anotherFileIsCheckedAsTheDocumentItsNameSays() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("草稿"));
        Path report = elsewhere.resolve("专项法律监督报告.docx");
        DocumentsFixture.writeDocx(report, "{{标题}}", "{{异议期限}}", "{{印发机关}}");
        model.checkFile(report);
        assertEquals("检查结果：专项法律监督报告.docx（作为专项法律监督报告的模板）", model.checkTitleProperty().get());
        assertEquals(List.of("标签 {{异议期限}} 不用于这种文书（位于“{{异议期限}}”）"), model.checkLines());

        Path unnamed = elsewhere.resolve("我的模板.docx");
        DocumentsFixture.writeDocx(unnamed, "{{标题}}");
        model.checkFile(unnamed);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("无法从文件名“我的模板.docx”判断这是哪种文书的模板。"), dialogs.errors.get(0));
        assertEquals("检查结果：专项法律监督报告.docx（作为专项法律监督报告的模板）", model.checkTitleProperty().get(),
                "the last result stays");
    }

    @Test
    void theSampleIsRenderedFromTheFileCheckedAndOpened() throws IOException {
        select(DocumentKind.PRE_SUIT_LETTER);
        model.check();
        model.renderSample();
        assertEquals(1, launcher.opened.size());
        Path sample = launcher.opened.get(0);
        assertEquals(f.store.folder().resolveSibling("templates-samples").resolve("样例_诉前检察建议书.docx"), sample);
        assertTrue(DocumentsFixture.text(sample).contains("崇检社建〔2026〕3号"), "filled with the example values");
        assertEquals(List.of("已生成样例：样例_诉前检察建议书.docx"), dialogs.notices);
    }

    @Test
    void restoringAsksFirstAndKeepsTheEditedFileAsBak() throws IOException {
        Path letter = f.store.path(DocumentKind.INDIVIDUAL_LETTER);
        DocumentsFixture.writeDocx(letter, "{{院名}}", "本院自己改过的模板");
        byte[] edited = Files.readAllBytes(letter);
        model.show();
        model.check();

        dialogs.confirmAnswer = false;
        model.restoreShipped();
        assertArrayEquals(edited, Files.readAllBytes(letter), "not confirmed: nothing changes");
        assertEquals("已修改", model.selectedProperty().get().status());

        dialogs.confirmAnswer = true;
        model.restoreShipped();
        assertArrayEquals(edited, Files.readAllBytes(letter.resolveSibling("个案检察建议书.docx.bak")));
        assertEquals("与原版相同", model.selectedProperty().get().status());
        assertEquals(List.of("已恢复原版模板“个案检察建议书.docx”，原文件已保留为“个案检察建议书.docx.bak”。"), dialogs.notices);
        assertFalse(model.hasCheckProperty().get(), "the check of the replaced file no longer holds");
    }

    @Test
    void openingInWordOrTheFolderFallsBackToThePath() {
        model.openTemplate();
        model.openFolder();
        assertEquals(List.of(f.store.path(DocumentKind.INDIVIDUAL_LETTER), f.store.folder()), launcher.opened);

        launcher.supported = false;
        model.openTemplate();
        assertEquals(List.of("无法自动打开，请在文件管理器中打开以下位置：\n"
                + f.store.path(DocumentKind.INDIVIDUAL_LETTER).toAbsolutePath()), dialogs.infos);
    }
}
