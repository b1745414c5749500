package org.liaisondesk.workload.data;

import org.liaisondesk.workload.model.RecordKind;

/**
 * The table behind each kind of record (always read as {@code t}), the date column it is counted by, and the
 * columns a listed record is read from (see {@link RecordRow}).
 */
enum RecordTable {
    VISIT("visit", "visit_date", "visit_stats", "t.category", "NULL", "t.summary", "t.visitor_name"),
    LEAD("lead", "received_on", "lead_stats", "NULL", "NULL", "t.description", "t.reporter_name"),
    MATTER("matter", "accepted_on", "matter_stats", "NULL", "NULL", "t.name", "t.parties"),
    WORK("work_activity", "held_on", "work_stats", "t.kind", "NULL", "t.title",
            "COALESCE(t.parties, '') || '、' || COALESCE(t.applicant_name, '')"),
    RECOMMENDATION("recommendation", "issued_on", null, "NULL", "t.number", "t.title", "NULL");

    final String table;
    final String dateColumn;
    /** The index that holds the date and every column the counts of this table name (V007), if any. */
    private final String countIndex;
    final String type;
    final String number;
    final String text;
    final String people;

    RecordTable(String table, String dateColumn, String countIndex, String type, String number, String text,
            String people) {
        this.table = table;
        this.dateColumn = dateColumn;
        this.countIndex = countIndex;
        this.type = type;
        this.number = number;
        this.text = text;
        this.people = people;
    }

    /** The table as every statistics query names it. */
    String from() {
        return table + " t";
    }

    /** The table as the counts by its own date name it: read through its count index where it has one. */
    String counted() {
        return countIndex == null ? from() : indexedBy(countIndex);
    }

    /**
     * The table read through {@code index} (docs/decisions/0030). The statistics' indexes hold every column their
     * counts name, so a count never reads the table; but with the samples ANALYZE keeps (sqlite_stat4), SQLite
     * estimated skip-scans of narrower indexes on kind, source or station cheaper and read the rows from the table
     * (a year at 1M as slow as without these indexes). INDEXED BY keeps the plan the same on every register.
     */
    String indexedBy(String index) {
        return from() + " INDEXED BY " + index;
    }

    static RecordTable of(RecordKind kind) {
        return valueOf(kind.name());
    }
}
