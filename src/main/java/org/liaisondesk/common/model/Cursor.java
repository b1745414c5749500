package org.liaisondesk.common.model;

/**
 * Where the next page of a list starts: the sort key and the id of the last row shown (keyset paging).
 * The key is whatever the list sorts by (an ISO date, a name, a number); it is never null.
 */
public record Cursor(Object key, long id) {
}
