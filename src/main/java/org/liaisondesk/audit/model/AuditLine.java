package org.liaisondesk.audit.model;

/** One changed field of an audit row in words, as the viewer shows it and the export writes it (masked). */
public record AuditLine(String field, String oldValue, String newValue) {
}
