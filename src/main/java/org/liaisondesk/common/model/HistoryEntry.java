package org.liaisondesk.common.model;

import java.util.List;

/**
 * One step of a record's history: when, who, what happened (INSERT, UPDATE, DELETE, RESTORE), and each field
 * that changed with its old and new value as stored (ISO dates, enum names); the UI turns them into words.
 */
public record HistoryEntry(String at, String user, String action, List<FieldChange> changes) {
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
