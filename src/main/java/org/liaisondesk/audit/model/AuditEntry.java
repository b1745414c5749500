package org.liaisondesk.audit.model;

/**
 * One row of the audit log as stored: when, who, what, on which record, and the record's old and new values as
 * JSON (null when there was none). Personal data in the values is unmasked; the viewer masks it for display.
 */
public record AuditEntry(long id, String at, String user, String action, String entity, Long entityId,
                         String entityUuid, String oldValue, String newValue) {
}
