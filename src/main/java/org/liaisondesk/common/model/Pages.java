package org.liaisondesk.common.model;

import java.util.function.Consumer;
import java.util.function.Function;

/** Walks every page of a keyset-paged query, for exports and bulk work: memory stays flat. */
public final class Pages {
    /** Rows fetched per page when walking a whole list. */
    public static final int BATCH = 1000;

    private Pages() {
    }

    /** Fetches page after page (starting with cursor null) and hands every item to the sink. */
    public static <T> void forEach(Function<Cursor, Page<T>> fetch, Consumer<T> sink) {
        Cursor next = null;
        do {
            Page<T> page = fetch.apply(next);
            page.items().forEach(sink);
            next = page.next();
        } while (next != null);
    }
}
