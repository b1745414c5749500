package org.liaisondesk.workload.data;

import org.liaisondesk.workload.model.RecordKind;

/**
 * The table behind each kind of record (always read as {@code t}), the date column it is counted by, and the
 * columns a listed record is read from (see {@link RecordRow}).
 */
enum RecordTable {
    VISIT("visit", "visit_date", "t.category", "NULL", "t.summary", "t.visitor_name"),
    LEAD("lead", "received_on", "NULL", "NULL", "t.description", "t.reporter_name"),
    MATTER("matter", "accepted_on", "NULL", "NULL", "t.name", "t.parties"),
    WORK("work_activity", "held_on", "t.kind", "NULL", "t.title",
            "COALESCE(t.parties, '') || '、' || COALESCE(t.applicant_name, '')"),
    RECOMMENDATION("recommendation", "issued_on", "NULL", "t.number", "t.title", "NULL");

    final String table;
    final String dateColumn;
    final String type;
    final String number;
    final String text;
    final String people;

    RecordTable(String table, String dateColumn, String type, String number, String text, String people) {
        this.table = table;
        this.dateColumn = dateColumn;
        this.type = type;
        this.number = number;
        this.text = text;
        this.people = people;
    }

    /** The table as every statistics query names it. */
    String from() {
        return table + " t";
    }

    static RecordTable of(RecordKind kind) {
        return valueOf(kind.name());
    }
}
