package org.liaisondesk.ladder.model;

/** A live recipient organisation as the ladder needs it: its name and its superior (null when none). */
public record RecipientRef(long id, String name, Long superiorId) {
}
