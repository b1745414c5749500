package org.liaisondesk.common.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyset paging forward and back: every page starts where it started the first time, and the first page at null. */
class PagePositionTest {
    private static Page<String> page(Cursor next) {
        return new Page<>(List.of("row"), next);
    }

    @Test
    void forwardAndBackReturnToTheSameStarts() {
        PagePosition position = new PagePosition();
        Cursor second = new Cursor("2026-11-01", 40);
        Cursor third = new Cursor("2026-10-01", 20);

        assertNull(position.start());
        assertFalse(position.back(), "nothing before the first page");
        position.loaded(page(second));
        assertTrue(position.forward());
        assertEquals(second, position.start());
        position.loaded(page(third));
        assertTrue(position.forward());
        assertEquals(third, position.start());
        assertEquals(3, position.number());
        position.loaded(page(null));
        assertFalse(position.forward(), "the last page has no next");
        assertEquals(third, position.start());

        assertTrue(position.back());
        assertEquals(second, position.start());
        assertTrue(position.back());
        assertNull(position.start());
        assertFalse(position.hasPrevious());
        assertEquals(1, position.number());
    }

    @Test
    void resetGoesBackToTheFirstPage() {
        PagePosition position = new PagePosition();
        position.loaded(page(new Cursor("张", 7)));
        position.forward();
        position.reset();
        assertNull(position.start());
        assertFalse(position.hasPrevious());
    }
}
