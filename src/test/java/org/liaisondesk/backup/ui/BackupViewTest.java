package org.liaisondesk.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.backup.ui.BackupViewModel.Row;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.storage.BackupKind;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 备份与恢复 on screen: 立即备份 adds a counted manual backup to the list, and it can then be picked for restore. */
@ExtendWith(ApplicationExtension.class)
class BackupViewTest {
    private TestRegister register;
    private FxBackgroundExecutor executor;
    private final ConfirmingDialogs dialogs = new ConfirmingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("backup-view");
        DataFolder folder = DataFolder.at(dir).prepare();
        register = new TestRegister(dir);
        register.station("清溪村联络站");
        register.station("崇阳街道联络站");
        executor = new FxBackgroundExecutor();
        BackupViewModel model = new BackupViewModel(new BackupService(register.db, folder, TestRegister.CLOCK), executor,
                dialogs, path -> true, backup -> {
                    throw new AssertionError("not restored in this test");
                }, () -> { });
        BackupView view = new BackupView(model);
        Scene scene = new Scene((Parent) view.root(), 1000, 600);
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
    void backupNowAddsACountedManualBackupThatCanBePickedForRestore(FxRobot robot) throws TimeoutException {
        TableView<Row> table = robot.lookup("#backupTable").queryAs(TableView.class);
        Button restore = robot.lookup("#restoreButton").queryAs(Button.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().isEmpty());
        assertTrue(restore.isDisabled(), "nothing to restore yet");
        assertTrue(robot.lookup("#policyHint").queryAs(Label.class).getText().contains("最近 7 天每天一份"));

        robot.clickOn("#backupNowButton");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().size() == 1 && table.getItems().get(0).records() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Row row = table.getItems().get(0);
        assertEquals(BackupKind.MANUAL, row.info().kind());
        assertEquals("2 条", row.recordsText());
        assertEquals("已备份：liaisondesk-manual-2026-11-23T100000.db", dialogs.notices.get(0));
        assertTrue(robot.lookup("2026-11-23 10:00:00").tryQuery().isPresent(), "the time is shown in the table");

        robot.clickOn("2026-11-23 10:00:00");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(restore.isDisabled());
        assertEquals(0, dialogs.errors.size(), String.join("\n", dialogs.errors));
    }
}
