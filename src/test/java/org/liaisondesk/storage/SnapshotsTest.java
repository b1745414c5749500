package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.storage.StorageTestSupport.count;
import static org.liaisondesk.storage.StorageTestSupport.insertStation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
    @TempDir
    Path dir;

    private Path live;
    private Path copies;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        live = dir.resolve("live");
        copies = dir.resolve("copies");
        Files.createDirectories(live);
        Files.createDirectories(copies);
        db = StorageTestSupport.openRegister(live);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void snapshotTakenDuringWritesIsConsistentAndHoldsEverythingCommittedBefore() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger committed = new AtomicInteger();
        CountDownLatch warmedUp = new CountDownLatch(20);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Path target = copies.resolve("snapshot.db");
        int committedBefore;
        try {
            Future<?> writing = writer.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    int batch = n++;
                    db.write(c -> {
                        for (int i = 0; i < 5; i++) {
                            insertStation(c, "联络站-" + batch + "-" + i);
                        }
                    });
                    committed.incrementAndGet();
                    warmedUp.countDown();
                }
            });
            assertTrue(warmedUp.await(60, TimeUnit.SECONDS), "writer committed its first transactions");
            committedBefore = committed.get();

            assertEquals(target, Snapshots.write(db, target));

            stop.set(true);
            writing.get(60, TimeUnit.SECONDS);
        } finally {
            stop.set(true);
            writer.shutdownNow();
        }

        assertEquals(List.of("ok"), Snapshots.check(target));
        assertEquals(List.of("snapshot.db"), StorageTestSupport.fileNames(copies), "no .partial or side file");

        long liveRows = db.read(c -> count(c, "station"));
        try (Database copy = Database.open(target, copies.resolve("backups"), new Migrations(StorageTestSupport.CLOCK))) {
            long rows = copy.read(c -> count(c, "station"));
            assertTrue(rows >= committedBefore * 5L, rows + " rows, " + committedBefore * 5 + " committed before");
            assertEquals(0, rows % 5, "only whole transactions are in the copy");
            assertTrue(rows <= liveRows);
            assertEquals(Migrations.SCRIPTS.size(), copy.schemaVersion());
            assertEquals(List.of("ok"), copy.integrityCheck());
        }
        assertFalse(Files.exists(copies.resolve("backups")), "the copy needed no migration");
    }

    @Test
    void snapshotReplacesAnOlderCopyOfTheSameName() throws Exception {
        Path target = copies.resolve("daily.db");
        db.write(c -> insertStation(c, "清溪村联络站"));
        Snapshots.write(db, target);
        String first = StorageTestSupport.sha256(target);

        db.write(c -> insertStation(c, "崇阳街道联络站"));
        Snapshots.write(db, target);

        assertNotEquals(first, StorageTestSupport.sha256(target));
        assertEquals(List.of("daily.db"), StorageTestSupport.fileNames(copies));
        try (Database copy = Database.open(target, copies.resolve("backups"), new Migrations(StorageTestSupport.CLOCK))) {
            assertEquals(2L, (long) copy.read(c -> count(c, "station")));
        }
    }

    @Test
    void snapshotIsASelfContainedFileWhileTheLiveRegisterStaysOpen() {
        db.write(c -> insertStation(c, "城西工业园区联络站"));
        Path target = Snapshots.write(db, copies.resolve("copy.db"));
        // Only the main file: the live register's WAL content is inside the copy.
        assertEquals(List.of("copy.db"), StorageTestSupport.fileNames(copies));
        assertEquals(List.of("ok"), Snapshots.check(target));
        assertEquals(List.of("copy.db"), StorageTestSupport.fileNames(copies), "checking left no side files");
    }

    @Test
    void snapshotIntoAMissingFolderFailsAndLeavesNothing() {
        Path target = copies.resolve("missing").resolve("copy.db");
        StorageException e = assertThrows(StorageException.class, () -> Snapshots.write(db, target));
        // Reported as a failed backup naming the copy, not as a problem of the live register.
        assertEquals("storage.backupFailed", e.messageKey());
        assertEquals(target, e.args()[0]);
        assertFalse(Files.exists(target.getParent()));
        assertEquals(List.of(), StorageTestSupport.fileNames(copies));
    }

    @Test
    void checkReportsAFileThatIsNotADatabase() throws Exception {
        Path notADatabase = copies.resolve("broken.db");
        Files.writeString(notADatabase, "not a database at all, just some text that is long enough".repeat(20));
        List<String> result = Snapshots.check(notADatabase);
        assertNotEquals(List.of("ok"), result);
        assertFalse(result.isEmpty());
    }
}
