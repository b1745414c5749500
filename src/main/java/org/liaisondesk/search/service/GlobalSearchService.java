package org.liaisondesk.search.service;

import java.util.EnumSet;
import java.util.Set;
import org.liaisondesk.search.data.GlobalSearchRepository;
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.search.model.SearchResult;
import org.liaisondesk.storage.Database;

/** Looks across every kind of record at once (Ctrl+Shift+F in the window, {@code search} on the command line). */
public final class GlobalSearchService {
    public static final int DEFAULT_PER_KIND = 50;
    private final Database db;
    private final GlobalSearchRepository repository;

    public GlobalSearchService(Database db, GlobalSearchRepository repository) {
        this.db = db;
        this.repository = repository;
    }

    /** The hits with every total exact: {@link #hits} and then {@link #count} (the command line's answer). */
    public SearchResult search(String text, Set<SearchKind> kinds, int perKind) {
        return count(text, hits(text, kinds, perKind));
    }

    /**
     * The newest hits of each kind, fast also at a million records; the totals of kinds with more hits than
     * {@code perKind} are left uncounted (see {@link SearchResult#uncounted}).
     */
    public SearchResult hits(String text, Set<SearchKind> kinds, int perKind) {
        return db.read(c -> repository.hits(c, text, kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : kinds, perKind));
    }

    /** {@code result} with its uncounted kinds counted (a count reads every hit, or every row for a short word). */
    public SearchResult count(String text, SearchResult result) {
        if (result.isCounted()) {
            return result;
        }
        return result.counted(db.read(c -> repository.count(c, text, result.uncounted())));
    }
}
