package org.liaisondesk.register.roster.model;

/** The columns the recipient directory can be sorted by (always by the database). */
public enum RecipientSort {
    NAME, SUPERIOR
}
