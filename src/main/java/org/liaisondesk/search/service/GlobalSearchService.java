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

    public SearchResult search(String text, Set<SearchKind> kinds, int perKind) {
        return db.read(c -> repository.search(c, text, kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : kinds, perKind));
    }
}
