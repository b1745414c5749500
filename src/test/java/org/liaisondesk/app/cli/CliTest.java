package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.settings.data.SettingsStore;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.DataFolderLock;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterCheck;

class CliTest {
    private static final Messages ZH = new Messages(Messages.CHINESE);

    @TempDir
    Path dir;


    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @BeforeEach
    void remember() {
        Messages.use(Messages.CHINESE);
    }


    private static CliHarness.Run run(String... args) {
        return CliHarness.run(args);
    }

    private Path register() {
        return dir.resolve(DataFolder.DATABASE_FILE);
    }

    @Test
    void versionNamesTheProgram() {
        CliHarness.Run r = run("--version");
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("LiaisonDesk"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpListsTheCommands() {
        CliHarness.Run r = run("--help");
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("check"), r.out());
        assertTrue(r.out().contains("demo"), r.out());
        assertTrue(r.out().contains("--data-dir"), r.out());
    }

    @Test
    void checkOfAnEmptyFolderIsRefusedAndCreatesNothing() throws IOException {
        CliHarness.Run r = run("--data-dir", dir.toString(), "check");

        assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("没有找到登记册"), r.err());
        assertTrue(r.err().contains(ZH.get("storage.noRegister", register())), r.err());
        assertFalse(Files.exists(register()));
        assertEquals(List.of(), names(dir), "check writes nothing at all");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataDirPlacements")
    void checkOfAHealthyRegisterPassesWhereverDataDirIsGiven(String placement, List<String> argsTemplate)
            throws Exception {
        try (Database db = Database.open(register(), dir.resolve("backups"), new Migrations(Clock.systemDefaultZone()))) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO station(uuid, name, kind, created_at, updated_at) VALUES "
                            + "('u1', '清溪村联络站', 'VILLAGE', '2024-10-12T10:30:00+08:00', '2024-10-12T10:30:00+08:00')");
                }
            });
        }
        String before = sha256(register());
        List<String> filesBefore = names(dir);
        String[] args = argsTemplate.stream().map(a -> a.replace("DIR", dir.toString())).toArray(String[]::new);

        CliHarness.Run r = run(args);

        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("完整性检查：ok"), r.out());
        assertTrue(r.out().contains(ZH.get("cli.check.file", register())), r.out());
        assertTrue(r.out().contains(ZH.get("cli.check.version", Migrations.SCRIPTS.size())), r.out());
        assertTrue(r.out().contains(ZH.get("cli.check.count", "station", 1)), r.out());
        assertEquals(before, sha256(register()), "check is read-only");
        assertEquals(filesBefore, names(dir), "check leaves no side files");
    }

    static Stream<Arguments> dataDirPlacements() {
        return Stream.of(
                Arguments.of("before the command", List.of("--data-dir", "DIR", "check")),
                Arguments.of("after the command", List.of("check", "--data-dir", "DIR")),
                Arguments.of("with =", List.of("check", "--data-dir=DIR")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void checkRefusesFilesThatAreNotARegisterOfThisVersionAndLeavesThemAlone(String name, FileMaker maker,
                                                                             String expectedKey) throws Exception {
        maker.make(register());
        String before = sha256(register());
        List<String> filesBefore = names(dir);

        CliHarness.Run r = run("check", "--data-dir", dir.toString());

        assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
        String expectedStart = ZH.get(expectedKey, register(), Migrations.SCRIPTS.size() + 1, Migrations.SCRIPTS.size());
        assertTrue(r.err().contains(expectedStart), "expected " + expectedStart + " in " + r.err());
        assertEquals(before, sha256(register()));
        assertEquals(filesBefore, names(dir));
    }

    @FunctionalInterface
    interface FileMaker {
        void make(Path file) throws Exception;
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("text file", (FileMaker) f -> Files.writeString(f, "这不是登记册。\n".repeat(50)),
                        "storage.notSqlite"),
                Arguments.of("another program's database", (FileMaker) CliTest::foreignDatabase,
                        "storage.foreignDatabase"),
                Arguments.of("register of a newer version", (FileMaker) CliTest::newerRegister,
                        "storage.newerVersion"));
    }

    @Test
    void checkOfANonSqliteFileNamesTheProblemInChinese() throws IOException {
        Files.writeString(register(), "hello", StandardCharsets.UTF_8);
        CliHarness.Run r = run("check", "--data-dir", dir.toString());
        assertEquals(Cli.REFUSED, r.code());
        assertTrue(r.err().contains("不是 SQLite 数据库"), r.err());
        assertEquals("hello", Files.readString(register(), StandardCharsets.UTF_8));
    }

    @Test
    void demoFillsAnEmptyRegisterOnceAndIsRefusedTheSecondTime() throws IOException {
        CliHarness.Run first = run("--data-dir", dir.toString(), "demo");

        assertEquals(Cli.OK, first.code(), first.err());
        Matcher m = Pattern.compile("演示数据已载入：联络站 (\\d+) 个，检察官 (\\d+) 名，接访记录 (\\d+) 条，"
                + "联络员 (\\d+) 名，被建议单位 (\\d+) 个，线索 (\\d+) 条，案件 (\\d+) 件，履职活动 (\\d+) 项，"
                + "检察建议与报告 (\\d+) 份。")
                .matcher(first.out());
        assertTrue(m.find(), first.out());
        long stations = Long.parseLong(m.group(1));
        long prosecutors = Long.parseLong(m.group(2));
        long visits = Long.parseLong(m.group(3));
        assertTrue(stations > 0 && prosecutors > 0 && visits > 0, first.out());

        Map<String, Long> counts = liveCounts();
        assertEquals(stations, counts.get("station"));
        assertEquals(prosecutors, counts.get("prosecutor"));
        assertEquals(visits, counts.get("visit"));
        assertEquals(Long.parseLong(m.group(4)), counts.get("liaison"));
        assertEquals(Long.parseLong(m.group(5)), counts.get("recipient"));
        assertEquals(Long.parseLong(m.group(6)), counts.get("lead"));
        assertEquals(Long.parseLong(m.group(7)), counts.get("matter"));
        assertEquals(Long.parseLong(m.group(8)), counts.get("work_activity"));
        assertEquals(Long.parseLong(m.group(9)), counts.get("recommendation"));
        assertTrue(new SettingsStore(dir.resolve(DataFolder.SETTINGS_FILE), Clock.systemDefaultZone()).load()
                .isFirstRunCompleted(), "the first-start dialog is not shown over a demo register");
        assertLockReleased();

        CliHarness.Run second = run("demo", "--data-dir", dir.toString());

        assertEquals(Cli.REFUSED, second.code(), second.out() + second.err());
        assertTrue(second.err().contains(ZH.get("demo.registerNotEmpty")), second.err());
        assertTrue(second.err().contains("演示数据只能载入到空的登记册"), second.err());
        assertFalse(second.out().contains("演示数据已载入"), second.out());
        assertEquals(counts, liveCounts(), "nothing written by the refused demo");
        assertLockReleased();
    }

    @Test
    void demoIsRefusedWhileAnotherProgramHoldsTheFolder() throws IOException {
        DataFolder folder = DataFolder.at(dir).prepare();
        DataFolderLock held = DataFolderLock.acquire(folder);
        try {
            CliHarness.Run r = run("demo", "--data-dir", dir.toString());
            assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(ZH.get("storage.inUse", folder.root())), r.err());
        } finally {
            held.close();
        }
        assertFalse(Files.exists(register()), "no register created by the refused demo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "check --bogus", "frobnicate", "--data-dir", "demo extra-argument"})
    void badInputIsRefusedWithUsage(String line) {
        CliHarness.Run r = run(line.split(" "));
        assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("Usage:"), r.err());
        assertFalse(Files.exists(register()));
    }

    private Map<String, Long> liveCounts() {
        return RegisterCheck.of(register(), new Migrations(Clock.systemDefaultZone())).liveCounts();
    }

    private void assertLockReleased() {
        // Throws storage.inUse if the command kept the folder's lock.
        DataFolderLock lock = DataFolderLock.acquire(DataFolder.at(dir));
        lock.close();
    }

    private static void foreignDatabase(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE x (id INTEGER PRIMARY KEY)");
        }
    }

    private static void newerRegister(Path file) throws SQLException, IOException {
        Path setupBackups = file.resolveSibling("setup-backups");
        Database.open(file, setupBackups, new Migrations(Clock.systemDefaultZone())).close();
        Files.deleteIfExists(setupBackups); // a new register needs no backup, so the folder is never created
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.SCRIPTS.size() + 1));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
