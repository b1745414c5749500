package org.liaisondesk.common.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Due dates counted the civil-law way (民法典 art. 200–203): the start day is not counted, a period in months
 * ends on the same day of the month (or the month's last day when there is none), and a last day that is a
 * rest day or public holiday moves to the next working day.
 */
public final class DeadlineCalculator {
    private final HolidayCalendar calendar;

    public DeadlineCalculator(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** start + days, moved to the next working day. */
    public LocalDate dueAfterDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        return calendar.nextWorkingDayOnOrAfter(start.plusDays(days));
    }

    /** The same day of the month {@code months} later (or that month's last day), moved to the next working day. */
    public LocalDate dueAfterMonths(LocalDate start, int months) {
        Objects.requireNonNull(start, "start");
        if (months <= 0) {
            throw new IllegalArgumentException("months must be positive: " + months);
        }
        // plusMonths already falls back to the last day of a shorter month (art. 202).
        return calendar.nextWorkingDayOnOrAfter(start.plusMonths(months));
    }
}
