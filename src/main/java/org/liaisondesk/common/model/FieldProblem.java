package org.liaisondesk.common.model;

/** One thing wrong with one field of a form: the field's name in the model and a message key. */
public record FieldProblem(String field, String messageKey, Object... args) {
}
