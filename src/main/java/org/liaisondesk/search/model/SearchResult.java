package org.liaisondesk.search.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newest hits of each kind (at most the asked number per kind) and how many there are in all, per kind. The
 * kinds in {@code uncounted} had more hits than were asked for and were not counted yet: their total is only the
 * number of hits shown, a lower bound, until {@link #counted} fills in the counts.
 */
public record SearchResult(List<SearchHit> hits, Map<SearchKind, Long> totals, Set<SearchKind> uncounted) {
    public SearchResult {
        hits = List.copyOf(hits);
        totals = totals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(totals));
        uncounted = Set.copyOf(uncounted);
    }

    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every total is exact. */
    public boolean isCounted() {
        return uncounted.isEmpty();
    }

    /** This result with the counts of its uncounted kinds. */
    public SearchResult counted(Map<SearchKind, Long> counts) {
        Map<SearchKind, Long> all = new EnumMap<>(SearchKind.class);
        all.putAll(totals);
        all.putAll(counts);
        return new SearchResult(hits, all, Set.of());
    }
}
