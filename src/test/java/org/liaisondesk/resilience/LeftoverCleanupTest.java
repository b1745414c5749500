package org.liaisondesk.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.service.TemplateStore;
import org.liaisondesk.storage.AutomaticBackup;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;

/** What a write killed mid-way leaves behind (found by the crash harness) is cleared by the next run. */
class LeftoverCleanupTest {
    @TempDir
    Path dir;

    @Test
    void theNextBackupDeletesPartialCopiesAKilledRunLeft() throws Exception {
        try (TestRegister register = new TestRegister(dir)) {
            Path backups = Files.createDirectories(dir.resolve("backups"));
            Path leftover = Files.writeString(backups.resolve("liaisondesk-2026-11-22T101500.db.partial"), "半份备份");
            Files.setLastModifiedTime(leftover, FileTime.from(Instant.parse("2026-11-22T02:15:00Z")));
            Path ofThisRun = Files.writeString(backups.resolve("liaisondesk-2026-11-23T090000.db.partial"), "另一份");
            Path usersFile = Files.writeString(backups.resolve("说明.txt"), "用户自己的文件");

            AutomaticBackup result = new BackupService(register.db, DataFolder.at(dir), TestRegister.CLOCK).automaticBackup();

            assertInstanceOf(AutomaticBackup.Made.class, result);
            assertFalse(Files.exists(leftover), "the killed backup's partial copy is gone");
            assertTrue(Files.exists(usersFile), "other files stay");
            assertTrue(Files.exists(ofThisRun), "a copy written since this process started is not a killed run's");
        }
    }

    @Test
    void templatesFolderLosesOnlyTemporaryFilesOfEarlierRuns() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path stale = Files.writeString(templates.resolve(".~1a2b3c.tmp"), "半个模板");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path current = Files.writeString(templates.resolve(".~4d5e6f.tmp"), "正在写入的模板");

        new TemplateStore(templates).ensureShipped();

        assertFalse(Files.exists(stale), "left by a run that was killed");
        assertTrue(Files.exists(current), "a write of this process may still be going on");
        for (DocumentKind kind : DocumentKind.values()) {
            assertTrue(Files.isRegularFile(templates.resolve(kind.fileName())), "shipped template copied: " + kind);
        }
    }
}
