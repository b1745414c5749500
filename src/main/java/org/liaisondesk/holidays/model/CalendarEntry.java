package org.liaisondesk.holidays.model;

import java.time.LocalDate;
import java.util.Objects;
import org.liaisondesk.common.time.HolidayCalendar.Holiday;

/**
 * One line of the holiday calendar as the user sees it: the day, what it is now, its name, where that comes
 * from, and the bundled arrangement it replaces ({@code official}, null for a day the user added).
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name, EntrySource source, Holiday official) {
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        name = name == null ? "" : name.strip();
    }
}
