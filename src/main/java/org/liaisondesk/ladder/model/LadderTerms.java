package org.liaisondesk.ladder.model;

import java.time.LocalDate;
import org.liaisondesk.common.time.DeadlineCalculator;

/**
 * The periods the ladder counts with, from the settings, and the holiday calendar they are counted over:
 * a reply is due {@code replyMonths} after service (or {@code urgentReplyDays} when harm is spreading); a return
 * visit is due {@code returnVisitDays} after a reply that adopts the recommendation.
 */
public record LadderTerms(int replyMonths, int urgentReplyDays, int returnVisitDays, DeadlineCalculator calculator) {
    public static final int DEFAULT_REPLY_MONTHS = 2;
    public static final int DEFAULT_URGENT_REPLY_DAYS = 15;
    public static final int DEFAULT_RETURN_VISIT_DAYS = 30;

    public LadderTerms {
        if (replyMonths < 1 || urgentReplyDays < 1 || returnVisitDays < 1) {
            throw new IllegalArgumentException("periods must be positive");
        }
    }

    public LocalDate replyDue(LocalDate servedOn, boolean urgent) {
        return urgent ? calculator.dueAfterDays(servedOn, urgentReplyDays)
                : calculator.dueAfterMonths(servedOn, replyMonths);
    }

    /** The last day an objection can be raised; with no objection period, the reply's due date. */
    public LocalDate objectionUntil(LocalDate servedOn, int objectionDays, boolean urgent) {
        return objectionDays > 0 ? calculator.dueAfterDays(servedOn, objectionDays) : replyDue(servedOn, urgent);
    }

    public LocalDate returnVisitDue(LocalDate from) {
        return calculator.dueAfterDays(from, returnVisitDays);
    }
}
