package org.liaisondesk.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.liaisondesk.Launcher;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.storage.BackupFiles;
import org.liaisondesk.storage.BackupInfo;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterCheck;
import org.liaisondesk.storage.Snapshots;
import org.liaisondesk.storage.StorageException;

/**
 * Kills LiaisonDesk with SIGKILL in the middle of real writes and checks that nothing acknowledged is lost.
 *
 * <p>Each run starts a child JVM on a data folder doing one of: a stream of visit saves ({@link VisitSaverMain}, which
 * prints {@code ack <uuid>} after each commit), the CLI's {@code import} of a CSV of a few thousand visits, its
 * {@code bundle import} of another station's register, or its {@code backup} (into the backups folder or with
 * {@code --out}). After a seeded random delay the child is killed ({@link Process#destroyForcibly()}, SIGKILL on
 * Linux). The register is then reopened as the next run of the app would open it and checked: {@code PRAGMA
 * integrity_check} is ok; every acknowledged save is there; every import and bundle is there completely or not at
 * all; every backup reported written, and every file that carries a backup's name, opens and passes the check; and
 * no temporary file is left under a name a later run would take for real output. The delay is drawn from the time
 * the same work took in an uninterrupted calibration run, so kills land during the work rather than only during
 * the JVM's start. Data folders are renewed every {@link #KILLS_PER_FOLDER} kills so the register stays small.
 */
final class CrashHarness {
    enum Scenario { SAVES, IMPORT, BUNDLE_IMPORT, BACKUP_OUT, AUTOMATIC_BACKUP }

    static final int KILLS_PER_FOLDER = 10;
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final long CHILD_TIME_LIMIT_MS = 120_000;

    /** What a long or short run found. */
    static final class Tally {
        final long seed;
        int kills;
        int finishedBeforeKill;
        final Map<Scenario, Integer> killsPerScenario = new EnumMap<>(Scenario.class);
        long ackedWrites;
        long lostAckedWrites;
        int integrityFailures;
        int importsComplete;
        int importsAbsent;
        int bundlesComplete;
        int bundlesAbsent;
        int halfApplied;
        int backupsReported;
        int badBackups;
        final Map<String, Integer> tempFilesLeftByKills = new java.util.TreeMap<>();
        final Set<Path> tempFilesSeen = new HashSet<>();
        long setupMillis;
        final List<String> problems = new ArrayList<>();
        final Map<Scenario, Long> calibratedMillis = new EnumMap<>(Scenario.class);

        Tally(long seed) {
            this.seed = seed;
        }

        void problem(String text) {
            if (problems.size() < 50) {
                problems.add(text);
            }
        }

        String summary() {
            return String.join(System.lineSeparator(),
                    "crash harness tally (seed " + seed + ")",
                    "  kills (SIGKILL)                : " + kills + " " + killsPerScenario,
                    "  runs that finished before kill : " + finishedBeforeKill,
                    "  uninterrupted run (ms)         : " + calibratedMillis + " (kill delays are drawn from these)",
                    "  acknowledged saves             : " + ackedWrites,
                    "  lost acknowledged saves        : " + lostAckedWrites,
                    "  integrity failures             : " + integrityFailures,
                    "  imports complete / absent      : " + importsComplete + " / " + importsAbsent,
                    "  bundles complete / absent      : " + bundlesComplete + " / " + bundlesAbsent,
                    "  half-applied imports/bundles   : " + halfApplied,
                    "  backups reported written       : " + backupsReported,
                    "  bad files under a backup name  : " + badBackups,
                    "  temp files seen after kills    : " + tempFilesLeftByKills + " (never listed as backups nor used)",
                    "  setup and calibration (ms)     : " + setupMillis,
                    "  problems                       : " + (problems.isEmpty() ? "none" : String.join(" | ", problems)));
        }
    }

    /** What one child did: its output lines, exit code and whether it was killed. */
    private record Outcome(boolean killed, int exitCode, List<String> out, String err, long firstLineMillis) {
        boolean finished() {
            return !killed && exitCode == 0;
        }
    }

    private final Path work;
    private final Random random;
    private final int importRows;
    private final Tally tally;
    private Path seedFolder;
    private long stationId;
    private long prosecutorId;
    private String stationName;
    private String prosecutorName;
    private Path bundle;
    /** table → UUIDs of the bundle's records that the seed register does not hold. */
    private final Map<String, Set<String>> bundleNewUuids = new LinkedHashMap<>();
    private long bundleCompleteCount;
    private int runCounter;

