package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.DataFolderLock;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterCheck;
import org.liaisondesk.storage.Snapshots;
import org.liaisondesk.testsupport.TestRegister;

/** {@code backup [--out FILE]} and {@code restore FILE}, driven like a script would. */
class BackupCommandsTest {
    private static final Messages ZH = new Messages(Messages.CHINESE);

    @TempDir
    Path dir;

    private Path data;

    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @BeforeEach
    void remember() throws IOException {
        Messages.use(Messages.CHINESE);
        data = Files.createDirectories(dir.resolve("data"));
    }


    private static CliHarness.Run run(String... args) {
        return CliHarness.run(args);
    }

    private Path register() {
        return data.resolve(DataFolder.DATABASE_FILE);
    }

    private void addStations(String... names) {
        try (TestRegister r = new TestRegister(data)) {
            for (String name : names) {
                r.station(name);
            }
        }
    }

    private long stations(Path file) {
        return RegisterCheck.of(file, new Migrations(Clock.systemDefaultZone())).liveCounts().get("station");
    }

    @Test
    void backupWritesACheckedAutomaticBackupIntoTheBackupsFolderAndPrintsItsPath() {
        addStations("清溪村联络站", "崇阳街道联络站");

        CliHarness.Run r = run("backup", "--data-dir", data.toString());

        assertEquals(Cli.OK, r.code(), r.err());
        Matcher m = Pattern.compile("已备份到：(.*liaisondesk-\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.db)").matcher(r.out());
        assertTrue(m.find(), r.out());
        Path written = Path.of(m.group(1).strip());
        assertEquals(data.resolve("backups"), written.getParent());
        assertEquals(List.of("ok"), Snapshots.check(written));
        assertEquals(2L, stations(written));
        assertEquals("", r.err());
        assertLockReleased();
    }

    @Test
    void backupOutWritesTheNamedFile() {
        addStations("清溪村联络站");
        Path out = dir.resolve("u盘").resolve("联络站备份.db");
        out.getParent().toFile().mkdirs();

        CliHarness.Run r = run("--data-dir", data.toString(), "backup", "--out", out.toString());

        assertEquals(Cli.OK, r.code(), r.err());
        assertEquals(ZH.get("cli.backup.done", out.toAbsolutePath()), r.out().strip());
        assertEquals(1L, stations(out));
    }

