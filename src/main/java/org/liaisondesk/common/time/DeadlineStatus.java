package org.liaisondesk.common.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Where a deadline stands today, for list colouring and reminders. */
public enum DeadlineStatus {
    DONE("done"),
    OVERDUE("overdue"),
    DUE_TODAY("dueToday"),
    DUE_SOON("dueSoon"),
    NOT_DUE("notDue");

    private final String messageKey;

    DeadlineStatus(String suffix) {
        this.messageKey = "common.deadline." + suffix;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * @param doneOn           when the obligation was met, or null
     * @param reminderLeadDays how many days ahead a deadline counts as due soon (0 = only on the day)
     */
    public static DeadlineStatus of(LocalDate due, LocalDate doneOn, LocalDate today, int reminderLeadDays) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(today, "today");
        if (reminderLeadDays < 0) {
            throw new IllegalArgumentException("reminderLeadDays must not be negative: " + reminderLeadDays);
        }
        if (doneOn != null) {
            return DONE;
        }
        long left = daysLeft(due, today);
        if (left < 0) {
            return OVERDUE;
        }
        if (left == 0) {
            return DUE_TODAY;
        }
        return left <= reminderLeadDays ? DUE_SOON : NOT_DUE;
    }

    /** Days from today to the due date; negative when overdue. */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(Objects.requireNonNull(today, "today"), Objects.requireNonNull(due, "due"));
    }
}
