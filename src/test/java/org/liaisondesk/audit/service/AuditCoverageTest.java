package org.liaisondesk.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.audit.model.AuditEntry;
import org.liaisondesk.audit.model.AuditQuery;
import org.liaisondesk.exchange.service.BundleService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.storage.AuditChain;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterRestore;
import org.liaisondesk.testsupport.TestRegister;

/**
 * Every backup, restore, export, bundle import and unmasked view of a protected person's record leaves its row in the
 * audit log, and the chain stays intact through all of them. (Document generation: DocumentServiceTest and
 * MeetingPackServiceTest check its GENERATE row.)
 */
class AuditCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private DataFolder folder;
    private TestRegister register;
    private Station station;
    private Prosecutor prosecutor;

    @BeforeEach
    void open() {
        folder = DataFolder.at(dir.resolve("data")).prepare();
        register = new TestRegister(folder.root());
        station = register.station("清溪村联络站");
        prosecutor = register.prosecutor("林晓岚", station);
    }

    @AfterEach
    void close() {
        if (register != null) {
            register.close();
        }
    }

    private AuditEntry newest(Database db) {
        return new AuditService(db, register.audit).page(AuditQuery.all().withLimit(1)).items().get(0);
    }

    private long headId(Database db) {
        return new AuditService(db, register.audit).count(AuditQuery.all());
    }

    private static JsonNode json(String value) throws Exception {
        return JSON.readTree(value);
    }

    private void assertChainIntact(Database db) {
        AuditChain.Verdict verdict = db.read(AuditChain::verify);
        assertEquals(AuditChain.State.INTACT, verdict.state(), verdict.toString());
    }

    @FunctionalInterface
    interface Backup {
        Path make(BackupService backups, Path elsewhere) throws Exception;
    }

    static Stream<Arguments> backups() {
        return Stream.of(
                Arguments.of("立即备份", "MANUAL", (Backup) (b, elsewhere) -> b.manualBackup().file()),
                Arguments.of("automatic", "AUTOMATIC", (Backup) (b, elsewhere) ->
                        ((org.liaisondesk.storage.AutomaticBackup.Made) b.automaticBackup()).backup().file()),
                Arguments.of("立即备份到…", "OTHER", (Backup) (b, elsewhere) -> b.backupInto(elsewhere).file()),
                Arguments.of("backup --out", "OTHER", (Backup) (b, elsewhere) ->
                        b.backupToFile(elsewhere.resolve("备份.db"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backups")
    void everyBackupIsRecordedWithTheAuditHeadItHolds(String name, String kind, Backup backup) throws Exception {
        long headBefore = headId(register.db);
        Path elsewhere = Files.createDirectories(dir.resolve("usb"));

        Path file = backup.make(new BackupService(register.db, folder, TestRegister.CLOCK, register.audit), elsewhere);

        AuditEntry row = newest(register.db);
        assertEquals("BACKUP", row.action());
        assertEquals("测试员", row.user());
        JsonNode value = json(row.newValue());
        assertEquals(file.toAbsolutePath().toString(), value.get("file").asText());
        assertEquals(kind, value.get("kind").asText());
        assertEquals(headBefore, value.get("auditHeadId").asLong(), "the backup holds every row written before it");
        assertEquals(headBefore + 1, row.id());
        assertChainIntact(register.db);
    }

    @Test
    void aRestoreIsRecordedInTheRestoredRegisterAndContinuesItsChain() throws Exception {
        Path backup = new BackupService(register.db, folder, TestRegister.CLOCK, register.audit).manualBackup().file();
        long inBackup = headId(register.db) - 1; // the BACKUP row itself is written after the copy
        register.station("崇阳街道联络站");
        register.close();
        register = null;

        new RegisterRestore(folder, new Migrations(TestRegister.CLOCK), TestRegister.CLOCK,
                new AuditLog(TestRegister.CLOCK, () -> "周振宇")).restore(backup);

        register = new TestRegister(folder.root());
        AuditEntry row = newest(register.db);
        assertEquals("RESTORE_REGISTER", row.action());
        assertEquals("周振宇", row.user());
        assertEquals(inBackup + 1, row.id(), "the restored chain goes on from the backup's last row");
        JsonNode value = json(row.newValue());
        assertEquals(backup.toString(), value.get("restoredFrom").asText());
        assertTrue(value.get("movedAside").asText().contains("before-restore"), value.toString());
        assertTrue(value.get("replacedAuditHeadId").asLong() > inBackup, "the replaced register's chain is named");
        assertChainIntact(register.db);
    }

    @Test
    void aBundleImportIsRecordedOnceBesidesItsRecordsRowsAndTheExportToo() throws Exception {
        register.visits.save(TestRegister.visit(station, prosecutor, TestRegister.TODAY, "反映河道垃圾").build());
        Path bundle = dir.resolve("清溪村.json");
        new BundleService(register.db, register.audit, () -> "清溪村联络站", "test").export(bundle);
        assertEquals("EXPORT", newest(register.db).action());
        assertEquals(BundleService.AUDIT_ENTITY, newest(register.db).entity());

        try (TestRegister office = new TestRegister(dir.resolve("office"))) {
            BundleService officeBundles = new BundleService(office.db, office.audit, () -> "区院", "test");
            officeBundles.importBundle(bundle);
            AuditService officeLog = new AuditService(office.db, office.audit);
            AuditEntry row = officeLog.page(AuditQuery.all().withLimit(1)).items().get(0);
            assertEquals("IMPORT", row.action());
            JsonNode value = json(row.newValue());
            assertEquals(bundle.toAbsolutePath().toString(), value.get("file").asText());
            assertEquals("清溪村联络站", value.get("origin").asText());
            assertEquals(3, value.get("added").asInt(), "station, prosecutor and visit");
            assertEquals(1, officeLog.count(new AuditQuery(null, null, null, "INSERT", "visit", null, null, 10)));

            long rows = officeLog.count(AuditQuery.all());
            officeBundles.importBundle(bundle);
            assertEquals(rows, officeLog.count(AuditQuery.all()), "an import that changes nothing writes nothing");
            assertChainIntact(office.db);
        }
    }

    @Test
    void anExportOfPersonalDataIsRecordedWithWhetherItWasMasked() throws Exception {
        register.visits.save(TestRegister.visit(station, prosecutor, TestRegister.TODAY, "咨询").build());
        Path file = dir.resolve("来访.xlsx");
        register.visits.export(VisitQuery.firstPage(100), true, file, false);
        AuditEntry row = newest(register.db);
        assertEquals("EXPORT", row.action());
        assertEquals("visit", row.entity());
        assertTrue(json(row.newValue()).get("unmasked").asBoolean());
        assertChainIntact(register.db);
    }

    static Stream<Arguments> visitors() {
        return Stream.of(
                Arguments.of("a minor (born 2012)", "110105201203150011", 1L),
                Arguments.of("an adult (born 1980)", "110105198003150012", 0L),
                Arguments.of("no ID number", "", 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitors")
    void openingAMinorsVisitForEditingIsAnUnmaskedView(String name, String idNumber, long viewRows) {
        Visit saved = register.visits.save(TestRegister.visit(station, prosecutor, TestRegister.TODAY, "家长陪同来访")
                .visitorName("张小明").visitorIdNumber(idNumber).build());
        AuditService log = new AuditService(register.db, register.audit);
        Function<String, Long> count = action -> log.count(new AuditQuery(null, null, null, action, "visit",
                String.valueOf(saved.id()), null, 10));

        assertEquals(saved.id(), register.visits.openForEditing(saved.id()).orElseThrow().id());
        assertEquals(saved.id(), register.visits.find(saved.id()).orElseThrow().id());

        assertEquals(viewRows, count.apply("VIEW"), "only the editor's opening counts, and only for a minor");
        if (viewRows > 0) {
            AuditEntry view = log.page(new AuditQuery(null, null, null, "VIEW", null, null, null, 1)).items().get(0);
            assertEquals(saved.uuid(), view.entityUuid());
            assertTrue(view.newValue().contains("MINOR"), view.newValue());
        }
        assertChainIntact(register.db);
    }
}
