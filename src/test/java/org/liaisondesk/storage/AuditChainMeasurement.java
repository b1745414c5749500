package org.liaisondesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Map;

/**
 * Measures the hash chain's cost (a command, not a test; see docs/decisions/0026): 10,000 audit rows written in one
 * transaction the way the bulk importers write them, with the chain (AuditLog.record) and without it (the plain
 * INSERT that record() did before version 5), then the verification of a log of N rows (default one million) with the
 * heap in use before and after. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.liaisondesk.storage.AuditChainMeasurement [N]}
 */
public final class AuditChainMeasurement {
    private static final int BULK = 10_000;

    private AuditChainMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("audit-chain-measurement");
        Clock clock = Clock.systemDefaultZone();
        AuditLog audit = new AuditLog(clock, () -> "测试员");
        Map<String, Object> value = Map.of("summary", "反映欠薪，已联系劳动监察", "visitorName", "张三丰",
                "visitorPhone", "13812345678", "date", "2026-11-23");
        try (Database db = Database.open(dir.resolve("liaisondesk.db"), dir.resolve("backups"), new Migrations(clock))) {
            for (int round = 0; round < 3; round++) {
                // What record() did before the chain: a statement prepared per row and the values written as JSON.
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                long plain = time(() -> db.write(c -> {
                    for (int i = 0; i < BULK; i++) {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(at, user_name, action, "
                                + "entity, entity_id, entity_uuid, old_value, new_value) VALUES (?,?,?,?,?,?,?,?)")) {
                            ps.setString(1, audit.now());
                            ps.setString(2, "测试员");
                            ps.setString(3, "INSERT");
                            ps.setString(4, "visit");
                            ps.setLong(5, i);
                            ps.setString(6, null);
                            ps.setString(7, null);
                            try {
                                ps.setString(8, json.writeValueAsString(value));
                            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                                throw new IllegalStateException(e);
                            }
                            ps.executeUpdate();
                        }
                    }
                }));
                clear(db);
                long chained = time(() -> db.write(c -> {
                    for (int i = 0; i < BULK; i++) {
                        audit.record(c, AuditLog.Action.INSERT, "visit", i, null, null, value);
                    }
                }));
                clear(db);
                System.out.printf("round %d: %,d rows in one transaction: without chain %d ms, with chain %d ms%n",
                        round + 1, BULK, plain, chained);
            }
            int batches = rows / BULK;
            for (int b = 0; b < batches; b++) {
                db.write(c -> {
                    for (int i = 0; i < BULK; i++) {
                        audit.record(c, AuditLog.Action.INSERT, "visit", i, null, null, value);
                    }
                });
            }
            for (int round = 0; round < 2; round++) {
                long[] read = {0};
                long readMs = time(() -> db.read(c -> {
                    try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                            "SELECT " + AuditChain.COLUMNS + ", prev_hash, hash FROM audit_log ORDER BY id")) {
                        while (rs.next()) {
                            for (int i = 1; i <= 11; i++) {
                                String v = rs.getString(i);
                                read[0] += v == null ? 0 : v.length();
                            }
                        }
                    }
                    return null;
                }));
                System.out.printf("reading the same rows without hashing: %d ms%n", readMs);
                System.gc();
                long heapBefore = usedHeap();
                AuditChain.Verdict[] verdict = new AuditChain.Verdict[1];
                long ms = time(() -> verdict[0] = db.read(AuditChain::verify));
                System.out.printf("verify %,d rows: %s in %d ms; heap in use %d MB before, %d MB after%n",
                        batches * BULK, verdict[0].state(), ms, heapBefore >> 20, usedHeap() >> 20);
            }
        }
    }

    private static void clear(Database db) {
        db.write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM audit_log");
            }
        });
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
