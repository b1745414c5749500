package org.liaisondesk.ladder.model;

import java.time.LocalDate;

/**
 * Something on the ladder that needs doing by a date: a reply due soon or overdue, an objection to review, a
 * return visit due. {@code dueOn} may be null for an objection (it waits from {@code since}).
 */
public record DueItem(Kind kind, long recommendationId, String number, Tier tier, String title,
                      String recipientName, LocalDate dueOn, LocalDate since) {
    public enum Kind {
        REPLY_OVERDUE, REPLY_DUE_SOON, OBJECTION_WAITING, RETURN_VISIT_DUE;

        public String messageKey() {
            return "ladder.due." + name();
        }
    }
}
