package org.liaisondesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.storage.AutomaticBackup;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.VerifiedMarker;

/** The app's exit path: backup, close, note (docs/decisions/0028); the next start skips the page-by-page check once. */
class AppContextExitTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void aCleanExitLetsTheNextStartSkipTheFullCheckOnce() {
        DataFolder folder = DataFolder.at(dir);
        AppContext first = AppContext.open(folder, CLOCK);
        assertInstanceOf(AutomaticBackup.Made.class, first.backupAndClose());
        assertTrue(VerifiedMarker.matches(folder.database()));

        AppContext second = AppContext.open(folder, CLOCK);
        try {
            assertFalse(second.database().fullyCheckedAtOpen());
            assertFalse(Files.exists(VerifiedMarker.of(folder.database())), "no note while the register is open");
        } finally {
            second.close();
        }
        assertFalse(Files.exists(VerifiedMarker.of(folder.database())), "a close without the exit backup notes nothing");

        AppContext third = AppContext.open(folder, CLOCK);
        try {
            assertTrue(third.database().fullyCheckedAtOpen());
        } finally {
            third.close();
        }
    }
}
