package org.liaisondesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * The schema's history: numbered SQL scripts under {@code org/liaisondesk/db/migration/}, applied in order,
 * each in its own transaction together with the new {@code PRAGMA user_version}. A register that already
 * holds data is copied to the backup folder before the first script runs.
 */
public final class Migrations {
    /** Every migration, oldest first. Version N is the N-th entry. A test checks this against the folder. */
    public static final List<String> SCRIPTS = List.of(
            "V001__register_visits.sql",
            "V002__whole_register.sql",
            "V003__ladder.sql",
            "V004__statistics_indexes.sql",
            "V005__audit_chain.sql",
            "V006__count_indexes.sql",
            "V007__statistics_indexes.sql",
            "V008__short_word_index.sql");

    /** Work SQL cannot do, run right after the named script in the same transaction. */
    private static final java.util.Map<String, SqlConsumer> JAVA_STEPS = java.util.Map.of(
            "V005__audit_chain.sql", AuditChain::backfill,
            "V006__count_indexes.sql", IndexStatistics.analyse(IndexStatistics.V006),
            "V007__statistics_indexes.sql", IndexStatistics.analyse(IndexStatistics.V007));

    static final String FOLDER = "/org/liaisondesk/db/migration/";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private final List<String> scripts;
    private final Clock clock;

    public Migrations(Clock clock) {
        this(SCRIPTS, clock);
    }

    Migrations(List<String> scripts, Clock clock) {
        this.scripts = List.copyOf(scripts);
        this.clock = clock;
    }

    public int latestVersion() {
        return scripts.size();
    }

    void apply(Database db, Path backupFolder) {
        int current = db.schemaVersion();
        if (current >= latestVersion()) {
            return;
        }
        if (current > 0) {
            backupBeforeMigration(db, backupFolder, current);
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            String script = scripts.get(version - 1);
            String sql = load(script);
            SqlConsumer javaStep = JAVA_STEPS.getOrDefault(script, c -> { });
            int target = version;
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(sql);
                    javaStep.accept(c);
                    st.execute("PRAGMA user_version = " + target);
                    st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
                }
            });
            LOG.info(() -> "schema migrated to version " + target);
        }
    }

    private void backupBeforeMigration(Database db, Path backupFolder, int fromVersion) {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backupFolder.resolve("liaisondesk-v" + fromVersion + "-before-migration-" + stamp + ".db");
        try {
            Files.createDirectories(backupFolder);
        } catch (IOException e) {
            throw new StorageException(e, "storage.backupFailed", target, e.getMessage());
        }
        Snapshots.write(db, target);
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + script, e);
        }
    }

    /**
     * Tables created by the migrations, for record counts: ordinary tables only, not the full-text index
     * (a virtual table) nor its shadow tables. (Matching names with {@code LIKE '%_fts%'} would also hide
     * a table such as "drafts", since {@code _} is a LIKE wildcard.)
     */
    static List<String> userTables(Connection c) throws SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                     + "AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
