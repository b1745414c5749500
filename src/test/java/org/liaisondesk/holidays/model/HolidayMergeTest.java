package org.liaisondesk.holidays.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.common.time.HolidayCalendar.Holiday;
import org.liaisondesk.common.time.HolidayCalendar.Kind;

/** The bundled calendar with the user's edits laid over it. */
class HolidayMergeTest {
    private static final HolidayCalendar OFFICIAL = HolidayCalendar.chinaOfficial();

    /** "2026-12-28:HOLIDAY:调休" entries separated by " ; ", or empty. */
    private static List<HolidayEdit> edits(String text) {
        List<HolidayEdit> edits = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return edits;
        }
        for (String part : text.split(" ; ")) {
            String[] f = part.strip().split(":", -1);
            edits.add(new HolidayEdit(LocalDate.parse(f[0]), DayKind.valueOf(f[1]), f.length > 2 ? f[2] : ""));
        }
        return edits;
    }

    @ParameterizedTest(name = "{0}: {1} on {2} is working={3}, next working day {4}")
    @CsvSource(delimiter = '|', value = {
        // case                        | edits                                          | probe      | working | next working day
        "nothing changed               |                                                | 2025-10-01 | false   | 2025-10-09",
        "add a holiday (Monday)        | 2026-12-28:HOLIDAY:地方假日                     | 2026-12-28 | false   | 2026-12-29",
        "add a holiday, day before     | 2026-12-28:HOLIDAY:地方假日                     | 2026-12-27 | false   | 2026-12-29",
        "add a make-up Saturday        | 2026-12-26:WORKDAY:调休上班                     | 2026-12-26 | true    | 2026-12-26",
        "remove a bundled holiday      | 2025-10-08:NORMAL                              | 2025-10-08 | true    | 2025-10-08",
        "remove a bundled holiday, 7th | 2025-10-08:NORMAL                              | 2025-10-07 | false   | 2025-10-08",
        "remove a make-up Sunday       | 2025-09-28:NORMAL                              | 2025-09-28 | false   | 2025-09-29",
        "change a holiday to a workday | 2025-10-04:WORKDAY:改为上班                     | 2025-10-04 | true    | 2025-10-04",
        "several edits at once         | 2026-12-28:HOLIDAY:甲 ; 2026-12-29:HOLIDAY:乙   | 2026-12-28 | false   | 2026-12-30",
        "a NORMAL on an ordinary day   | 2026-12-29:NORMAL                              | 2026-12-29 | true    | 2026-12-29",
        "a year not bundled            | 2027-02-08:HOLIDAY:春节                         | 2027-02-06 | false   | 2027-02-09",
        "reset = the edit gone again   |                                                | 2026-12-28 | true    | 2026-12-28",
    })
    void mergedCalendar(String name, String editText, LocalDate probe, boolean working, LocalDate next) {
        HolidayCalendar merged = HolidayMerge.calendar(OFFICIAL, edits(editText));
        assertEquals(working, merged.isWorkingDay(probe));
        assertEquals(next, merged.nextWorkingDayOnOrAfter(probe));
    }

    @Test
    void noEditsGiveTheBundledCalendar() {
        assertEquals(OFFICIAL, HolidayMerge.calendar(OFFICIAL, List.of()));
    }

    @Test
    void aRemovedDayLeavesTheCalendarAndAnAddedYearIsCovered() {
        HolidayCalendar merged = HolidayMerge.calendar(OFFICIAL, edits("2025-10-08:NORMAL ; 2027-01-01:HOLIDAY:元旦"));
        assertEquals(Optional.empty(), merged.entryOn(LocalDate.of(2025, 10, 8)));
        assertEquals(OFFICIAL.entries().size(), merged.entries().size(), "one removed, one added");
        assertTrue(merged.covers(2027));
        assertFalse(OFFICIAL.covers(2027));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                       | edits                           | day        | kind    | name       | source   | official name
        "bundled                      |                                 | 2025-10-01 | HOLIDAY | 国庆节、中秋节 | OFFICIAL | 国庆节、中秋节",
        "added                        | 2025-12-26:HOLIDAY:地方假日      | 2025-12-26 | HOLIDAY | 地方假日    | ADDED    |",
        "renamed                      | 2025-10-01:HOLIDAY:国庆节        | 2025-10-01 | HOLIDAY | 国庆节      | CHANGED  | 国庆节、中秋节",
        "turned into a working day    | 2025-10-04:WORKDAY:改为上班      | 2025-10-04 | WORKDAY | 改为上班    | CHANGED  | 国庆节、中秋节",
        "taken away                   | 2025-09-28:NORMAL               | 2025-09-28 | NORMAL  | 国庆节、中秋节调休上班 | REMOVED | 国庆节、中秋节调休上班",
        "edit equal to the bundled day | 2025-10-01:HOLIDAY:国庆节、中秋节 | 2025-10-01 | HOLIDAY | 国庆节、中秋节 | OFFICIAL | 国庆节、中秋节",
    })
    void entries(String name, String editText, LocalDate day, DayKind kind, String entryName, EntrySource source,
                 String officialName) {
        List<CalendarEntry> entries = HolidayMerge.entries(OFFICIAL, edits(editText), day.getYear());
        CalendarEntry entry = entries.stream().filter(e -> e.date().equals(day)).findFirst().orElseThrow();
        assertEquals(kind, entry.kind());
        assertEquals(entryName, entry.name());
        assertEquals(source, entry.source());
        if (officialName == null) {
            assertNull(entry.official());
        } else {
            assertEquals(officialName, entry.official().name());
        }
    }

    @Test
    void entriesListTheYearByDateWithAddedAndRemovedDays() {
        List<CalendarEntry> entries = HolidayMerge.entries(OFFICIAL,
                edits("2025-12-26:HOLIDAY:地方假日 ; 2025-01-01:NORMAL ; 2026-01-05:HOLIDAY:次年 ; 2025-03-03:NORMAL"), 2025);
        assertEquals(33 + 1, entries.size(), "2025 has 33 bundled days; the NORMAL on an ordinary day is not listed");
        assertEquals(LocalDate.of(2025, 1, 1), entries.get(0).date());
        assertEquals(EntrySource.REMOVED, entries.get(0).source());
        assertEquals(LocalDate.of(2025, 12, 26), entries.get(entries.size() - 1).date());
        assertEquals(EntrySource.ADDED, entries.get(entries.size() - 1).source());
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).date().isBefore(entries.get(i).date()));
        }
        assertTrue(HolidayMerge.entries(OFFICIAL, List.of(), 2027).isEmpty());
    }

    @ParameterizedTest(name = "{1} {2} {3} stores {4}")
    @CsvSource(delimiter = '|', value = {
        // case                         | day        | kind    | name         | stored edit (empty: none)
        "same as bundled                | 2025-10-01 | HOLIDAY | 国庆节、中秋节 |",
        "same as bundled, spaces        | 2025-10-01 | HOLIDAY | ' 国庆节、中秋节 ' |",
        "renamed                        | 2025-10-01 | HOLIDAY | 国庆节        | 2025-10-01:HOLIDAY:国庆节",
        "other kind                     | 2025-10-04 | WORKDAY | 上班          | 2025-10-04:WORKDAY:上班",
        "new day                        | 2026-12-28 | HOLIDAY | 地方假日      | 2026-12-28:HOLIDAY:地方假日",
        "take away a bundled day        | 2025-10-01 | NORMAL  | 随便          | 2025-10-01:NORMAL:",
        "NORMAL on an ordinary day      | 2026-12-28 | NORMAL  |               |",
    })
    void editFor(String name, LocalDate day, DayKind kind, String entryName, String stored) {
        Optional<HolidayEdit> expected = stored == null ? Optional.empty() : Optional.of(edits(stored).get(0));
        assertEquals(expected, HolidayMerge.editFor(OFFICIAL, day, kind, entryName));
    }

    @Test
    void kindsConvert() {
        assertEquals(DayKind.HOLIDAY, DayKind.of(Kind.HOLIDAY));
        assertEquals(DayKind.WORKDAY, DayKind.of(Kind.WORKDAY));
        assertEquals(Kind.WORKDAY, DayKind.WORKDAY.toCalendarKind());
        assertEquals("holidays.kind.NORMAL", DayKind.NORMAL.messageKey());
        assertEquals("holidays.source.REMOVED", EntrySource.REMOVED.messageKey());
        assertFalse(EntrySource.OFFICIAL.isEdited());
        assertTrue(EntrySource.ADDED.isEdited());
        assertEquals(new Holiday(LocalDate.of(2025, 1, 1), Kind.HOLIDAY, "元旦"),
                OFFICIAL.entryOn(LocalDate.of(2025, 1, 1)).orElseThrow());
    }
}