    CrashHarness(Path work, long seed, int importRows) {
        this.work = work;
        this.random = new Random(seed);
        this.importRows = importRows;
        this.tally = new Tally(seed);
    }

    /** Kills a child {@code kills} times and returns the tally; the work folder is left for inspection. */
    Tally run(int kills) {
        long started = System.nanoTime();
        prepare();
        calibrate();
        tally.setupMillis = (System.nanoTime() - started) / 1_000_000;
        Round round = null;
        int runs = 0;
        while (tally.kills < kills && runs < kills * 4) {
            if (round == null || round.kills >= KILLS_PER_FOLDER) {
                if (round != null) {
                    System.out.println("crash harness: " + tally.kills + " kills, " + tally.ackedWrites + " acknowledged saves, "
                            + tally.lostAckedWrites + " lost, " + tally.integrityFailures + " integrity failures, "
                            + tally.problems.size() + " problems");
                    if (tally.problems.isEmpty()) {
                        deleteTree(round.folder);
                    }
                }
                round = new Round(work.resolve("round-" + (tally.kills / KILLS_PER_FOLDER)));
            }
            Scenario scenario = Scenario.values()[random.nextInt(Scenario.values().length)];
            runOnce(round, scenario);
            runs++;
        }
        return tally;
    }

    // ---- setting up ----

    /** The seed register (the demo plus a station of our own), and a bundle exported by another station. */
    private void prepare() {
        seedFolder = work.resolve("seed");
        try (AppContext context = AppContext.open(DataFolder.at(seedFolder), CLOCK)) {
            context.loadDemo(step -> { });
            Station station = context.roster().save(Station.draft("崩溃测试联络站", StationKind.VILLAGE));
            Prosecutor prosecutor = context.roster().save(Prosecutor.draft("崩溃测试检察官", station.id()));
            stationId = station.id();
            prosecutorId = prosecutor.id();
            stationName = station.name();
            prosecutorName = prosecutor.name();
        }
        bundle = work.resolve("外站交换包.json");
        try (AppContext other = AppContext.open(DataFolder.at(work.resolve("other-station")), CLOCK)) {
            Station station = other.roster().save(Station.draft("崩溃测试外站", StationKind.COMMUNITY));
            Prosecutor prosecutor = other.roster().save(Prosecutor.draft("外站检察官甲", station.id()));
            LocalDate date = other.visits().today().minusDays(3);
            for (int i = 1; i <= 100; i++) {
                other.visits().save(Visit.builder().date(date).stationId(station.id()).prosecutorId(prosecutor.id())
                        .form(VisitForm.PHONE).category(VisitCategory.DISPUTE).handling(Handling.PENDING)
                        .summary("外站第" + i + "条来访：反映土地承包纠纷").build());
            }
            other.bundles().export(bundle);
        }
        try (Database seed = open(seedFolder)) {
            JsonNode records = readJson(bundle).get("records");
            for (Map.Entry<String, JsonNode> table : records.properties()) {
                Set<String> uuids = new HashSet<>();
                for (JsonNode row : table.getValue()) {
                    if (row.path("uuid").isTextual()) {
                        uuids.add(row.get("uuid").asText());
                    }
                }
                if (uuids.isEmpty()) {
                    continue;
                }
                uuids.removeAll(uuidsOf(seed, table.getKey()));
                if (!uuids.isEmpty()) {
                    bundleNewUuids.put(table.getKey(), uuids);
                }
            }
        }
    }

    /** Each scenario once, uninterrupted: it must succeed, and its duration scales the random kill delays. */
    private void calibrate() {
        Round round = new Round(work.resolve("calibration"));
        for (Scenario scenario : Scenario.values()) {
            long started = System.nanoTime();
            Outcome outcome = start(round, scenario, scenario == Scenario.SAVES ? -2 : -1);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (scenario == Scenario.SAVES) {
                if (outcome.out().stream().noneMatch(l -> l.startsWith(VisitSaverMain.ACK))) {
                    throw new IllegalStateException("the saving child acknowledged nothing: " + outcome.err());
                }
                millis = outcome.firstLineMillis();
            } else if (!outcome.finished()) {
                throw new IllegalStateException(scenario + " failed uninterrupted (exit " + outcome.exitCode() + "): "
                        + outcome.out() + " " + outcome.err());
            }
            tally.calibratedMillis.put(scenario, Math.max(200, millis));
            if (scenario == Scenario.BUNDLE_IMPORT) {
                try (Database db = open(round.folder)) {
                    bundleCompleteCount = bundlePresent(db);
                }
                if (bundleCompleteCount == 0) {
                    throw new IllegalStateException("the calibration bundle import added nothing");
                }
            }
        }
    }

