package org.liaisondesk.exchange;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.exchange.service.BundleService;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;

/** A register opened as the application opens it, with a bundle service, and a checksum of every table. */
public final class BundleFixture implements AutoCloseable {
    public final AppContext context;
    public final BundleService bundles;

    public BundleFixture(Path folder, String origin) {
        context = AppContext.open(DataFolder.at(folder), TestRegister.CLOCK);
        bundles = new BundleService(context.database(), new AuditLog(TestRegister.CLOCK, () -> "测试员"), () -> origin,
                "test");
    }

    /** A register with the demo's records of every kind. */
    public static BundleFixture demo(Path folder, String origin) {
        BundleFixture f = new BundleFixture(folder, origin);
        f.context.loadDemo(step -> { });
        return f;
    }

    /** Every table of the file (FTS tables included), each as a digest of its rows in any order. */
    public Map<String, String> checksums() {
        return context.database().read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, String> sums = new LinkedHashMap<>();
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                sums.put(table, digest(rows.stream().sorted().collect(Collectors.joining("\n"))));
            }
            return sums;
        });
    }

    public long count(String sql) {
        return context.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        });
    }

    public String text(String sql) {
        return context.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    public void execute(String sql) {
        context.database().write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(sql);
            }
        });
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
