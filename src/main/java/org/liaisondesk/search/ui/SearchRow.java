package org.liaisondesk.search.ui;

import org.liaisondesk.search.model.SearchKind;

/** One line of the global search's results, in words, personal data masked. */
public record SearchRow(SearchKind kind, long id, String kindText, String date, String title, String context) {
}
