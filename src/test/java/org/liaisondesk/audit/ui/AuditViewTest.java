package org.liaisondesk.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.audit.service.AuditService;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 审计日志 on screen: the chain is verified in the background, the action filter narrows the rows, a row's values are
 * shown masked, and the export writes the filtered rows to an .xlsx file that reopens with them.
 */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {
    private TestRegister register;
    private FxBackgroundExecutor executor;
    private AuditViewModel model;
    private Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.CHINESE);
        dir = Files.createTempDirectory("audit-view");
        register = new TestRegister(dir);
        Station station = register.station("清溪村联络站");
        Prosecutor prosecutor = register.prosecutor("林晓岚", station);
        Visit visit = register.visits.save(TestRegister.visit(station, prosecutor, TestRegister.TODAY, "反映欠薪")
                .visitorName("张三丰").visitorPhone("13812345678").build());
        register.visits.save(visit.toBuilder().summary("反映欠薪，已联系劳动监察").build());
        register.db.write(c -> register.audit.record(c, AuditLog.Action.EXPORT, "visit", 0, null, null,
                Map.of("file", "来访.xlsx", "rows", 1)));
        executor = new FxBackgroundExecutor();
        model = new AuditViewModel(new AuditService(register.db, register.audit), executor, dialogs);
        AuditView view = new AuditView(model);
        Scene scene = new Scene((Parent) view.root(), 1100, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        register.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByActionShowsMaskedValuesAndExportsWhatItShows(FxRobot robot) throws Exception {
        TableView<AuditViewModel.Item> table = robot.lookup("#auditTable").queryAs(TableView.class);
        Label chain = robot.lookup("#chainLabel").queryAs(Label.class);
        // station, prosecutor, the visit's INSERT and UPDATE, the export
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 5
                && chain.getText().startsWith("✓"));
        assertEquals("✓ 哈希链完整（已核验 5 条）", chain.getText());

        ComboBox<AuditViewModel.Choice> action = robot.lookup("#actionBox").queryAs(ComboBox.class);
        robot.interact(() -> action.getSelectionModel().select(action.getItems().stream()
                .filter(c -> "UPDATE".equals(c.value())).findFirst().orElseThrow()));
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        AuditViewModel.Item update = table.getItems().get(0);
        assertEquals("修改", update.action());
        assertEquals("来访登记", update.entity());

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<HistoryDialog.Line> details = robot.lookup("#detailTable").queryAs(TableView.class);
        assertEquals(1, details.getItems().size(), "only the summary changed");
        assertEquals("反映欠薪，已联系劳动监察", details.getItems().get(0).newValue());

        robot.interact(() -> action.getSelectionModel().select(0));
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        // Every row has the same time (the clock is fixed), so the row is picked by what it is.
        AuditViewModel.Item insert = table.getItems().stream()
                .filter(i -> i.action().equals("新建") && i.entity().equals("来访登记")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(insert));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = new ArrayList<>();
        details.getItems().forEach(l -> shown.add(l.newValue()));
        assertFalse(shown.contains("张三丰"), "the visitor's name is masked: " + shown);
        assertFalse(shown.contains("13812345678"), "the phone is masked: " + shown);
        assertTrue(shown.contains("138****5678"), shown.toString());

        robot.interact(() -> action.getSelectionModel().select(action.getItems().stream()
                .filter(c -> "INSERT".equals(c.value())).findFirst().orElseThrow()));
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        Path file = dir.resolve("审计日志.xlsx");
        robot.interact(() -> model.export(file, false));
        waitForNotice("已导出");

        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> ids = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    assertEquals("操作", f.formatCellValue(row.getCell(3)));
                    continue;
                }
                assertEquals("新建", f.formatCellValue(row.getCell(3)), "only the filtered action is exported");
                ids.add(f.formatCellValue(row.getCell(0)));
                values.add(f.formatCellValue(row.getCell(8)));
            }
            assertEquals(List.of("3", "2", "1"), ids.stream().distinct().toList(), "the three INSERT rows, newest first");
            assertTrue(values.contains("138****5678"), values.toString());
            assertFalse(values.contains("13812345678"), "the export is masked like the screen");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.items().size() == 3);
        assertEquals(List.of(), dialogs.errors);
    }

    private void waitForNotice(String start) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> dialogs.notices.stream().anyMatch(n -> n.startsWith(start)));
    }
}
