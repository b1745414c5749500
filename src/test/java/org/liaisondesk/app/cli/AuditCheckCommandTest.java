package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.testsupport.TestRegister;

/** {@code check} reports the audit log's hash chain and fails (exit 1) when an audit row was tampered with. */
class AuditCheckCommandTest {
    private static final Messages ZH = new Messages(Messages.CHINESE);

    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @TempDir
    Path dir;

    @BeforeEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    static Stream<Arguments> registers() {
        return Stream.of(
                Arguments.of("untouched", "", Cli.OK, ZH.get("audit.chain.intact", 12L, 0L)),
                Arguments.of("a row edited", "UPDATE audit_log SET new_value = '{}' WHERE id = 4", Cli.FAILED,
                        ZH.get("audit.chain.edited", 4L, 3L)),
                Arguments.of("a row deleted", "DELETE FROM audit_log WHERE id = 7", Cli.FAILED,
                        ZH.get("audit.chain.deleted", 8L, 6L)),
                Arguments.of("a row inserted", "INSERT INTO audit_log(at, user_name, action, entity) "
                        + "VALUES ('2026-11-23T10:00:00+08:00', '某人', 'DELETE', 'visit')", Cli.FAILED,
                        ZH.get("audit.chain.inserted", 13L, 12L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void checkReportsTheChainAndFailsWhenItIsBroken(String name, String tampering, int exitCode, String verdict) {
        try (Database db = Database.open(dir.resolve(DataFolder.DATABASE_FILE), dir.resolve("backups"),
                new Migrations(TestRegister.CLOCK))) {
            AuditLog audit = new AuditLog(TestRegister.CLOCK, () -> "林晓岚");
            for (int i = 0; i < 12; i++) {
                int n = i;
                db.write(c -> audit.record(c, AuditLog.Action.EXPORT, "visit", 0, null, null, Map.of("rows", n)));
            }
            if (!tampering.isEmpty()) {
                db.write(c -> {
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate(tampering);
                    }
                });
            }
        }

        CliHarness.Run r = CliHarness.in(dir, "check");

        assertEquals(exitCode, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(ZH.get("cli.check.auditChain", verdict)), r.out());
        if (exitCode == Cli.OK) {
            assertEquals("", r.err());
        } else {
            assertTrue(r.err().contains(ZH.get("cli.check.auditChainBroken", dir.resolve(DataFolder.DATABASE_FILE),
                    verdict)), r.err());
        }
    }
}
