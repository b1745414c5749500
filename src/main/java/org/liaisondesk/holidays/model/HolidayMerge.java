package org.liaisondesk.holidays.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.common.time.HolidayCalendar.Holiday;

/**
 * The bundled official calendar with the user's edits laid over it. An edit replaces the bundled day (or adds
 * one); a NORMAL edit takes the bundled day away. Only real differences are stored: {@link #editFor} says what.
 */
public final class HolidayMerge {
    private HolidayMerge() {
    }

    /** The calendar deadlines are counted with. */
    public static HolidayCalendar calendar(HolidayCalendar official, Collection<HolidayEdit> edits) {
        Map<LocalDate, Holiday> days = new HashMap<>();
        for (Holiday h : official.entries()) {
            days.put(h.date(), h);
        }
        for (HolidayEdit e : edits) {
            if (e.kind() == DayKind.NORMAL) {
                days.remove(e.day());
            } else {
                days.put(e.day(), new Holiday(e.day(), e.kind().toCalendarKind(), e.name()));
            }
        }
        return HolidayCalendar.of(days.values());
    }

    /** The year's lines for the user, by date: bundled days (changed, taken away or not) and added days. */
    public static List<CalendarEntry> entries(HolidayCalendar official, Collection<HolidayEdit> edits, int year) {
        Map<LocalDate, HolidayEdit> editByDay = new TreeMap<>();
        for (HolidayEdit e : edits) {
            if (e.day().getYear() == year) {
                editByDay.put(e.day(), e);
            }
        }
        TreeSet<LocalDate> days = new TreeSet<>(editByDay.keySet());
        official.entries().stream().map(Holiday::date).filter(d -> d.getYear() == year).forEach(days::add);
        List<CalendarEntry> entries = new ArrayList<>();
        for (LocalDate day : days) {
            entryOn(official.entryOn(day).orElse(null), editByDay.get(day)).ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<CalendarEntry> entryOn(Holiday official, HolidayEdit edit) {
        if (edit == null || official != null && sameAs(official, edit.kind(), edit.name())) {
            return Optional.of(new CalendarEntry(official.date(), DayKind.of(official.kind()), official.name(),
                    EntrySource.OFFICIAL, official));
        }
        if (official == null) {
            // A NORMAL edit of a day that has no bundled entry changes nothing; it is not shown.
            return edit.kind() == DayKind.NORMAL ? Optional.empty()
                    : Optional.of(new CalendarEntry(edit.day(), edit.kind(), edit.name(), EntrySource.ADDED, null));
        }
        if (edit.kind() == DayKind.NORMAL) {
            return Optional.of(new CalendarEntry(edit.day(), DayKind.NORMAL, official.name(), EntrySource.REMOVED,
                    official));
        }
        return Optional.of(new CalendarEntry(edit.day(), edit.kind(), edit.name(), EntrySource.CHANGED, official));
    }

    /**
     * What must be stored for {@code day} to be {@code kind} named {@code name}: empty when the bundled calendar
     * already says exactly that (or, for NORMAL, when it has nothing on that day).
     */
    public static Optional<HolidayEdit> editFor(HolidayCalendar official, LocalDate day, DayKind kind, String name) {
        Holiday bundled = official.entryOn(day).orElse(null);
        if (kind == DayKind.NORMAL) {
            return bundled == null ? Optional.empty() : Optional.of(new HolidayEdit(day, DayKind.NORMAL, ""));
        }
        HolidayEdit edit = new HolidayEdit(day, kind, name);
        return bundled != null && sameAs(bundled, kind, edit.name()) ? Optional.empty() : Optional.of(edit);
    }

    private static boolean sameAs(Holiday official, DayKind kind, String name) {
        return kind != DayKind.NORMAL && official.kind() == kind.toCalendarKind() && official.name().equals(name);
    }
}
