package org.liaisondesk.register.visits.model;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.liaisondesk.common.time.DeadlineCalculator;

/**
 * The clocks a visit carries. A petition (信访) must get a written notice of acceptance within 15 days and
 * a result within 60 days, extendable once by 30 (信访工作条例); any visit may carry a follow-up date.
 * {@code nextDue} is the earliest deadline not yet met, or null when nothing is pending.
 */
public record VisitDeadlines(LocalDate noticeDue, LocalDate resultDue, LocalDate nextDue) {
    public static final int PETITION_NOTICE_DAYS = 15;
    public static final int PETITION_RESULT_DAYS = 60;
    public static final int PETITION_EXTENSION_DAYS = 30;

    public static VisitDeadlines of(Visit v, DeadlineCalculator calculator) {
        LocalDate noticeDue = null;
        LocalDate resultDue = null;
        if (v.isPetition() && v.date() != null) {
            noticeDue = calculator.dueAfterDays(v.date(), PETITION_NOTICE_DAYS);
            resultDue = calculator.dueAfterDays(v.date(),
                    PETITION_RESULT_DAYS + (v.resultExtended() ? PETITION_EXTENSION_DAYS : 0));
        }
        LocalDate next = null;
        if (v.concludedOn() == null) {
            LocalDate pendingNotice = v.noticeSentOn() == null ? noticeDue : null;
            next = Stream.of(v.followUpDue(), pendingNotice, resultDue)
                    .filter(d -> d != null)
                    .min(LocalDate::compareTo)
                    .orElse(null);
        }
        return new VisitDeadlines(noticeDue, resultDue, next);
    }
}
