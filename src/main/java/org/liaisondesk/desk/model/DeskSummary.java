package org.liaisondesk.desk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What needs attention on {@code asOf}: one group per {@link DeskSection}, in the sections' order.
 * {@code replyLeadDays}: how many days ahead a reply counts as due soon (the ladder's setting);
 * {@code petitionLeadDays}: how many days ahead a petition's limit counts as near (the reminder setting).
 */
public record DeskSummary(LocalDate asOf, int replyLeadDays, int petitionLeadDays, List<DeskGroup> groups) {
    public DeskSummary {
        groups = List.copyOf(groups);
    }

    public DeskGroup group(DeskSection section) {
        return groups.stream().filter(g -> g.section() == section).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + section));
    }

    /** Everything that needs attention, listed or not. */
    public long total() {
        return groups.stream().mapToLong(DeskGroup::total).sum();
    }
}
