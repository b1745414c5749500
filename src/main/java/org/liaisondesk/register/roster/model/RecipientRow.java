package org.liaisondesk.register.roster.model;

/** One line of the recipient directory: the organisation and its superior's name ("" when it has none). */
public record RecipientRow(Recipient recipient, String superiorName) {
}
