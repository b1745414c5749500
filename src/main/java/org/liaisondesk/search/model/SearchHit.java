package org.liaisondesk.search.model;

import java.time.LocalDate;

/**
 * One record found by the global search. {@code person} and {@code phone} are raw (the caller masks them);
 * {@code date} may be null (recipient organisations have none).
 */
public record SearchHit(SearchKind kind, long id, LocalDate date, String title, String context, String person,
                        String phone) {
}
