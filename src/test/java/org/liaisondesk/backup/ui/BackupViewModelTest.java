package org.liaisondesk.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.backup.model.RestorePreview;
import org.liaisondesk.backup.ui.BackupViewModel.Row;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.storage.AutomaticBackup;
import org.liaisondesk.storage.BackupFiles;
import org.liaisondesk.storage.BackupInfo;
import org.liaisondesk.storage.BackupKind;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterCheck;
import org.liaisondesk.storage.RegisterRestore;
import org.liaisondesk.storage.RestoreResult;
import org.liaisondesk.testsupport.TestRegister;

/** 备份与恢复 without a toolkit: work runs at once on the test thread. */
class BackupViewModelTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Messages saved;
    private TestRegister register;
    private DataFolder folder;
    private final ConfirmingDialogs dialogs = new ConfirmingDialogs();
    private final List<Path> opened = new ArrayList<>();
    private final List<Path> restoreRequests = new ArrayList<>();
    private final AtomicReference<RestoreResult> restored = new AtomicReference<>();
    private int reopened;

    @BeforeEach
    void open() {
        saved = Messages.current();
        Messages.use(Messages.CHINESE);
        folder = DataFolder.at(dir.resolve("data")).prepare();
        register = new TestRegister(folder.root());
        register.station("清溪村联络站");
        register.station("崇阳街道联络站");
    }

    @AfterEach
    void close() {
        register.close();
        Messages.use(saved.locale());
    }

    private BackupService backupsAt(String localTime) {
        return new BackupService(register.db, folder,
                Clock.fixed(LocalDateTime.parse(localTime).atZone(BEIJING).toInstant(), BEIJING));
    }

    /** The view model as the app wires it: the restore closes the register, restores, and the app reopens. */
    private BackupViewModel model(BackupService backups) {
        return new BackupViewModel(backups, new DirectBackgroundExecutor(), dialogs, path -> {
            opened.add(path);
            return true;
        }, backup -> {
            restoreRequests.add(backup);
            register.close();
            restored.set(new RegisterRestore(folder, new Migrations(TestRegister.CLOCK), TestRegister.CLOCK)
                    .restore(backup));
            return restored.get();
        }, () -> reopened++);
    }

    @Test
    void showListsTheBackupsNewestFirstWithKindSizeAndRecords() throws Exception {
        backupsAt("2026-11-20T09:00:00").manualBackup();
        register.station("城西工业园区联络站");
        backupsAt("2026-11-22T18:30:00").automaticBackup();
        Path broken = Files.writeString(folder.backups().resolve(BackupFiles.automaticName(
                LocalDateTime.parse("2026-11-21T12:00:00"))), "只是一个文本文件".repeat(100));
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));

        model.show();

        List<Row> rows = model.rows();
        assertEquals(3, rows.size());
        assertEquals(List.of("2026-11-22 18:30:00", "2026-11-21 12:00:00", "2026-11-20 09:00:00"),
                rows.stream().map(Row::takenAt).toList());
        assertEquals(List.of("自动", "自动", "手动"), rows.stream().map(Row::kind).toList());
        assertEquals(List.of("3 条", "不能用于恢复", "2 条"), rows.stream().map(Row::recordsText).toList());
        assertEquals(broken, rows.get(1).info().file());
        assertTrue(rows.get(1).problem().contains("不能用它恢复"), rows.get(1).problem());
        assertTrue(rows.get(0).size().endsWith(" KB"), rows.get(0).size());
        assertEquals("liaisondesk-manual-2026-11-20T090000.db", rows.get(2).fileName());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void backupNowWritesAManualBackupAndSaysSo() {
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));

        model.backupNow();

        assertEquals(List.of("已备份：liaisondesk-manual-2026-11-23T100000.db"), dialogs.notices);
        assertEquals(1, model.rows().size());
        assertEquals(BackupKind.MANUAL, model.rows().get(0).info().kind());
        assertEquals(2L, model.rows().get(0).records());
        assertFalse(model.busyProperty().get());
        assertEquals("", model.activityProperty().get());
    }

    @Test
    void backupToAChosenFolderOffersToOpenIt() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));

        model.backupInto(usb);

        Path written = usb.resolve("liaisondesk-2026-11-23T100000.db");
        assertTrue(Files.exists(written));
        assertEquals(List.of("已备份到“" + written.toAbsolutePath() + "”。"), dialogs.notices);
        dialogs.lastNoticeAction.run();
        assertEquals(List.of(usb), opened);
    }

    @Test
    void aBackupFolderThatIsGoneIsExplainedAndNothingIsLeftBusy() {
        Path gone = dir.resolve("拔出的U盘");
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));

        model.backupInto(gone);
        model.backupInto(null);

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("U 盘是否已拔出"), dialogs.errors.get(0));
        assertFalse(model.busyProperty().get());
        assertFalse(Files.exists(gone));
    }

    @Test
    void aRestoreShowsBothRegistersCountsAndWarnsWhenTheBackupHoldsFarFewer() {
        BackupInfo old = ((AutomaticBackup.Made) backupsAt("2026-11-20T09:00:00").automaticBackup()).backup();
        for (String name : List.of("城西工业园区联络站", "北山村联络站", "南湖社区联络站")) {
            register.station(name);
        }
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));
        model.show();
        model.selectedProperty().set(model.rows().get(0));

        model.restoreSelected();

        assertEquals(1, dialogs.questions.size());
        String question = dialogs.questions.get(0);
        assertTrue(question.startsWith("注意：这份备份只有 2 条记录，比当前登记册的 5 条少得多（不到 80%）。"), question);
        assertTrue(question.contains("备份中的记录：共 2 条（联络站 2）"), question);
        assertTrue(question.contains("当前登记册：共 5 条（联络站 5）"), question);
        assertTrue(question.contains("时间：2026-11-20 09:00:00（自动）"), question);
        assertEquals(List.of(old.file()), restoreRequests);
        RestoreResult result = restored.get();
        assertNotNull(result);
        assertEquals(1, reopened, "the app was asked to show the restored register");
        assertEquals(2L, result.restored().liveCounts().get("station"));
        assertEquals(2L, RegisterCheck.of(folder.database(), new Migrations(TestRegister.CLOCK)).liveCounts()
                .get("station"), "the records are back");
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).contains("共 2 条记录。原登记册已移到“" + result.movedAside().orElseThrow()),
                dialogs.infos.get(0));
        assertEquals(List.of(), dialogs.errors);
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aDeclinedRestoreChangesNothing() {
        backupsAt("2026-11-20T09:00:00").manualBackup();
        dialogs.confirmAnswer = false;
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));
        model.show();
        model.selectedProperty().set(model.rows().get(0));

        model.restoreSelected();

        assertEquals(1, dialogs.questions.size());
        assertFalse(dialogs.questions.get(0).contains("注意："), "as many records: no warning");
        assertEquals(List.of(), restoreRequests);
        assertEquals(0, reopened);
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aRestoreThatFailsAfterTheRegisterWasClosedStillHasTheAppShowTheRegisterAgain() throws Exception {
        BackupInfo backup = backupsAt("2026-11-20T09:00:00").manualBackup();
        // Between the check and the restore the file is replaced by something that is not a backup.
        BackupViewModel model = new BackupViewModel(backupsAt("2026-11-23T10:00:00"), new DirectBackgroundExecutor(),
                dialogs, path -> true, file -> {
                    register.close();
                    try {
                        Files.writeString(file, "已被覆盖".repeat(100));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return new RegisterRestore(folder, new Migrations(TestRegister.CLOCK), TestRegister.CLOCK)
                            .restore(file);
                }, () -> reopened++);

        model.restore(backup.file());

        assertEquals(1, dialogs.questions.size());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("当前登记册没有任何改动"), dialogs.errors.get(0));
        assertEquals(1, reopened);
        assertEquals(2L, RegisterCheck.of(folder.database(), new Migrations(TestRegister.CLOCK)).liveCounts()
                .get("station"));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aPickedFileThatIsNotABackupIsRefusedBeforeAnythingIsAsked() throws Exception {
        Path text = Files.writeString(dir.resolve("登记册.db"), "这不是备份。".repeat(100));
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));

        model.restore(text);
        model.restore(null);

        assertEquals(List.of(), dialogs.questions);
        assertEquals(List.of(), restoreRequests);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("不是 SQLite 数据库"), dialogs.errors.get(0));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void openFolderOpensTheBackupsFolderAndThePolicyNamesIt() {
        BackupViewModel model = model(backupsAt("2026-11-23T10:00:00"));

        model.openFolder();

        assertEquals(List.of(folder.backups()), opened);
        assertTrue(model.policyText().contains(folder.backups().toString()), model.policyText());
        assertTrue(model.policyText().contains("最近 7 天每天一份、最近 4 周每周一份、最近 12 个月每月一份"),
                model.policyText());
    }

    @Test
    void theBreakdownNamesEachKindThatHasRecords() {
        assertEquals("接访记录 12，线索 3，联络站 2",
                BackupViewModel.breakdown(Map.of("visit", 12L, "lead", 3L, "station", 2L, "matter", 0L, "audit_log", 9L)));
        assertEquals("没有记录", BackupViewModel.breakdown(Map.of("audit_log", 9L)));
        assertEquals(RestorePreview.RECORD_TABLES.size(), RestorePreview.RECORD_TABLES.stream()
                .filter(t -> Messages.current().has("backup.table." + t)).count(), "every kind has its name");
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void sizesAreShownInUnitsPeopleRead(long bytes, String expected) {
        assertEquals(expected, BackupViewModel.sizeText(bytes));
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(0L, "0 字节"),
                Arguments.of(1023L, "1,023 字节"),
                Arguments.of(2048L, "2 KB"),
                Arguments.of(1536L * 1024, "1.5 MB"),
                Arguments.of(48L * 1024 * 1024, "48.0 MB"));
    }
}
