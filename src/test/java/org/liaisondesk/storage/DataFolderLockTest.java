package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {
    @TempDir
    Path dir;

    @Test
    void secondAcquireInTheSameProcessIsRefusedUntilTheFirstIsClosed() {
        DataFolder folder = DataFolder.at(dir).prepare();
        DataFolderLock first = DataFolderLock.acquire(folder);
        try {
            StorageException e = assertThrows(StorageException.class, () -> DataFolderLock.acquire(folder));
            assertEquals("storage.inUse", e.messageKey());
            assertEquals(List.of(folder.root()), List.of(e.args()));
            // A refusal does not disturb the holder: the lock file still names this process.
            assertLockFileNames(folder, ProcessHandle.current().pid());
        } finally {
            first.close();
        }
        DataFolderLock again = DataFolderLock.acquire(folder);
        try {
            assertLockFileNames(folder, ProcessHandle.current().pid());
        } finally {
            again.close();
        }
    }

    @Test
    void differentFoldersDoNotBlockEachOther() {
        DataFolder a = DataFolder.at(dir.resolve("a")).prepare();
        DataFolder b = DataFolder.at(dir.resolve("b")).prepare();
        DataFolderLock la = DataFolderLock.acquire(a);
        try {
            DataFolderLock lb = DataFolderLock.acquire(b);
            lb.close();
            assertTrue(Files.exists(a.lockFile()));
            assertTrue(Files.exists(b.lockFile()));
        } finally {
            la.close();
        }
    }

    @Test
    void missingFolderIsReportedAsNotWritable() {
        DataFolder folder = DataFolder.at(dir.resolve("never-prepared"));
        StorageException e = assertThrows(StorageException.class, () -> DataFolderLock.acquire(folder));
        assertEquals("storage.folderNotWritable", e.messageKey());
    }

    @Test
    void lockHeldByAnotherProcessRefusesUntilThatProcessEnds() throws Exception {
        DataFolder folder = DataFolder.at(dir).prepare();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), folder.root().toString())
                .redirectErrorStream(true);
        Process child = pb.start();
        try {
            List<String> output = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && !line.equals("locked")) {
                output.add(line);
            }
            assertEquals("locked", line, "child output: " + output);

            StorageException e = assertThrows(StorageException.class, () -> DataFolderLock.acquire(folder));
            assertEquals("storage.inUse", e.messageKey());
            assertLockFileNames(folder, child.pid(), "the refused acquire left the holder's pid");
        } finally {
            child.destroy();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertTrue(!child.isAlive());
        DataFolderLock lock = DataFolderLock.acquire(folder);
        try {
            assertLockFileNames(folder, ProcessHandle.current().pid());
        } finally {
            lock.close();
        }
    }

    /**
     * Checks the pid written into the lock file. Skipped on Windows, where a locked file cannot be read through
     * another handle (the lock itself is still tested by the acquire calls).
     */
    private static void assertLockFileNames(DataFolder folder, long pid, String... message) {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
            return;
        }
        try {
            String text = Files.readString(folder.lockFile(), StandardCharsets.US_ASCII).strip();
            assertEquals("pid " + pid, text, String.join(" ", message));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
