package org.liaisondesk.search.model;

import java.util.List;
import java.util.Map;

/** The newest hits of each kind (at most the asked number per kind) and how many there are in all, per kind. */
public record SearchResult(List<SearchHit> hits, Map<SearchKind, Long> totals) {
    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
