package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file that is not a LiaisonDesk register of this version or older is refused, and not touched. */
class OpeningRefusalsTest {
    @TempDir
    Path dir;

    /** Makes the file to be refused in the given folder. */
    @FunctionalInterface
    interface Maker {
        void make(Path file) throws Exception;
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("text file", (Maker) OpeningRefusalsTest::textFile, Set.of("storage.notSqlite")),
                Arguments.of("short binary file", (Maker) f -> Files.write(f, new byte[] {1, 2, 3}),
                        Set.of("storage.notSqlite")),
                Arguments.of("another program's SQLite file", (Maker) OpeningRefusalsTest::foreignDatabase,
                        Set.of("storage.foreignDatabase")),
                Arguments.of("register of a newer version", (Maker) OpeningRefusalsTest::newerRegister,
                        Set.of("storage.newerVersion")),
                Arguments.of("register truncated to half", (Maker) OpeningRefusalsTest::truncatedRegister,
                        Set.of("storage.corrupt", "storage.notSqlite")),
                Arguments.of("register with garbage in the middle", (Maker) OpeningRefusalsTest::scribbledRegister,
                        Set.of("storage.corrupt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedWithoutModifyingTheFile(String name, Maker maker, Set<String> expectedKeys) throws Exception {
        Path file = dir.resolve(DataFolder.DATABASE_FILE);
        maker.make(file);
        String before = StorageTestSupport.sha256(file);
        long sizeBefore = Files.size(file);
        List<Path> sideFilesBefore = StorageTestSupport.sideFiles(file);

        StorageException e = assertThrows(StorageException.class,
                () -> Database.open(file, dir.resolve("backups"), new Migrations(StorageTestSupport.CLOCK)).close());

        assertTrue(expectedKeys.contains(e.messageKey()), "key was " + e.messageKey() + ": " + e);
        assertEquals(before, StorageTestSupport.sha256(file), "file bytes unchanged");
        assertEquals(sizeBefore, Files.size(file));
        assertEquals(sideFilesBefore, StorageTestSupport.sideFiles(file), "no -wal/-shm/-journal left behind");
        assertTrue(Files.notExists(dir.resolve("backups")), "no backup of a refused file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void registerCheckRefusesTheSameFilesWithoutModifyingThem(String name, Maker maker, Set<String> expectedKeys)
            throws Exception {
        Path file = dir.resolve(DataFolder.DATABASE_FILE);
        maker.make(file);
        String before = StorageTestSupport.sha256(file);
        List<Path> sideFilesBefore = StorageTestSupport.sideFiles(file);

        try {
            RegisterCheck check = RegisterCheck.of(file, new Migrations(StorageTestSupport.CLOCK));
            // A damaged register may also be reported as an unhealthy check rather than refused.
            assertTrue(expectedKeys.contains("storage.corrupt"), "not refused: " + check);
            assertFalse(check.healthy(), check.toString());
        } catch (StorageException e) {
            assertTrue(expectedKeys.contains(e.messageKey()), "key was " + e.messageKey() + ": " + e);
        }
        assertEquals(before, StorageTestSupport.sha256(file));
        assertEquals(sideFilesBefore, StorageTestSupport.sideFiles(file));
    }

    @Test
    void newerVersionMessageNamesBothVersions() throws Exception {
        Path file = dir.resolve(DataFolder.DATABASE_FILE);
        newerRegister(file);
        StorageException e = assertThrows(StorageException.class,
                () -> Database.open(file, dir.resolve("backups"), new Migrations(StorageTestSupport.CLOCK)));
        int latest = Migrations.SCRIPTS.size();
        assertEquals(List.of(file, latest + 1, latest), List.of(e.args()));
    }

    @Test
    void emptyFileIsTreatedAsANewRegister() throws Exception {
        Path file = dir.resolve(DataFolder.DATABASE_FILE);
        Files.createFile(file);
        try (Database db = Database.open(file, dir.resolve("backups"), new Migrations(StorageTestSupport.CLOCK))) {
            assertEquals(Migrations.SCRIPTS.size(), db.schemaVersion());
        }
    }

    private static void textFile(Path file) throws IOException {
        Files.writeString(file, "这不是数据库，只是一个改了名字的文本文件。\n".repeat(40), StandardCharsets.UTF_8);
    }

    private static void foreignDatabase(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE x (id INTEGER PRIMARY KEY, v TEXT)");
            st.execute("INSERT INTO x(v) VALUES ('other program')");
        }
    }

    private static void newerRegister(Path file) throws SQLException {
        Database.open(file, file.resolveSibling("setup-backups"), new Migrations(StorageTestSupport.CLOCK)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.SCRIPTS.size() + 1));
        }
        deleteSetupBackups(file);
    }

    /** A register with a few hundred rows, closed. */
    private static void buildRegister(Path file) throws Exception {
        try (Database db = Database.open(file, file.resolveSibling("setup-backups"),
                new Migrations(StorageTestSupport.CLOCK))) {
            db.write(c -> {
                for (int i = 0; i < 200; i++) {
                    long s = StorageTestSupport.insertStation(c, "联络站" + i);
                    long p = StorageTestSupport.insertProsecutor(c, "检察官" + i, s);
                    StorageTestSupport.insertVisit(c, s, p, ("第" + i + "条接访记录：群众反映邻里纠纷，")
                            .repeat(10));
                }
            });
        }
        deleteSetupBackups(file);
    }

    private static void truncatedRegister(Path file) throws Exception {
        buildRegister(file);
        long size = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size / 2);
        }
    }

    /** Same size, valid header and schema page, but a run of pages in the middle overwritten (bit rot, a bad copy). */
    private static void scribbledRegister(Path file) throws Exception {
        buildRegister(file);
        long size = Files.size(file);
        byte[] garbage = new byte[8 * 4096];
        new java.util.Random(7).nextBytes(garbage);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(garbage), size / 2);
        }
        assertEquals(size, Files.size(file));
    }

    private static void deleteSetupBackups(Path file) {
        Path backups = file.resolveSibling("setup-backups");
        try (Stream<Path> s = Files.exists(backups) ? Files.list(backups) : Stream.empty()) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
            Files.deleteIfExists(backups);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