    // ---- one run ----

    /** A data folder for a series of kills, with what has been acknowledged in it so far. */
    private final class Round {
        final Path folder;
        final Path out;
        final Set<String> acked = new HashSet<>();
        /** Import marker → true when the import is known complete, false when known absent. */
        final Map<String, Boolean> imports = new LinkedHashMap<>();
        Boolean bundleComplete;
        int kills;

        Round(Path folder) {
            this.folder = folder;
            this.out = folder.resolveSibling(folder.getFileName() + "-out");
            try {
                Files.createDirectories(folder);
                Files.createDirectories(out);
                Files.copy(seedFolder.resolve(DataFolder.DATABASE_FILE), folder.resolve(DataFolder.DATABASE_FILE),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void runOnce(Round round, Scenario scenario) {
        long calibrated = tally.calibratedMillis.get(scenario);
        long delay = scenario == Scenario.SAVES
                ? (long) (calibrated * 0.8) + random.nextInt(1000)
                : (long) (calibrated * (0.2 + 1.4 * random.nextDouble()));
        Outcome outcome = start(round, scenario, delay);
        if (outcome.killed()) {
            tally.kills++;
            round.kills++;
            tally.killsPerScenario.merge(scenario, 1, Integer::sum);
        } else {
            tally.finishedBeforeKill++;
            if (!outcome.finished() && scenario != Scenario.SAVES) {
                tally.problem(scenario + " exited " + outcome.exitCode() + " without being killed: " + outcome.err());
            }
        }
        verify(round, scenario, outcome);
    }

    /** The last import's marker and the last backup target, which {@link #verify} needs. */
    private String currentMarker;
    private Path currentTarget;

    /**
     * Starts the child for {@code scenario} and kills it after {@code killAfterMillis}; -1 waits for it to finish,
     * -2 kills it as soon as it printed its first line.
     */
    private Outcome start(Round round, Scenario scenario, long killAfterMillis) {
        runCounter++;
        List<String> command = new ArrayList<>(javaCommand());
        Path dataDir = round.folder;
        switch (scenario) {
            case SAVES -> {
                command.add(VisitSaverMain.class.getName());
                command.addAll(List.of(dataDir.toString(), Long.toString(stationId), Long.toString(prosecutorId)));
            }
            case IMPORT -> {
                currentMarker = "导入批次" + runCounter + "号";
                Path csv = writeImportFile(round, currentMarker);
                command.add(Launcher.class.getName());
                command.addAll(List.of("--data-dir", dataDir.toString(), "import", csv.toString(), "--kind", "visits"));
            }
            case BUNDLE_IMPORT -> {
                command.add(Launcher.class.getName());
                command.addAll(List.of("--data-dir", dataDir.toString(), "bundle", "import", bundle.toString()));
            }
            case BACKUP_OUT -> {
                currentTarget = round.out.resolve("备份-" + runCounter + ".db");
                command.add(Launcher.class.getName());
                command.addAll(List.of("--data-dir", dataDir.toString(), "backup", "--out", currentTarget.toString()));
            }
            case AUTOMATIC_BACKUP -> {
                command.add(Launcher.class.getName());
                command.addAll(List.of("--data-dir", dataDir.toString(), "backup"));
            }
            default -> throw new IllegalStateException(scenario.toString());
        }
        return launch(command, round.folder.resolveSibling(round.folder.getFileName() + "-stderr-" + runCounter + ".txt"),
                killAfterMillis);
    }

    private static List<String> javaCommand() {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true");
    }

    private static Outcome launch(List<String> command, Path stderr, long killAfterMillis) {
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            process.getOutputStream().close();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch firstLine = new CountDownLatch(1);
            long[] firstLineAt = {-1};
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (firstLineAt[0] < 0) {
                            firstLineAt[0] = (System.nanoTime() - started) / 1_000_000;
                            firstLine.countDown();
                        }
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the child is gone; what was read is what it acknowledged
                }
            }, "crash-child-reader");
            reader.setDaemon(true);
            reader.start();
            boolean exited;
            if (killAfterMillis == -2) {
                firstLine.await(CHILD_TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
                exited = !process.isAlive();
            } else {
                exited = process.waitFor(killAfterMillis < 0 ? CHILD_TIME_LIMIT_MS : killAfterMillis, TimeUnit.MILLISECONDS);
            }
            boolean killed = false;
            if (!exited) {
                process.destroyForcibly();
                killed = true;
            }
            process.waitFor();
            reader.join(CHILD_TIME_LIMIT_MS);
            String err = Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
            Files.deleteIfExists(stderr);
            return new Outcome(killed, process.exitValue(), List.copyOf(lines), err.strip(), firstLineAt[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A CSV of {@link #importRows} valid visits, each carrying {@code marker} in its summary. */
    private Path writeImportFile(Round round, String marker) {
        Path csv = round.out.resolve(marker + ".csv");
        StringBuilder text = new StringBuilder("接访日期,联络站,承办检察官,接访形式,类别,事由\n");
        String date = LocalDate.now(CLOCK).minusDays(2).toString();
        for (int i = 1; i <= importRows; i++) {
            text.append(date).append(',').append(stationName).append(',').append(prosecutorName)
                    .append(",来访,咨询,").append(marker).append("第").append(i).append("行：群众咨询宅基地纠纷\n");
        }
        try {
            Files.writeString(csv, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv;
    }

    // ---- checking ----

    private void verify(Round round, Scenario scenario, Outcome outcome) {
        String when = scenario + (outcome.killed() ? " killed" : " finished") + " in " + round.folder.getFileName();
        checkFileNames(round, when);
        for (String line : outcome.out()) {
            if (line.startsWith(VisitSaverMain.ACK)) {
                round.acked.add(line.substring(VisitSaverMain.ACK.length()).strip());
                tally.ackedWrites++;
            }
        }
        Database db;
        try {
            db = open(round.folder);
        } catch (StorageException e) {
            tally.integrityFailures++;
            tally.problem(when + ": the register does not open: " + e.localizedMessage());
            return;
        }
        try (db) {
            List<String> integrity = db.integrityCheck();
            if (!List.of("ok").equals(integrity)) {
                tally.integrityFailures++;
                tally.problem(when + ": integrity_check " + integrity);
            }
            Set<String> present = uuidsOf(db, "visit");
            long lost = round.acked.stream().filter(u -> !present.contains(u)).count();
            if (lost > 0) {
                tally.lostAckedWrites += lost;
                tally.problem(when + ": " + lost + " acknowledged saves missing");
            }
            if (scenario == Scenario.IMPORT) {
                round.imports.put(currentMarker, null);
            }
            for (Map.Entry<String, Boolean> marker : round.imports.entrySet()) {
                checkImport(db, marker, scenario == Scenario.IMPORT && marker.getKey().equals(currentMarker) ? outcome
                        : null, when);
            }
            checkBundle(db, round, scenario == Scenario.BUNDLE_IMPORT ? outcome : null, when);
        }
        if (scenario == Scenario.BACKUP_OUT || scenario == Scenario.AUTOMATIC_BACKUP) {
            checkBackups(round, scenario, outcome, when);
        }
    }

    private void checkImport(Database db, Map.Entry<String, Boolean> marker, Outcome justRun, String when) {
        long count = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM visit WHERE instr(summary, ?) > 0")) {
                ps.setString(1, marker.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
        boolean complete = count == importRows;
        if (count != 0 && !complete) {
            tally.halfApplied++;
            tally.problem(when + ": import " + marker.getKey() + " half applied: " + count + " of " + importRows);
            return;
        }
        if (justRun != null) {
            if (justRun.finished() && !complete) {
                tally.problem(when + ": import reported done but absent");
            }
            if (complete) {
                tally.importsComplete++;
            } else {
                tally.importsAbsent++;
            }
            marker.setValue(complete);
        } else if (marker.getValue() != null && marker.getValue() != complete) {
            tally.problem(when + ": import " + marker.getKey() + " changed from " + marker.getValue() + " to " + complete);
        }
    }

    private void checkBundle(Database db, Round round, Outcome justRun, String when) {
        long present = bundlePresent(db);
        boolean complete = present == bundleCompleteCount;
        boolean wasComplete = Boolean.TRUE.equals(round.bundleComplete);
        if (present != 0 && !complete) {
            tally.halfApplied++;
            tally.problem(when + ": bundle half applied: " + present + " of " + bundleCompleteCount + " records");
            return;
        }
        if (wasComplete && !complete) {
            tally.problem(when + ": a merged bundle disappeared");
        }
        if (justRun == null && !wasComplete && complete) {
            tally.problem(when + ": the bundle appeared without being imported");
        }
        if (justRun != null) {
            if (justRun.finished() && !complete) {
                tally.problem(when + ": bundle import reported done but absent");
            }
            if (!wasComplete) {
                if (complete) {
                    tally.bundlesComplete++;
                } else {
                    tally.bundlesAbsent++;
                }
            }
        }
        round.bundleComplete = complete;
    }

    private void checkBackups(Round round, Scenario scenario, Outcome outcome, String when) {
        boolean reported = outcome.finished() || outcome.out().stream().anyMatch(l -> l.startsWith("已备份到"));
        if (reported) {
            tally.backupsReported++;
            Path written = scenario == Scenario.BACKUP_OUT ? currentTarget : reportedFile(outcome);
            if (written == null || !Files.isRegularFile(written)) {
                tally.badBackups++;
                tally.problem(when + ": backup reported written but missing: " + outcome.out());
                return;
            }
            if (!healthyRegister(written)) {
                tally.badBackups++;
                tally.problem(when + ": backup reported written fails the check: " + written);
            }
        }
    }

    private static Path reportedFile(Outcome outcome) {
        return outcome.out().stream().filter(l -> l.startsWith("已备份到：")).findFirst()
                .map(l -> Paths.get(l.substring("已备份到：".length()).strip())).orElse(null);
    }

    /**
     * Every file carrying a backup's name (listed in the backups folder, or a .db in the output folder) must be a
     * healthy register; any other file there must be one of the temporary names that nothing lists or opens.
     */
    private void checkFileNames(Round round, String when) {
        for (BackupInfo b : BackupFiles.list(DataFolder.at(round.folder).backups())) {
            if (!healthyRegister(b.file())) {
                tally.badBackups++;
                tally.problem(when + ": damaged file under a backup name: " + b.file());
            }
        }
        try (Stream<Path> files = Stream.concat(Files.list(round.out), Files.walk(round.folder))) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".partial") || name.endsWith(".restoring") || (name.startsWith(".~") && name.endsWith(".tmp"))) {
                    if (tally.tempFilesSeen.add(p)) {
                        tally.tempFilesLeftByKills.merge((p.getParent().equals(round.out) ? "--out folder" : p.getParent().getFileName())
                                + "/*" + name.substring(name.lastIndexOf('.')),
                                1, Integer::sum);
                    }
                    if (Files.isRegularFile(p) && BackupFiles.list(p.getParent()).stream().anyMatch(b -> b.file().equals(p))) {
                        tally.problem(when + ": a temporary file is listed as a backup: " + p);
                    }
                } else if (p.getParent().equals(round.out) && name.endsWith(".db") && !healthyRegister(p)) {
                    tally.badBackups++;
                    tally.problem(when + ": damaged file under a backup's name: " + p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean healthyRegister(Path file) {
        if (!List.of("ok").equals(Snapshots.check(file))) {
            return false;
        }
        try {
            return RegisterCheck.of(file, new Migrations(CLOCK)).healthy();
        } catch (StorageException e) {
            return false;
        }
    }

    /** How many of the bundle's new records the register holds. */
    private long bundlePresent(Database db) {
        long present = 0;
        for (Map.Entry<String, Set<String>> table : bundleNewUuids.entrySet()) {
            Set<String> here = uuidsOf(db, table.getKey());
            present += table.getValue().stream().filter(here::contains).count();
        }
        return present;
    }

    /** The acknowledged saves missing from a register: the check the harness makes after every kill. */
    static Set<String> missing(Path dataFolder, Set<String> acked) {
        try (Database db = open(dataFolder)) {
            Set<String> present = uuidsOf(db, "visit");
            Set<String> missing = new HashSet<>(acked);
            missing.removeAll(present);
            return missing;
        }
    }

    private static Set<String> uuidsOf(Database db, String table) {
        return db.read(c -> uuids(c, table));
    }

    private static Set<String> uuids(Connection c, String table) throws SQLException {
        Set<String> uuids = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT uuid FROM \"" + table + "\"")) {
            while (rs.next()) {
                uuids.add(rs.getString(1));
            }
        }
        return uuids;
    }

    /** Opens the register as the next start of the app would (quick_check, WAL recovery, no migration due). */
    private static Database open(Path dataFolder) {
        DataFolder folder = DataFolder.at(dataFolder);
        return Database.open(folder.database(), folder.backups(), new Migrations(CLOCK));
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            Path out = root.resolveSibling(root.getFileName() + "-out");
            if (Files.exists(out)) {
                deleteTree(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
