package org.liaisondesk.common.model;

import java.util.List;

/**
 * One page of a list, as the database returned it. {@code next} is where the following page starts, or
 * null when this is the last page.
 */
public record Page<T>(List<T> items, Cursor next) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return next != null;
    }
}
