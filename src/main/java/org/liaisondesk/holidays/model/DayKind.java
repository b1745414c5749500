package org.liaisondesk.holidays.model;

import org.liaisondesk.common.time.HolidayCalendar;

/**
 * What a day of the calendar is: a public holiday (放假), a weekend day worked instead (调休上班), or an ordinary
 * day (恢复正常: a bundled holiday or make-up day taken away). Stored by name; shown through {@link #messageKey()}.
 */
public enum DayKind {
    HOLIDAY, WORKDAY, NORMAL;

    public String messageKey() {
        return "holidays.kind." + name();
    }

    public static DayKind of(HolidayCalendar.Kind kind) {
        return kind == HolidayCalendar.Kind.HOLIDAY ? HOLIDAY : WORKDAY;
    }

    /** The calendar's kind; NORMAL days are simply not in the calendar. */
    public HolidayCalendar.Kind toCalendarKind() {
        return switch (this) {
            case HOLIDAY -> HolidayCalendar.Kind.HOLIDAY;
            case WORKDAY -> HolidayCalendar.Kind.WORKDAY;
            case NORMAL -> throw new IllegalStateException("an ordinary day has no calendar entry");
        };
    }
}
