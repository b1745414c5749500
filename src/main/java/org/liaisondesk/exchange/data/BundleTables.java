package org.liaisondesk.exchange.data;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.liaisondesk.common.text.Masking;

/**
 * Every table an exchange bundle carries, in the order a merge must insert them (a row's references come before
 * it), with the columns that refer to other rows. Integer keys never leave the machine: in the bundle a reference
 * column holds the referenced row's UUID, under the same column name.
 */
final class BundleTables {
    /** How the merge recognises a row that is already in the register. */
    enum Identity {
        /** A UUID and an {@code updated_at}: the newer version wins. */
        VERSIONED,
        /** A UUID and nothing that changes later: added once, then skipped. */
        APPEND_ONLY,
        /** No UUID: the {@link Table#naturalKey} (references as UUIDs); added once, then skipped. */
        NATURAL_KEY
    }

    record Ref(String column, String target) {
    }

    /** A reference whose table is named by another column's value (the links between records). */
    record KindRef(String column, String kindColumn, Map<String, String> targets) {
    }

    /**
     * {@code liveName}: the columns a unique index keeps distinct among live rows (the roster's names). Two stations
     * that each entered the same prosecutor have two UUIDs for one person; the merge takes the register's row for both.
     */
    record Table(String name, Identity identity, List<Ref> refs, KindRef kindRef, List<String> naturalKey,
                 List<String> liveName) {
        Table(String name, Identity identity, List<Ref> refs, KindRef kindRef, List<String> naturalKey) {
            this(name, identity, refs, kindRef, naturalKey, List.of());
        }

        static Table versioned(String name, Ref... refs) {
            return new Table(name, Identity.VERSIONED, List.of(refs), null, List.of());
        }

        static Table named(String name, List<String> liveName, Ref... refs) {
            return new Table(name, Identity.VERSIONED, List.of(refs), null, List.of(), liveName);
        }

        boolean isReference(String column) {
            return refs.stream().anyMatch(r -> r.column().equals(column))
                    || kindRef != null && kindRef.column().equals(column);
        }
    }

    static final String DOCUMENT_NUMBER = "document_number";

    static final List<Table> ALL = List.of(
            Table.named("reference_item", List.of("list", "name")),
            Table.named("station", List.of("name")),
            Table.named("prosecutor", List.of("name"), new Ref("station_id", "station")),
            Table.versioned("liaison", new Ref("role_id", "reference_item"), new Ref("station_id", "station")),
            Table.named("recipient", List.of("name"), new Ref("superior_id", "recipient")),
            Table.versioned("visit", new Ref("station_id", "station"), new Ref("prosecutor_id", "prosecutor")),
            Table.versioned("lead", new Ref("reporter_liaison_id", "liaison"), new Ref("station_id", "station"),
                    new Ref("prosecutor_id", "prosecutor"), new Ref("visit_id", "visit")),
            Table.versioned("matter", new Ref("business_id", "reference_item"), new Ref("prosecutor_id", "prosecutor"),
                    new Ref("station_id", "station")),
            new Table("matter_link", Identity.NATURAL_KEY, List.of(new Ref("matter_id", "matter")),
                    new KindRef("record_id", "record_kind", Map.of("LEAD", "lead", "VISIT", "visit")),
                    List.of("matter_id", "record_kind", "record_id")),
            Table.versioned("work_activity", new Ref("station_id", "station"), new Ref("prosecutor_id", "prosecutor"),
                    new Ref("matter_id", "matter")),
            new Table("work_panel_member", Identity.NATURAL_KEY,
                    List.of(new Ref("activity_id", "work_activity"), new Ref("liaison_id", "liaison")), null,
                    List.of("activity_id", "liaison_id")),
            new Table("community_service_log", Identity.APPEND_ONLY, List.of(new Ref("activity_id", "work_activity")),
                    null, List.of()),
            Table.versioned("recommendation", new Ref("recipient_id", "recipient"), new Ref("superior_id", "recipient"),
                    new Ref("station_id", "station"), new Ref("prosecutor_id", "prosecutor")),
            new Table("recommendation_copy", Identity.NATURAL_KEY,
                    List.of(new Ref("recommendation_id", "recommendation"), new Ref("recipient_id", "recipient")), null,
                    List.of("recommendation_id", "recipient_id")),
            new Table("recommendation_link", Identity.NATURAL_KEY, List.of(new Ref("recommendation_id", "recommendation")),
                    new KindRef("record_id", "record_kind", Map.of("MATTER", "matter", "LEAD", "lead")),
                    List.of("recommendation_id", "record_kind", "record_id")),
            new Table("recommendation_escalation", Identity.NATURAL_KEY,
                    List.of(new Ref("later_id", "recommendation"), new Ref("earlier_id", "recommendation")), null,
                    List.of("later_id", "earlier_id")),
            // Events have no UUID; what happened when, recorded when, identifies one.
            new Table("recommendation_event", Identity.NATURAL_KEY,
                    List.of(new Ref("recommendation_id", "recommendation"), new Ref("related_id", "recommendation")), null,
                    List.of("recommendation_id", "kind", "happened_on", "recorded_at")),
            new Table(DOCUMENT_NUMBER, Identity.NATURAL_KEY, List.of(new Ref("recommendation_id", "recommendation")),
                    null, List.of("number")));

    /**
     * The columns that hold a person's name, phone or ID number, with the masking the lists use, for a de-identified
     * bundle. Roster names (prosecutors, liaisons) and organisations are not personal data of the people served.
     */
    static final Map<String, Map<String, UnaryOperator<String>>> PERSONAL = Map.of(
            "visit", Map.of("visitor_name", Masking::maskName, "visitor_phone", Masking::maskPhone,
                    "visitor_id_number", Masking::maskIdNumber),
            "lead", Map.of("reporter_name", Masking::maskName, "reporter_phone", Masking::maskPhone),
            "matter", Map.of("parties", Masking::maskNames),
            "work_activity", Map.of("parties", Masking::maskNames, "applicant_name", Masking::maskName,
                    "applicant_id_number", Masking::maskIdNumber),
            "liaison", Map.of("phone", Masking::maskPhone));

    private BundleTables() {
    }

    static Table named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
