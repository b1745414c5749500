package org.liaisondesk.exchange.imports.model;

/**
 * What a spreadsheet holds: visits, leads, or the roster of liaisons (联络员名册). The CLI spells it in lower case
 * ({@code --kind visits}).
 */
public enum ImportKind {
    VISITS, LEADS, ROSTER;

    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
