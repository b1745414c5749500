package org.liaisondesk.backup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;

class BackupTimerTest {
    @TempDir
    Path dir;

    private Messages saved;
    private TestRegister register;
    private DataFolder folder;
    private BackupService backups;
    private final ConfirmingDialogs dialogs = new ConfirmingDialogs();

    @BeforeEach
    void open() {
        saved = Messages.current();
        Messages.use(Messages.CHINESE);
        folder = DataFolder.at(dir).prepare();
        register = new TestRegister(dir);
        register.station("清溪村联络站");
        backups = new BackupService(register.db, folder, TestRegister.CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
        Messages.use(saved.locale());
    }

    private List<String> backupNames() throws Exception {
        try (var files = Files.list(folder.backups())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCheckWritesTheDailyBackupOnceAndSilently() throws Exception {
        BackupTimer timer = new BackupTimer(backups, new DirectBackgroundExecutor(), dialogs);

        timer.checkNow();
        timer.checkNow();

        assertEquals(List.of("liaisondesk-2026-11-23T100000.db"), backupNames());
        assertEquals(List.of(), dialogs.notices);
    }

    @Test
    void aFailedBackupIsShownInTheNoticeBar() throws Exception {
        Files.createDirectories(folder.backups().resolve("liaisondesk-2026-11-23T100000.db").resolve("occupied"));
        BackupTimer timer = new BackupTimer(backups, new DirectBackgroundExecutor(), dialogs);

        timer.checkNow();

        assertEquals(1, dialogs.notices.size());
        assertTrue(dialogs.notices.get(0).startsWith("自动备份没有完成：备份“"), dialogs.notices.get(0));
        assertTrue(dialogs.notices.get(0).endsWith("已有的备份都没有受影响。"), dialogs.notices.get(0));
    }

    @Test
    void startChecksAtOnceOnItsOwnThread() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        BackgroundExecutor direct = new DirectBackgroundExecutor();
        BackgroundExecutor counting = new BackgroundExecutor() {
            @Override
            public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                Cancellable c = direct.run(work, onSuccess, onFailure);
                checked.countDown();
                return c;
            }
        };
        try (BackupTimer timer = new BackupTimer(backups, counting, dialogs)) {
            timer.start();
            timer.start();
            assertTrue(checked.await(60, TimeUnit.SECONDS), "the first check ran");
        }
        assertEquals(List.of("liaisondesk-2026-11-23T100000.db"), backupNames());
    }
}
