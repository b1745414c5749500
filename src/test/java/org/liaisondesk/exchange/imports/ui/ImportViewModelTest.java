package org.liaisondesk.exchange.imports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.VisitImportFields;
import org.liaisondesk.exchange.imports.service.ImportService;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.FieldChoice;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.MappingRow;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.Phase;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The import dialog's steps without a toolkit, on a real register: the proposed mapping, the check, both imports. */
class ImportViewModelTest {
    private static final List<String> HEADERS = List.of("接访日期", "联络站", "检察官", "接访形式", "类别", "事由摘要");

    @TempDir
    Path dir;
    private AppContext context;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int reloads;
    private ImportViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(DataFolder.at(dir.resolve("data")), TestRegister.CLOCK);
        Messages.use(Messages.CHINESE);
        Station station = context.roster().save(Station.draft("城关联络站", StationKind.VILLAGE));
        context.roster().save(Prosecutor.draft("李检察官", station.id()));
        model = new ImportViewModel(context.imports(), new DirectBackgroundExecutor(), dialogs, Runnable::run,
                ImportKind.VISITS, () -> reloads++);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static List<String> visit(String date, String station, String summary) {
        return List.of(date, station, "李检察官", "来访", "咨询", summary);
    }

    private Path sheet(List<List<String>> rows) {
        return ImportSheets.xlsx(dir.resolve("sheet-" + rows.size() + ".xlsx"), HEADERS, rows);
    }

    static Stream<Arguments> proposals() {
        return Stream.of(
                Arguments.of("our own headers", List.of("接访日期", "联络站"), Map.of(),
                        List.of("date", "stationId")),
                Arguments.of("synonyms, spaces and a required-column asterisk", List.of("* 来访 日期", "接待人"), Map.of(),
                        List.of("date", "prosecutorId")),
                Arguments.of("a remembered header", List.of("接访民警"), Map.of("接访民警", "prosecutorId"),
                        List.of("prosecutorId")),
                Arguments.of("the remembered mapping before the synonyms", List.of("备注"), Map.of("备注", "summary"),
                        List.of("summary")),
                Arguments.of("a stale remembered field falls back to the synonyms", List.of("电话"),
                        Map.of("电话", "noSuchField"), List.of("visitorPhone")),
                Arguments.of("a field for the first of two columns only", List.of("日期", "接访日期"), Map.of(),
                        List.of("date", "")),
                Arguments.of("an unknown header is not imported", List.of("内部编号"), Map.of(), List.of("")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proposals")
    void proposesAFieldForEachHeader(String what, List<String> headers, Map<String, String> remembered,
                                     List<String> fields) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            expected.put(headers.get(i), fields.get(i));
        }
        assertEquals(expected, ImportService.proposedMapping(headers, VisitImportFields.ALL, remembered));
    }

    @Test
    void anAllGoodSheetIsImportedWhole() {
        model.chooseFile(sheet(List.of(visit("2024-10-11", "城关联络站", "一"), visit("2024-10-12", "城关联络站", "二"))));
        assertEquals(Phase.MAPPING, model.phaseProperty().get());
        assertEquals("", model.mappingProblemProperty().get());

        model.check();

        assertEquals(Phase.CHECKED, model.phaseProperty().get());
        assertTrue(model.canImportAll());
        assertFalse(model.canImportValidRowsOnly(), "nothing to skip");
        assertEquals(0, context.visits().countLive(), "checking writes nothing");
        model.importAll();
        assertEquals(Phase.DONE, model.phaseProperty().get());
        assertEquals(2, context.visits().countLive());
        assertEquals("已导入 2 条记录（来访登记）", model.summaryProperty().get());
        assertEquals(1, reloads);
        assertFalse(model.canImportAll(), "an imported file is not imported twice");
    }

    @ParameterizedTest(name = "confirmed: {0}")
    @ValueSource(booleans = {true, false})
    void onlyTheGoodRowsAreImportedOnceConfirmed(boolean confirmed) {
        model.chooseFile(sheet(List.of(visit("2024-10-11", "城关联络站", "一"), visit("2024-10-12", "河西联络站", "二"),
                visit("2024-10-13", "城关联络站", "三"))));
        model.check();
        assertFalse(model.canImportAll());
        assertTrue(model.canImportValidRowsOnly());
        assertEquals(List.of(new ImportViewModel.ProblemRow(3, "联络站", "联络站“河西联络站”不在名册中", false)),
                model.problems());
        assertEquals("共 3 行：正确 2 行，有误 1 行；0 行可能与已有记录重复（仅作提示，不影响导入）", model.summaryProperty().get());
        dialogs.confirmAnswer = confirmed;

        model.importValidRowsOnly();

        assertEquals(confirmed ? 2 : 0, context.visits().countLive());
        assertEquals(confirmed ? Phase.DONE : Phase.CHECKED, model.phaseProperty().get());
    }

    @Test
    void aChangedMappingMakesTheReportStaleAndAFieldFillsOneColumnOnly() {
        model.chooseFile(sheet(List.of(visit("2024-10-11", "城关联络站", "一"))));
        model.check();
        assertTrue(model.canImportAll());

        MappingRow category = model.mapping().stream().filter(r -> r.header().equals("类别")).findFirst().orElseThrow();
        FieldChoice summary = model.fieldChoices().stream().filter(c -> c.field().equals("summary")).findFirst()
                .orElseThrow();
        category.choiceProperty().set(summary);

        assertEquals(Phase.MAPPING, model.phaseProperty().get());
        assertFalse(model.canImportAll());
        assertTrue(model.problems().isEmpty() && model.reportProperty().get() == null);
        assertEquals("缺少必填字段：类别。请在“导入为”中为表中对应的列选择这些字段。\n以下字段对应了多个列，每个字段只能对应一列：事由摘要",
                model.mappingProblemProperty().get());
        assertFalse(model.canCheck());
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndNothingElseHappens() throws Exception {
        Path text = Files.writeString(dir.resolve("登记.txt"), "接访日期\n");

        model.chooseFile(text);

        assertEquals(Phase.CHOOSE, model.phaseProperty().get());
        assertEquals(Messages.tr("exchange.import.unsupportedFile", "登记.txt"), model.errorProperty().get());
        assertTrue(model.mapping().isEmpty());
    }

    @Test
    void theTemplateOfTheChosenKindIsWritten() {
        model.kindProperty().set(ImportKind.ROSTER);
        Path target = dir.resolve("名册模板.xlsx");

        model.writeTemplate(target);

        assertTrue(Files.isRegularFile(target));
        assertEquals("模板已保存到 " + target.toAbsolutePath(), model.statusProperty().get());
        assertEquals("联络员名册导入模板.xlsx", model.templateFileName());
    }
}
