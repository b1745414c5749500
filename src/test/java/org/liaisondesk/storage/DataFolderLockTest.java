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
            assertEquals("pid " + ProcessHandle.current().pid(), readLockFile(folder));
        } finally {
            first.close();
        }
        try (DataFolderLock again = DataFolderLock.acquire(folder)) {
            assertEquals("pid " + ProcessHandle.current().pid(), readLockFile(folder));
        }
    }

    @Test
    void differentFoldersDoNotBlockEachOther() {
        DataFolder a = DataFolder.at(dir.resolve("a")).prepare();
        DataFolder b = DataFolder.at(dir.resolve("b")).prepare();
        try (DataFolderLock la = DataFolderLock.acquire(a); DataFolderLock lb = DataFolderLock.acquire(b)) {
            assertTrue(Files.exists(a.lockFile()));
            assertTrue(Files.exists(b.lockFile()));
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
            assertEquals("pid " + child.pid(), readLockFile(folder), "the refused acquire left the holder's pid");
        } finally {
            child.destroy();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        assertTrue(!child.isAlive());
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            assertEquals("pid " + ProcessHandle.current().pid(), readLockFile(folder));
        }
    }

    private static String readLockFile(DataFolder folder) {
        try {
            return Files.readString(folder.lockFile(), StandardCharsets.US_ASCII).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
