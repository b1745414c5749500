package org.liaisondesk.register.visits.ui;

import org.liaisondesk.common.time.DeadlineStatus;

/** One line of the visit table as shown: personal data already masked, enums already in words. */
public record VisitListItem(
        long id,
        String date,
        String station,
        String prosecutor,
        String form,
        String category,
        String visitor,
        String summary,
        String handling,
        String due,
        DeadlineStatus dueStatus,
        boolean minor) {
}
