package org.liaisondesk.exchange.imports.model;

/**
 * What a spreadsheet holds: visits, leads, cases (案件台账), work done (履职活动) or the roster of liaisons
 * (联络员名册). The CLI spells it in lower case ({@code --kind visits}).
 */
public enum ImportKind {
    VISITS, LEADS, CASES, WORK, ROSTER;

    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
