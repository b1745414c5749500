package org.liaisondesk.common.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where keyset paging stands in a list: the cursor the page on screen starts at (null for the first page), the
 * starts of the pages before it (so 上一页 goes back without an OFFSET), and where the next page starts.
 */
public final class PagePosition {
    /** Stands for "the first page" on the stack, which cannot hold null. */
    private static final Cursor FIRST_PAGE = new Cursor("", Long.MIN_VALUE);

    private final Deque<Cursor> earlierStarts = new ArrayDeque<>();
    private Cursor start;
    private Cursor nextStart;

    /** Back to the first page. */
    public void reset() {
        earlierStarts.clear();
        start = null;
    }

    /** Where the page to load starts; null for the first page. */
    public Cursor start() {
        return start;
    }

    /** Records where the page after the one just loaded starts (null: there is none). */
    public void loaded(Page<?> page) {
        nextStart = page.next();
    }

    /** Moves to the next page; false (and nothing moves) when there is none. */
    public boolean forward() {
        if (nextStart == null) {
            return false;
        }
        earlierStarts.push(start == null ? FIRST_PAGE : start);
        start = nextStart;
        return true;
    }

    /** Moves to the previous page; false when this is the first. */
    public boolean back() {
        if (earlierStarts.isEmpty()) {
            return false;
        }
        Cursor previous = earlierStarts.pop();
        start = previous == FIRST_PAGE ? null : previous;
        return true;
    }

    public boolean hasPrevious() {
        return !earlierStarts.isEmpty();
    }

    /** The page's number, counting from 1. */
    public int number() {
        return earlierStarts.size() + 1;
    }
}
