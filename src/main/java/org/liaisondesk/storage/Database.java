package org.liaisondesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The register's SQLite file. One writer connection (guarded by a lock: one writer at a time) and a small
 * pool of read-only connections, so that background queries never wait for a save and vice versa (WAL).
 *
 * <p>Every change goes through {@link #inTransaction}: BEGIN IMMEDIATE, the work, COMMIT, with
 * {@code synchronous=FULL} so a committed save survives a power cut. Opening refuses, without touching the
 * file, anything that is not a LiaisonDesk database or that was written by a newer version.
 */
public final class Database implements AutoCloseable {
    /** PRAGMA application_id of a LiaisonDesk register: "LDSK". */
    public static final int APPLICATION_ID = 0x4C44534B;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int READERS = 2;
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile boolean closed;
    private final boolean fullyCheckedAtOpen;

    private Database(Path file, Connection writer, boolean fullyCheckedAtOpen) {
        this.file = file;
        this.writer = writer;
        this.fullyCheckedAtOpen = fullyCheckedAtOpen;
    }

    /**
     * Opens (creating if needed) the register at {@code file} and brings its schema up to date. Before
     * any migration of an existing file, a copy is written to {@code backupFolder}.
     */
    public static Database open(Path file, Path backupFolder, Migrations migrations) {
        Objects.requireNonNull(file);
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        boolean fullyChecked = false;
        if (existed) {
            fullyChecked = inspectExisting(file, migrations.latestVersion(), true);
        }
        // From here on the file may change: the note that it was verified goes first, so that a crash (or a
        // migration, or any write) never leaves a claim that no longer holds.
        VerifiedMarker.invalidate(file);
        Connection writer = connect(file, false);
        Database db = new Database(file, writer, fullyChecked);
        try {
            migrations.apply(db, backupFolder);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Refuses files that are not SQLite, not ours, damaged, or newer than this version understands. */
    static void inspectExisting(Path file, int latestVersion) {
        inspectExisting(file, latestVersion, false);
    }

    /**
     * Like {@link #inspectExisting(Path, int)}; with {@code trustVerifiedNote}, the page-by-page check is left out when
     * the register is exactly the file that a clean close verified ({@link VerifiedMarker#matches}). Returns whether
     * the page-by-page check ran.
     */
    static boolean inspectExisting(Path file, int latestVersion, boolean trustVerifiedNote) {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length || !java.util.Arrays.equals(header, SQLITE_HEADER)) {
                throw new StorageException("storage.notSqlite", file);
            }
        } catch (IOException e) {
            throw new StorageException(e, "storage.cannotRead", file, e.getMessage());
        }
        try (Connection probe = connectForInspection(file); Statement st = probe.createStatement()) {
            int appId = intPragma(st, "application_id");
            int version = intPragma(st, "user_version");
            boolean empty;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                empty = rs.next() && rs.getInt(1) == 0;
            }
            if (appId != APPLICATION_ID && !empty) {
                throw new StorageException("storage.foreignDatabase", file);
            }
            if (version > latestVersion) {
                throw new StorageException("storage.newerVersion", file, version, latestVersion);
            }
            // A damaged page in the middle of the file does not show in the header or the schema; without
            // this check such a register would be opened and written to. quick_check reads every page once
            // (a fraction of a second for a register of tens of megabytes, over a minute for 1 GB). It is left out
            // only when the file is byte for byte the one whose exit backup read every page without error and that
            // was then closed cleanly with no -wal file (docs/decisions/0028).
            if (trustVerifiedNote && VerifiedMarker.matches(file)) {
                return false;
            }
            List<String> problems = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            }
            if (!List.of("ok").equals(problems)) {
                throw new StorageException("storage.corrupt", file);
            }
            return true;
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /**
     * A read-only connection for looking at a file that may not be ours. A plain read-only connection to a
     * WAL-mode file creates {@code -wal} and {@code -shm} files next to it and leaves them there (a read-only
     * connection cannot remove them), so a refused or merely checked file would not be left as it was found.
     * When there is no {@code -wal} file, nobody has the file open in WAL mode and no committed change is
     * waiting in a WAL, so the file is opened with {@code immutable=1}: SQLite then reads the main file only
     * and creates nothing. When a {@code -wal} file exists, its content matters, and the ordinary read-only
     * connection is used (the side files are already there).
     */
    static Connection connectForInspection(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        java.net.URI uri = file.toAbsolutePath().toUri();
        if (Files.exists(wal) || uri.getRawAuthority() != null) {
            // (A Windows UNC path has an authority, which SQLite does not accept in a file: URI.)
            return connect(file, true);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + uri + "?immutable=1", config.toProperties());
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    private static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Whether opening ran the page-by-page check ({@code PRAGMA quick_check}) on an existing file; false for a new
     * file and for one skipped because a clean close had verified it (docs/decisions/0028).
     */
    public boolean fullyCheckedAtOpen() {
        return fullyCheckedAtOpen;
    }

    /**
     * The app's exit: closes, and when {@code backupReadEveryPage} (the exit backup was written and checked) and
     * the close left no {@code -wal} file, records {@link VerifiedMarker} so that the next open may skip the
     * page-by-page check. Returns whether the note was written.
     */
    public boolean closeVerified(boolean backupReadEveryPage) {
        boolean wasOpen = !closed;
        close();
        return wasOpen && backupReadEveryPage && VerifiedMarker.write(file);
    }

    /** Runs read-only work on a pooled connection; may run at the same time as a write. */
    public <T> T read(SqlFunction<T> work) {
        ensureOpen();
        Connection c = borrowReader();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            idleReaders.offer(c);
        }
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlFunction<T> work) {
        ensureOpen();
        writeLock.lock();
        try {
            execute(writer, "BEGIN IMMEDIATE");
            T result;
            try {
                result = work.apply(writer);
                execute(writer, "COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            writeLock.unlock();
        }
    }

    /** Like {@link #inTransaction(SqlFunction)} for work that returns nothing. */
    public void write(SqlConsumer work) {
        inTransaction(c -> {
            work.accept(c);
            return null;
        });
    }

    /**
     * Runs work on the writer connection outside a transaction (schema migration control, VACUUM INTO,
     * checkpoints). Holds the write lock.
     */
    public <T> T withWriter(SqlFunction<T> work) {
        ensureOpen();
        writeLock.lock();
        try {
            return work.apply(writer);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            writeLock.unlock();
        }
    }

    /** {@code PRAGMA integrity_check}: a list holding only "ok" when the file is healthy. */
    public List<String> integrityCheck() {
        return read(Database::integrityCheck);
    }

    static List<String> integrityCheck(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        return problems;
    }

    public int schemaVersion() {
        return read(c -> {
            try (Statement st = c.createStatement()) {
                return intPragma(st, "user_version");
            }
        });
    }

    private Connection borrowReader() {
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        synchronized (allReaders) {
            if (allReaders.size() < READERS) {
                Connection fresh = connect(file, true);
                allReaders.add(fresh);
                return fresh;
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException(e, "storage.interrupted");
        }
    }

    private void rollbackQuietly() {
        try {
            execute(writer, "ROLLBACK");
        } catch (SQLException e) {
            // The transaction may already have been rolled back by SQLite itself (e.g. on SQLITE_FULL).
            LOG.log(Level.FINE, "rollback after failure", e);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database closed: " + file);
        }
    }

    /** Turns SQLite's error codes into messages a prosecutor can act on. */
    public static StorageException translate(SQLException e, Path file) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_FULL")) {
                return new StorageException(e, "storage.diskFull", file);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")) {
                return new StorageException(e, "storage.readOnly", file);
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                return new StorageException(e, "storage.corrupt", file);
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new StorageException(e, "storage.busy", file);
            }
            if (name.startsWith("SQLITE_IOERR")) {
                return new StorageException(e, "storage.ioError", file, e.getMessage());
            }
        }
        return new StorageException(e, "storage.failed", file, e.getMessage());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (allReaders) {
            for (Connection c : allReaders) {
                closeQuietly(c);
            }
            allReaders.clear();
        }
        writeLock.lock();
        try {
            try (Statement st = writer.createStatement()) {
                // Fold the WAL back into the main file so a closed register is one self-contained file.
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.log(Level.FINE, "checkpoint on close", e);
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "close", e);
        }
    }
}