    @Test
    void backupOfAFolderWithoutARegisterIsRefusedAndCreatesNothing() throws IOException {
        CliHarness.Run r = run("backup", "--data-dir", data.toString());

        assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(ZH.get("storage.noRegister", register())), r.err());
        assertEquals(List.of(), names(data));
    }

    @Test
    void aBackupThatCannotBeWrittenExitsOneWithTheReason() throws IOException {
        addStations("清溪村联络站");
        Path missing = dir.resolve("拔出的U盘");

        CliHarness.Run r = run("backup", "--data-dir", data.toString(), "--out", missing.resolve("备份.db").toString());

        assertEquals(Cli.FAILED, r.code(), r.out() + r.err());
        assertEquals(ZH.get("storage.backup.targetMissing", missing.toAbsolutePath()), r.err().strip());
        assertEquals("", r.out());
        assertFalse(Files.exists(missing));
    }

    @Test
    void backupOutNeverReplacesAFileThatIsNotABackup() throws IOException {
        addStations("清溪村联络站");
        Path letter = Files.writeString(dir.resolve("检察建议书.docx"), "somebody's document");

        CliHarness.Run r = run("backup", "--data-dir", data.toString(), "--out", letter.toString());

        assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(ZH.get("storage.backup.wouldReplace", letter.toAbsolutePath())), r.err());
        assertEquals("somebody's document", Files.readString(letter));
    }

    @Test
    void restoreBringsTheBackupBackAndSaysWhereTheReplacedRegisterIs() throws IOException {
        addStations("清溪村联络站");
        Path backup = dir.resolve("backup.db");
        assertEquals(Cli.OK, run("backup", "--data-dir", data.toString(), "--out", backup.toString()).code());
        addStations("崇阳街道联络站", "城西工业园区联络站");
        String replaced = sha256(register());

        CliHarness.Run r = run("restore", backup.toString(), "--data-dir", data.toString());

        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains(ZH.get("cli.restore.done", backup.toAbsolutePath(), Migrations.SCRIPTS.size(), "ok")),
                r.out());
        assertTrue(r.out().contains(ZH.get("cli.check.count", "station", 1)), r.out());
        assertEquals(1L, stations(register()));
        Matcher m = Pattern.compile("原登记册已移至“(.*)”").matcher(r.out());
        assertTrue(m.find(), r.out());
        Path aside = Path.of(m.group(1));
        assertEquals(data.resolve("backups"), aside.getParent());
        assertEquals(replaced, sha256(aside.resolve(DataFolder.DATABASE_FILE)));
        assertEquals(3L, stations(aside.resolve(DataFolder.DATABASE_FILE)));
        assertLockReleased();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void restoreRefusesAFileThatIsNotALiaisonDeskRegisterAndChangesNothing(String name, FileMaker maker,
                                                                         String reason) throws Exception {
        addStations("清溪村联络站", "崇阳街道联络站");
        Path goodBackup = dir.resolve("good.db");
        assertEquals(Cli.OK, run("backup", "--data-dir", data.toString(), "--out", goodBackup.toString()).code());
        Path offered = dir.resolve("offered.db");
        maker.make(offered, goodBackup);
        Map<String, String> before = fingerprint(data);

        CliHarness.Run r = run("restore", offered.toString(), "--data-dir", data.toString());

        assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("“" + offered.toAbsolutePath() + "”"), r.err());
        assertTrue(r.err().contains(reason), r.err());
        assertTrue(r.err().contains("当前登记册没有任何改动"), r.err());
        assertEquals("", r.out());
        assertEquals(before, fingerprint(data), "the register and everything beside it are byte for byte the same");
    }

    @FunctionalInterface
    interface FileMaker {
        void make(Path file, Path goodBackup) throws Exception;
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("a text file", (FileMaker) (f, b) -> Files.writeString(f, "这不是备份。\n".repeat(100)),
                        "不是 SQLite 数据库"),
                Arguments.of("another program's SQLite database", (FileMaker) (f, b) -> {
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.toAbsolutePath());
                         Statement st = c.createStatement()) {
                        st.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)");
                    }
                }, "不是联络站检察工作台的登记册"),
                Arguments.of("a truncated copy of a backup", (FileMaker) (f, b) -> {
                    byte[] bytes = Files.readAllBytes(b);
                    Files.write(f, Arrays.copyOf(bytes, bytes.length / 2));
                }, "已损坏或不完整"));
    }

    @Test
    void restoreIsRefusedWhileTheAppHoldsTheDataFolder() throws IOException {
        addStations("清溪村联络站");
        Path backup = dir.resolve("backup.db");
        assertEquals(Cli.OK, run("backup", "--data-dir", data.toString(), "--out", backup.toString()).code());
        String before = sha256(register());
        DataFolder folder = DataFolder.at(data);
        try (DataFolderLock held = DataFolderLock.acquire(folder)) {
            CliHarness.Run r = run("restore", backup.toString(), "--data-dir", data.toString());
            assertEquals(Cli.REFUSED, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(ZH.get("storage.inUse", folder.root())), r.err());
        }
        assertEquals(before, sha256(register()));
        assertEquals(List.of(), names(data.resolve("backups")));
    }

    private void assertLockReleased() {
        DataFolderLock.acquire(DataFolder.at(data)).close();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under the data folder with its SHA-256, except the log files (any thread may log). */
    private static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(p -> !p.startsWith(folder.resolve("logs"))).sorted().toList()) {
                map.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "folder" : sha256(p));
            }
        }
        return map;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
