package org.liaisondesk.audit.model;

import java.time.LocalDate;
import org.liaisondesk.common.model.Cursor;

/**
 * What the audit viewer asks for, newest row first. Every filter is optional (null or blank: any): the days of
 * {@code from} to {@code to} (both included), the user, the action, the kind of record ({@code entity}, e.g. "visit"),
 * and one record by its number or UUID ({@code record}). {@code after} is where the page starts (keyset paging).
 */
public record AuditQuery(LocalDate from, LocalDate to, String user, String action, String entity, String record,
                         Cursor after, int limit) {
    public static final int DEFAULT_LIMIT = 100;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public AuditQuery after(Cursor cursor) {
        return new AuditQuery(from, to, user, action, entity, record, cursor, limit);
    }

    public AuditQuery withLimit(int rows) {
        return new AuditQuery(from, to, user, action, entity, record, after, rows);
    }

    /** The record filter as a number (the record's id), or null when it is blank or a UUID. */
    public Long recordId() {
        String r = record == null ? "" : record.strip();
        return r.matches("\\d{1,18}") ? Long.valueOf(r) : null;
    }

    /** The record filter as a UUID, or null when it is blank or a number. */
    public String recordUuid() {
        String r = record == null ? "" : record.strip();
        return r.isEmpty() || recordId() != null ? null : r;
    }
}
