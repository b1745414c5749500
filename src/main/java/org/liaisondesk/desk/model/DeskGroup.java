package org.liaisondesk.desk.model;

import java.util.List;
import java.util.Objects;

/** One section of the desk: the most urgent items first, at most a page of them, and how many there are in all. */
public record DeskGroup(DeskSection section, long total, List<DeskItem> items) {
    public DeskGroup {
        Objects.requireNonNull(section, "section");
        items = List.copyOf(items);
    }

    /** Items in the register that the desk does not list (beyond its page). */
    public long notShown() {
        return Math.max(0, total - items.size());
    }

    /** How many of the listed items are late. */
    public long overdueShown() {
        return items.stream().filter(DeskItem::overdue).count();
    }
}
