package org.liaisondesk.exchange.imports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.FieldChoice;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.Phase;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.ProblemRow;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 导入 Excel on screen, on a real register: a station's visit sheet whose prosecutor column is not recognised is
 * corrected, checked (the bad row listed, a possible duplicate flagged), and its good rows imported; cancelling an
 * import writes nothing; the template is saved where the user chose.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private static final List<String> HEADERS = List.of("来访日期", "站点", "接访民警", "来访形式", "类型", "姓名", "来访事由",
            "备用列");

    private AppContext context;
    private GatedExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger reloads = new AtomicInteger();
    private final ChosenFiles files = new ChosenFiles();
    private ImportViewModel model;
    private ImportDialog dialog;
    private Path sheet;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("import-dialog");
        context = AppContext.open(DataFolder.at(dir.resolve("data")), TestRegister.CLOCK);
        Messages.use(Messages.CHINESE);
        Station station = context.roster().save(Station.draft("城关联络站", StationKind.VILLAGE));
        context.roster().save(Prosecutor.draft("李检察官", station.id()));
        sheet = ImportSheets.xlsx(dir.resolve("来访登记.xlsx"), HEADERS, List.of(
                List.of("2024-10-11", "城关联络站", "李检察官", "来访", "咨询", "张三", "咨询劳动报酬"),
                List.of("2024-10-12", "城关联络站", "李检察官", "来访", "咨询", "李四", "邻里纠纷"),
                List.of("2024-10-12", "城关联络站", "李检察官", "来电", "咨询", "李四", "邻里纠纷续"),
                List.of("2024-10-13", "河西联络站", "李检察官", "来访", "咨询", "王五", "土地承包")));
        files.sheet = sheet;
        files.saveAs = dir.resolve("模板.xlsx");
        executor = new GatedExecutor();
        Scene scene = new Scene(new StackPane(), 400, 300);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        model = new ImportViewModel(context.imports(), executor, dialogs, Platform::runLater,
                ImportKind.VISITS, reloads::incrementAndGet);
        dialog = new ImportDialog(stage, model, files);
        dialog.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        context.close();
    }

    @Test
    void aCorrectedSheetIsCheckedAndItsGoodRowsImported(FxRobot robot) throws Exception {
        TableView<?> mapping = robot.lookup("#mappingTable").queryTableView();
        robot.type(KeyCode.ENTER); // 选择文件… is the first step's default
        reached(Phase.MAPPING);
        assertEquals(HEADERS.size(), mapping.getItems().size());
        Label problem = robot.lookup("#mappingProblem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("检察官"), problem.getText());
        assertTrue(robot.lookup("#checkButton").queryButton().isDisabled(), "a required field has no column");

        ComboBox<FieldChoice> unrecognised = fieldBox(robot, "接访民警");
        assertEquals(FieldChoice.NOT_IMPORTED, unrecognised.getValue());
        robot.interact(() -> unrecognised.getSelectionModel().select(choice(unrecognised, "prosecutorId")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(problem.isVisible(), problem.getText());
        assertEquals("visitorName", fieldBox(robot, "姓名").getValue().field(), "the synonyms are matched");

        robot.type(KeyCode.ENTER); // 检查
        TableView<ProblemRow> report = robot.lookup("#problemTable").queryTableView();
        reached(Phase.CHECKED);
        WaitForAsyncUtils.waitForFxEvents();
        ProblemRow bad = report.getItems().stream().filter(r -> !r.possibleDuplicate()).findFirst().orElseThrow();
        assertEquals(5, bad.sheetRow());
        assertEquals("站点", bad.column());
        assertEquals("联络站“河西联络站”不在名册中", bad.message());
        ProblemRow duplicate = report.getItems().stream().filter(ProblemRow::possibleDuplicate).findFirst().orElseThrow();
        assertEquals(4, duplicate.sheetRow(), "flagged, not refused");
        assertEquals(2, report.getItems().size());
        assertTrue(robot.lookup("#importAllButton").queryButton().isDisabled(), "not every row is good");
        long before = context.visits().countLive();

        robot.clickOn("#importValidButton");
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        reached(Phase.DONE);
        assertEquals("已导入 3 条记录（来访登记），跳过 1 行有误的行", summary.getText());
        assertEquals(before + 3, context.visits().countLive());
        assertEquals(List.of(summary.getText()), dialogs.notices);
        assertEquals(1, reloads.get());
        assertEquals("prosecutorId", context.imports().rememberedMapping(ImportKind.VISITS).get("接访民警"),
                "the corrected mapping is remembered");
    }

    @Test
    void aCancelledImportWritesNothing(FxRobot robot) throws Exception {
        TableView<?> mapping = robot.lookup("#mappingTable").queryTableView();
        robot.clickOn("#chooseButton");
        reached(Phase.MAPPING);
        assertEquals(HEADERS.size(), mapping.getItems().size());
        ComboBox<FieldChoice> unrecognised = fieldBox(robot, "接访民警");
        robot.interact(() -> unrecognised.getSelectionModel().select(choice(unrecognised, "prosecutorId")));
        robot.clickOn("#checkButton");
        TableView<ProblemRow> report = robot.lookup("#problemTable").queryTableView();
        reached(Phase.CHECKED);
        long before = context.visits().countLive();

        executor.hold = true;
        robot.clickOn("#importValidButton");
        Node progress = robot.lookup("#importProgress").query();
        reached(Phase.IMPORTING);
        assertTrue(progress.isVisible());
        robot.type(KeyCode.ESCAPE); // 取消 while importing
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#cancelButton").queryButton().isDisabled(), "cancelling already");
        executor.release();

        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.tr("exchange.import.cancelled"), error.getText());
        assertEquals(before, context.visits().countLive());
        assertEquals(0, reloads.get());
        assertTrue(dialog.stage().isShowing(), "Esc cancelled the import, it did not close the window");
        assertFalse(robot.lookup("#importValidButton").queryButton().isDisabled(), "the checked file can be imported again");
    }

    @Test
    void theTemplateOfTheChosenKindIsSavedWhereTheUserChose(FxRobot robot) throws Exception {
        ComboBox<ImportKind> kind = robot.lookup("#kindBox").queryComboBox();
        assertEquals(List.of(ImportKind.values()), kind.getItems());
        robot.interact(() -> kind.setValue(ImportKind.LEADS));
        robot.clickOn("#templateButton");
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.statusProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("模板已保存到 " + files.saveAs.toAbsolutePath(), status.getText());
        assertEquals("线索台账导入模板.xlsx", files.suggestedName);
        try (InputStream in = Files.newInputStream(files.saveAs); XSSFWorkbook book = new XSSFWorkbook(in)) {
            String firstHeader = book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
            assertEquals(Messages.tr(context.imports().fields(ImportKind.LEADS).get(0).headerKey()),
                    firstHeader.replace("*", ""));
        }
    }

    /** Waits (up to a generous bound, never asserted on) until the dialog is in {@code phase} and has drawn it. */
    private void reached(Phase phase) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.phaseProperty().get() == phase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The drop-down of the column with this header, once the table has laid out its rows. */
    private static ComboBox<FieldChoice> fieldBox(FxRobot robot, String header) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> findFieldBox(robot, header).isPresent());
        return findFieldBox(robot, header).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Optional<ComboBox<FieldChoice>> findFieldBox(FxRobot robot, String header) {
        return robot.lookup("#mappingTable .field-choice").queryAllAs(ComboBox.class).stream()
                .filter(b -> b.isVisible() && header.equals(b.getAccessibleText())).findFirst()
                .map(b -> (ComboBox<FieldChoice>) b);
    }

    private static FieldChoice choice(ComboBox<FieldChoice> box, String field) {
        return box.getItems().stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    /** The files the user "chooses": the sheet to import, and where to save. */
    private static final class ChosenFiles implements SheetFiles {
        Path sheet;
        Path saveAs;
        String suggestedName;

        @Override
        public Optional<Path> openSheet(Window owner) {
            return Optional.of(sheet);
        }

        @Override
        public Optional<Path> saveWorkbook(Window owner, String title, String fileName) {
            suggestedName = fileName;
            return Optional.of(saveAs);
        }
    }

    /** The app's executor, except that work submitted while {@code hold} waits until {@link #release()}. */
    private static final class GatedExecutor implements BackgroundExecutor, AutoCloseable {
        private final FxBackgroundExecutor pool = new FxBackgroundExecutor();
        private final List<Runnable> held = new ArrayList<>();
        volatile boolean hold;

        @Override
        public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            if (!hold) {
                return pool.run(work, onSuccess, onFailure);
            }
            synchronized (held) {
                held.add(() -> pool.run(work, onSuccess, onFailure));
            }
            return () -> { };
        }

        void release() {
            hold = false;
            List<Runnable> waiting;
            synchronized (held) {
                waiting = List.copyOf(held);
                held.clear();
            }
            waiting.forEach(Runnable::run);
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
