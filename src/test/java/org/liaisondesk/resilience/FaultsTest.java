package org.liaisondesk.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.app.cli.Cli;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.StorageException;

/**
 * Faults of the machine rather than of the input: a read-only data folder, a full disk, an output folder that is
 * missing or a file in the way, a backup target that vanishes while the copy is written. Each gives a Chinese message
 * (the CLI's stderr line), leaves no partial file, and leaves the register as it was. Read-only and full volumes are
 * real tmpfs mounts (the tests run as root in the build sandbox); where mounting is not allowed they are skipped.
 */
class FaultsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final String FILLER = "填满.bin";

    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();
    private String savedDataDir;
    private Locale savedLocale;
    private String stationName;
    private String prosecutorName;
    private String documentNumber;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void remember() {
        savedDataDir = System.getProperty(DataFolder.PROPERTY);
        savedLocale = Messages.current().locale();
    }

    @AfterEach
    void putBack() {
        List<Path> reversed = new ArrayList<>(mounts);
        Collections.reverse(reversed);
        for (Path m : reversed) {
            shell("umount", "-l", m.toString());
        }
        if (savedDataDir == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, savedDataDir);
        }
        Messages.use(savedLocale);
    }

    @Test
    void aReadOnlyDataFolderIsReadButNeverWritten() throws Exception {
        Path made = dir.resolve("made");
        demoRegister(made);
        Path volume = tmpfs("readonly", "32m");
        Path data = volume.resolve("data");
        // Copied rather than made there: this JVM keeps the app's log file open, and a volume with a file open for
        // writing cannot be remounted read-only.
        copyTree(made, data);
        Path csv = importFile(dir.resolve("来访.csv"), 50);
        shellOk("mount", "-o", "remount,ro", volume.toString());
        assertFalse(Files.isWritable(data.resolve(DataFolder.DATABASE_FILE)) && canCreate(data), "the volume is read-only");
        Map<String, String> before = RegisterChecksum.of(DataFolder.at(data).database());

        Run check = cli(data, "check");
        assertEquals(Cli.OK, check.code(), "the read-only check works on a read-only folder: " + check);

        for (String[] command : List.of(new String[] {"import", csv.toString(), "--kind", "visits"},
                new String[] {"backup"}, new String[] {"demo"})) {
            Run run = cli(data, command);
            assertEquals(Cli.REFUSED, run.code(), command[0] + ": " + run);
            assertTrue(run.err().contains("无法创建或写入"), command[0] + ": " + run);
        }
        assertEquals(before, RegisterChecksum.of(DataFolder.at(data).database()));
    }

    @Test
    void aFullDiskRefusesTheChangeAndKeepsTheRegisterWhole() throws Exception {
        Path volume = tmpfs("full", "24m");
        Path data = volume.resolve("data");
        demoRegister(data);
        Path csv = importFile(dir.resolve("来访.csv"), 3000);
        Path output = tmpfs("文书盘", "64k");
        fill(volume, 256 * 1024);
        fill(output, 1024);
        Map<String, String> before = RegisterChecksum.of(DataFolder.at(data).database());

        Run imported = cli(data, "import", csv.toString(), "--kind", "visits");
        assertEquals(Cli.REFUSED, imported.code(), imported.toString());
        assertTrue(imported.err().contains("磁盘已满"), imported.toString());

        Run document = cli(data, "document", "--recommendation", documentNumber, "--out", output.toString());
        assertEquals(Cli.REFUSED, document.code(), document.toString());
        assertTrue(document.err().contains("文件未生成"), document.toString());
        assertEquals(List.of(FILLER), names(output), "no partial document");

        Run backup = cli(data, "backup");
        assertEquals(Cli.FAILED, backup.code(), "a backup that could not be written exits 1: " + backup);
        assertTrue(backup.err().contains("没有写成"), backup.toString());
        assertTrue(names(DataFolder.at(data).backups()).stream().noneMatch(n -> n.endsWith(".partial")),
                "no partial backup: " + names(DataFolder.at(data).backups()));

        assertEquals(before, RegisterChecksum.of(DataFolder.at(data).database()), "nothing of the refused import is in");
        try (Database db = Database.open(DataFolder.at(data).database(), DataFolder.at(data).backups(),
                new Migrations(CLOCK))) {
            assertEquals(List.of("ok"), db.integrityCheck());
        }
    }

    @Test
    void aBackupToAFullStickLeavesNothingThere() throws Exception {
        Path data = dir.resolve("data");
        demoRegister(data);
        Path stick = tmpfs("stick", "256k");
        Path target = stick.resolve("备份.db");

        Run backup = cli(data, "backup", "--out", target.toString());
        assertEquals(Cli.FAILED, backup.code(), backup.toString());
        assertTrue(backup.err().contains("没有写成"), backup.toString());
        assertEquals(List.of(), names(stick), "no partial backup on the stick");
    }

    @Test
    void aDocumentForAMissingFolderIsRefused() throws Exception {
        Path data = dir.resolve("data");
        demoRegister(data);
        Path missing = dir.resolve("不存在的文件夹");

        Run run = cli(data, "document", "--recommendation", documentNumber, "--out", missing.toString());
        assertEquals(Cli.REFUSED, run.code(), run.toString());
        assertTrue(run.err().contains("不存在或无法访问"), run.toString());
        assertFalse(Files.exists(missing), "the folder is not created behind the user's back");
    }

    /** A folder holding the output's name stands in for a file another program holds (portable "locked"). */
    @Test
    void aDocumentWhoseNameIsTakenByAnotherProgramIsRefused() throws Exception {
        Path data = dir.resolve("data");
        demoRegister(data);
        Path first = Files.createDirectories(dir.resolve("第一次"));
        Run written = cli(data, "document", "--recommendation", documentNumber, "--out", first.toString());
        assertEquals(Cli.OK, written.code(), written.toString());
        String name = Path.of(written.out().strip()).getFileName().toString();
        Path output = Files.createDirectories(dir.resolve("输出"));
        Files.writeString(Files.createDirectories(output.resolve(name)).resolve("占用.txt"), "占用");

        Run run = cli(data, "document", "--recommendation", documentNumber, "--out", output.toString(), "--overwrite");
        assertEquals(Cli.REFUSED, run.code(), run.toString());
        assertTrue(run.err().contains("正被其他程序") || run.err().contains("无法写入文件"), run.toString());
        assertEquals(List.of(name), names(output), "nothing but what was there: no temporary file");
    }

    /**
     * The backup folder (a USB stick) is pulled while the copy is written. The register is made large enough that the
     * copy takes a while; the folder is removed as soon as the partial copy appears in it.
     */
    @Test
    void aBackupTargetThatDisappearsLeavesNoBackupBehind() throws Exception {
        Path data = dir.resolve("data");
        demoRegister(data);
        Path stick = Files.createDirectories(dir.resolve("U盘"));
        try (AppContext context = AppContext.open(DataFolder.at(data), CLOCK)) {
            bulkVisits(context.database(), 20_000);
            BackupService backups = context.backups();
            Thread puller = new Thread(() -> pullWhenCopyAppears(stick), "usb-puller");
            puller.start();
            StorageException e = null;
            try {
                assertTimeoutPreemptively(HANG_GUARD, () -> backups.backupToFile(stick.resolve("备份.db")));
            } catch (StorageException refused) {
                e = refused;
            }
            puller.join(TimeUnit.SECONDS.toMillis(30));
            Assumptions.assumeTrue(e != null, "the copy was finished before the folder could be removed; nothing to check");
            assertEquals("storage.backup.targetGone", e.messageKey(), e.localizedMessage());
            assertTrue(e.localizedMessage().contains("没有留下不完整的备份文件"), e.localizedMessage());
            assertFalse(Files.exists(stick));
            assertEquals(List.of("ok"), context.database().integrityCheck());
        }
    }

    // ---- helpers ----

    private static void pullWhenCopyAppears(Path stick) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(stick)) {
                if (files.anyMatch(p -> p.getFileName().toString().endsWith(".partial"))) {
                    deleteTree(stick);
                    return;
                }
            } catch (IOException ignored) {
                // listing raced with SQLite creating the file; look again
            }
            Thread.onSpinWait();
        }
    }

    /** The demo register with a station and prosecutor of known names, closed. */
    private void demoRegister(Path data) {
        try (AppContext context = AppContext.open(DataFolder.at(data), CLOCK)) {
            context.loadDemo(step -> { });
            Station station = context.roster().save(Station.draft("故障测试联络站", StationKind.VILLAGE));
            Prosecutor prosecutor = context.roster().save(Prosecutor.draft("故障测试检察官", station.id()));
            stationName = station.name();
            prosecutorName = prosecutor.name();
            documentNumber = context.database().read(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT number FROM document_number ORDER BY number LIMIT 1")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
        }
        assertTrue(documentNumber != null, "the demo register has a numbered recommendation");
    }

    private Path importFile(Path csv, int rows) throws IOException {
        StringBuilder text = new StringBuilder("接访日期,联络站,承办检察官,接访形式,类别,事由\n");
        String date = LocalDate.now(CLOCK).minusDays(2).toString();
        for (int i = 1; i <= rows; i++) {
            text.append(date).append(',').append(stationName).append(',').append(prosecutorName)
                    .append(",来访,咨询,故障测试第").append(i).append("行：").append("群众咨询宅基地纠纷。".repeat(20)).append('\n');
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        return csv;
    }

    private static void bulkVisits(Database db, int count) {
        db.write(c -> {
            long station;
            long prosecutor;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT min(id) FROM station), (SELECT min(id) FROM prosecutor)")) {
                rs.next();
                station = rs.getLong(1);
                prosecutor = rs.getLong(2);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit(uuid, visit_date, station_id, prosecutor_id, "
                    + "form, category, summary, handling, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < count; i++) {
                    ps.setString(1, java.util.UUID.randomUUID().toString());
                    ps.setString(2, "2026-11-02");
                    ps.setLong(3, station);
                    ps.setLong(4, prosecutor);
                    ps.setString(5, "IN_PERSON");
                    ps.setString(6, "CONSULTATION");
                    ps.setString(7, ("第" + i + "条：群众反映邻里纠纷，").repeat(40));
                    ps.setString(8, "PENDING");
                    ps.setString(9, "2026-11-02T10:00:00+08:00");
                    ps.setString(10, "2026-11-02T10:00:00+08:00");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Fills the volume so that only about {@code leave} bytes stay free. */
    private static void fill(Path volume, long leave) throws IOException {
        long free = Files.getFileStore(volume).getUsableSpace();
        long size = Math.max(0, free - leave);
        try (var ch = java.nio.channels.FileChannel.open(volume.resolve(FILLER), java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(1 << 16);
            for (long written = 0; written < size; ) {
                block.clear().limit((int) Math.min(block.capacity(), size - written));
                written += ch.write(block);
            }
        }
    }

    private static boolean canCreate(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private Path tmpfs(String name, String size) throws IOException {
        Path mountPoint = Files.createDirectories(dir.resolve(name));
        int code = shell("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(code == 0, "cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN): this fault is "
                + "then covered by the storage tests' injected failures only");
        mounts.add(mountPoint);
        return mountPoint;
    }

    private static void shellOk(String... command) {
        assertEquals(0, shell(command), String.join(" ", command));
    }

    private static int shell(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Run cli(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true),
                    () -> { throw new AssertionError("the window must not open"); });
            return new Run(code, out.toString(), err.toString());
        });
    }

    private static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
