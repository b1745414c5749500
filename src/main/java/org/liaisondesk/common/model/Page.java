package org.liaisondesk.common.model;

import java.util.List;

/** One page of a list, as the database returned it. {@code hasMore} tells whether a next page exists. */
public record Page<T>(List<T> items, int offset, int limit, boolean hasMore) {
    public Page {
        items = List.copyOf(items);
    }
}
