package org.liaisondesk.exchange.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.exchange.BundleFixture;
import org.liaisondesk.exchange.model.BundleHeader;
import org.liaisondesk.exchange.model.BundlePreview;
import org.liaisondesk.exchange.model.ExportResult;
import org.liaisondesk.storage.AuditLog;

/**
 * A station's register (the demo's, one visit in the recycle bin) exported once, merged into fresh office registers:
 * the round trip, idempotence, the newer version winning, deletions, and every refusal leaving the register as it was.
 */
class BundleServiceTest {
    static final List<String> TABLES = List.of("reference_item", "station", "prosecutor", "liaison", "recipient", "visit",
            "lead", "matter", "matter_link", "work_activity", "work_panel_member", "community_service_log",
            "recommendation", "recommendation_copy", "recommendation_link", "recommendation_escalation",
            "recommendation_event", "document_number");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path station;
    static Path bundle;
    static Map<String, Long> stationCounts = new LinkedHashMap<>();
    static long stationAuditExports;
    static String deletedVisitUuid;

    @TempDir
    Path office;

    @BeforeAll
    static void exportTheStation() {
        try (BundleFixture a = BundleFixture.demo(station.resolve("register"), "清溪村联络站")) {
            deletedVisitUuid = a.text("SELECT uuid FROM visit ORDER BY id LIMIT 1");
            a.execute("UPDATE visit SET deleted_at = '2026-11-20T09:00:00+08:00', updated_at = '2026-11-20T09:00:00+08:00' "
                    + "WHERE uuid = '" + deletedVisitUuid + "'");
            ExportResult result = a.bundles.export(station.resolve("清溪村.json"));
            bundle = result.file();
            for (String table : TABLES) {
                stationCounts.put(table, a.count("SELECT count(*) FROM " + table));
            }
            assertEquals(stationCounts.values().stream().mapToLong(Long::longValue).sum(), result.records());
            stationAuditExports = a.count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND entity = '"
                    + BundleService.AUDIT_ENTITY + "' AND new_value LIKE '%清溪村.json%'");
        }
    }

    @Test
    void theStationHasRecordsOfEveryKind() {
        TABLES.forEach(t -> assertTrue(stationCounts.get(t) > 0, t + " is empty in the station's register"));
    }

    @Test
    void theExportIsAuditedAndCarriesItsHeaderAndDeletions() throws IOException {
        assertEquals(1, stationAuditExports);
        JsonNode root = JSON.readTree(bundle.toFile());
        assertEquals(BundleHeader.FORMAT_NAME, root.get("format").asText());
        assertEquals(BundleHeader.FORMAT_VERSION, root.get("format_version").asInt());
        assertEquals("清溪村联络站", root.get("origin").asText());
        assertEquals("2026-11-23T10:00:00+08:00", root.get("exported_at").asText());
        JsonNode deleted = find(root, "visit", deletedVisitUuid);
        assertEquals("2026-11-20T09:00:00+08:00", deleted.get("deleted_at").asText());
        // references travel as UUIDs, never as local integer keys
        assertTrue(root.at("/records/visit/0/station_id").asText().contains("-"));
        try (Stream<Path> left = Files.list(station)) {
            assertEquals(List.of(bundle), left.filter(Files::isRegularFile).toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anImportIntoAnEmptyRegisterReproducesEveryRecord() throws IOException {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            BundlePreview preview = b.bundles.preview(bundle);
            BundlePreview done = b.bundles.importBundle(bundle);
            assertEquals(preview.kinds(), done.kinds(), "the preview said what the import did");
            assertEquals("清溪村联络站", done.header().origin());
            for (String table : TABLES) {
                assertEquals(stationCounts.get(table), b.count("SELECT count(*) FROM " + table), table);
                BundlePreview.KindCount k = done.of(table);
                assertEquals(stationCounts.get(table), (long) k.total(), table);
                assertEquals(0, k.updated(), table);
            }
            assertEquals(stationCounts.get("visit"), (long) done.of("visit").added());
            assertEquals(stationCounts.get("reference_item"), b.count("SELECT count(*) FROM reference_item"));

            // every field of every record, links included, reads back the same from the office's register
            Path again = b.bundles.export(office.resolve("again.json")).file();
            assertEquals(JSON.readTree(bundle.toFile()).get("records"), JSON.readTree(again.toFile()).get("records"));

            assertEquals("2026-11-20T09:00:00+08:00",
                    b.text("SELECT deleted_at FROM visit WHERE uuid = '" + deletedVisitUuid + "'"));
            String linkedLead = b.text("SELECT l.uuid FROM matter_link ml JOIN lead l ON l.id = ml.record_id "
                    + "WHERE ml.record_kind = 'LEAD' ORDER BY l.uuid LIMIT 1");
            assertNotNull(linkedLead);
            String summary = b.text("SELECT summary FROM visit WHERE deleted_at IS NULL ORDER BY id LIMIT 1");
            assertTrue(b.count("SELECT count(*) FROM visit_fts WHERE visit_fts MATCH '\"" + summary.substring(0, 3) + "\"'") > 0,
                    "the full-text index follows the merged records");
            assertEquals(1, b.count("SELECT count(*) FROM audit_log WHERE action = 'INSERT' AND entity = 'visit' "
                    + "AND entity_uuid = '" + deletedVisitUuid + "'"));
        }
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            b.bundles.importBundle(bundle);
            Map<String, String> before = b.checksums();
            assertTrue(b.bundles.preview(bundle).changesNothing());
            BundlePreview second = b.bundles.importBundle(bundle);
            assertTrue(second.changesNothing());
            assertEquals(stationCounts.values().stream().mapToLong(Long::longValue).sum(), second.skipped());
            assertEquals(before, b.checksums());
        }
    }

    @Test
    void aRecordChangedOnBothSidesKeepsTheNewerAndTheOlderStaysInItsHistory() throws IOException {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            b.bundles.importBundle(bundle);
            ObjectNode root = (ObjectNode) JSON.readTree(bundle.toFile());
            ObjectNode theirsNewer = (ObjectNode) root.at("/records/visit/1");
            ObjectNode oursNewer = (ObjectNode) root.at("/records/visit/2");
            String original = theirsNewer.get("summary").asText();
            theirsNewer.put("summary", "站点更新后的来访摘要").put("updated_at", "2026-11-24T09:00:00+08:00");
            oursNewer.put("summary", "站点较早的修改").put("updated_at", "2026-11-24T09:00:00+08:00");
            b.execute("UPDATE visit SET summary = '院里较新的修改', updated_at = '2026-11-25T09:00:00+08:00' WHERE uuid = '"
                    + oursNewer.get("uuid").asText() + "'");
            Path changed = write(root, "changed.json");

            BundlePreview preview = b.bundles.importBundle(changed);

            assertEquals(new BundlePreview.KindCount("visit", 0, 1, stationCounts.get("visit").intValue() - 1),
                    preview.of("visit"));
            String uuid = theirsNewer.get("uuid").asText();
            assertEquals("站点更新后的来访摘要", b.text("SELECT summary FROM visit WHERE uuid = '" + uuid + "'"));
            assertEquals("院里较新的修改", b.text("SELECT summary FROM visit WHERE uuid = '"
                    + oursNewer.get("uuid").asText() + "'"));
            long id = b.count("SELECT id FROM visit WHERE uuid = '" + uuid + "'");
            List<HistoryEntry> history = b.context.database().read(c -> AuditLog.history(c, "visit", id));
            HistoryEntry last = history.get(history.size() - 1);
            assertEquals("UPDATE", last.action());
            assertTrue(last.changes().contains(new HistoryEntry.FieldChange("summary", original, "站点更新后的来访摘要")),
                    last.changes().toString());
            assertTrue(last.changes().stream().allMatch(ch -> ch.field().equals("summary") || ch.field().equals("updatedAt")),
                    "fields are named as the repositories name them, and only what changed is listed: " + last.changes());
        }
    }

    @Test
    void aDeletionAtTheStationPropagates() throws IOException {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            b.bundles.importBundle(bundle);
            long live = b.count("SELECT count(*) FROM visit WHERE deleted_at IS NULL");
            ObjectNode root = (ObjectNode) JSON.readTree(bundle.toFile());
            ObjectNode visit = (ObjectNode) root.at("/records/visit/3");
            visit.put("deleted_at", "2026-11-24T09:00:00+08:00").put("updated_at", "2026-11-24T09:00:00+08:00");

            b.bundles.importBundle(write(root, "deleted.json"));

            assertEquals(live - 1, b.count("SELECT count(*) FROM visit WHERE deleted_at IS NULL"));
            assertEquals("2026-11-24T09:00:00+08:00",
                    b.text("SELECT deleted_at FROM visit WHERE uuid = '" + visit.get("uuid").asText() + "'"));
        }
    }

    @Test
    void aStationTheOfficeEnteredUnderTheSameNameTakesTheBundlesRecords() throws IOException {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            JsonNode theirs = JSON.readTree(bundle.toFile()).at("/records/station/0");
            long ours = b.context.roster().save(org.liaisondesk.register.roster.model.Station.draft(
                    theirs.get("name").asText(), org.liaisondesk.register.roster.model.StationKind.COMMUNITY)).id();

            BundlePreview done = b.bundles.importBundle(bundle);

            assertEquals(1, done.of("station").skipped());
            assertEquals(stationCounts.get("station"), b.count("SELECT count(*) FROM station"));
            assertEquals(0, b.count("SELECT count(*) FROM station WHERE uuid = '" + theirs.get("uuid").asText() + "'"));
            long theirVisits = 0;
            for (JsonNode v : JSON.readTree(bundle.toFile()).at("/records/visit")) {
                theirVisits += v.get("station_id").asText().equals(theirs.get("uuid").asText()) ? 1 : 0;
            }
            assertTrue(theirVisits > 0);
            assertEquals(theirVisits, b.count("SELECT count(*) FROM visit WHERE station_id = " + ours));
            assertTrue(b.bundles.importBundle(bundle).changesNothing(), "and importing again changes nothing");
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("a newer format", "exchange.bundle.newerFormat", root -> root.put("format_version", 2)),
                refusal("a wrong type", "exchange.bundle.wrongType",
                        root -> ((ObjectNode) root.at("/records/visit/0")).put("people_count", "三")),
                refusal("a missing UUID", "exchange.bundle.missingUuid",
                        root -> ((ObjectNode) root.at("/records/visit/0")).remove("uuid")),
                refusal("a duplicated UUID", "exchange.bundle.duplicate",
                        root -> ((ArrayNode) root.at("/records/visit")).add(root.at("/records/visit/0").deepCopy())),
                refusal("a dangling reference", "exchange.bundle.dangling",
                        root -> ((ObjectNode) root.at("/records/lead/0"))
                                .put("station_id", "00000000-0000-4000-8000-00000000dead")),
                refusal("a number issued here for another recommendation", "exchange.bundle.numberCollision", root -> {
                    ObjectNode number = (ObjectNode) root.at("/records/document_number/0");
                    for (JsonNode r : root.at("/records/recommendation")) {
                        if (!r.get("uuid").asText().equals(number.get("recommendation_id").asText())) {
                            number.put("recommendation_id", r.get("uuid").asText());
                            return;
                        }
                    }
                }));
    }

    private static Arguments refusal(String what, String key, Consumer<ObjectNode> change) {
        return Arguments.of(what, key, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedBundleLeavesTheRegisterByteForByteUnchanged(String what, String key, Consumer<ObjectNode> change)
            throws IOException {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            b.bundles.importBundle(bundle);
            ObjectNode root = (ObjectNode) JSON.readTree(bundle.toFile());
            addNewStation(root);
            Path accepted = write(root.deepCopy(), "accepted.json");
            assertEquals(1, b.bundles.preview(accepted).of("station").added(), "without the fault the bundle writes");
            change.accept(root);
            Path refused = write(root, "refused.json");
            Map<String, String> before = b.checksums();

            UserFacingException previewed = assertThrows(UserFacingException.class, () -> b.bundles.preview(refused));
            UserFacingException imported = assertThrows(UserFacingException.class, () -> b.bundles.importBundle(refused));

            assertEquals(key, previewed.messageKey());
            assertEquals(key, imported.messageKey());
            assertEquals(before, b.checksums(), what);
        }
    }

    @Test
    void malformedJsonIsRefusedWithItsPlaceAndNothingWritten() throws IOException {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            String text = Files.readString(bundle);
            Path broken = office.resolve("broken.json");
            Files.writeString(broken, text.substring(0, text.length() / 2));
            Map<String, String> before = b.checksums();

            UserFacingException e = assertThrows(UserFacingException.class, () -> b.bundles.importBundle(broken));

            assertEquals("exchange.bundle.malformed", e.messageKey());
            assertNotEquals(0, e.args()[1], "the line is named");
            assertEquals(before, b.checksums());
        }
    }

    @Test
    void aRefusalNamesTheRecord() throws IOException {
        try (BundleFixture b = new BundleFixture(office.resolve("register"), "区院")) {
            ObjectNode root = (ObjectNode) JSON.readTree(bundle.toFile());
            ObjectNode lead = (ObjectNode) root.at("/records/lead/1");
            lead.put("visit_id", "00000000-0000-4000-8000-00000000beef");
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> b.bundles.importBundle(write(root, "dangling.json")));
            String message = e.localizedMessage();
            assertTrue(message.contains(lead.get("uuid").asText()) && message.contains("第2条")
                    && message.contains("visit_id") && message.contains("00000000-0000-4000-8000-00000000beef"), message);
        }
    }

    private static void addNewStation(ObjectNode root) {
        ((ArrayNode) root.at("/records/station")).addObject()
                .put("uuid", "5a7e1a2b-0000-4000-8000-000000000001").put("name", "新设的联络站").put("kind", "VILLAGE")
                .putNull("address").putNull("note").put("created_at", "2026-11-24T09:00:00+08:00")
                .put("updated_at", "2026-11-24T09:00:00+08:00").putNull("deleted_at");
    }

    private Path write(JsonNode root, String name) throws IOException {
        Path file = office.resolve(name);
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    private static JsonNode find(JsonNode root, String kind, String uuid) {
        for (JsonNode row : root.at("/records/" + kind)) {
            if (row.get("uuid").asText().equals(uuid)) {
                return row;
            }
        }
        throw new AssertionError("no " + kind + " " + uuid);
    }
}
