package org.liaisondesk.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.common.time.HolidayCalendar.Holiday;
import org.liaisondesk.common.time.HolidayCalendar.Kind;

class HolidayCalendarTest {
    private static final HolidayCalendar OFFICIAL = HolidayCalendar.chinaOfficial();

    @ParameterizedTest
    @CsvSource({
        "2024-09-30, true",    // Monday
        "2024-10-01, true",    // National Day, but the empty calendar knows only weekends
        "2024-10-04, true",    // Friday
        "2024-10-05, false",   // Saturday
        "2024-10-06, false",   // Sunday
        "2024-09-29, false",   // Sunday (a make-up working day only in the official calendar)
    })
    void emptyCalendarKnowsWeekendsOnly(LocalDate date, boolean working) {
        assertEquals(working, HolidayCalendar.empty().isWorkingDay(date));
        assertTrue(HolidayCalendar.empty().entries().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        // 2024
        "2024-01-01, false",   // 元旦, Monday
        "2024-01-02, true",
        "2024-02-04, true",    // Sunday, 春节调休上班
        "2024-02-09, true",    // 除夕, Friday: only "encouraged" off, officially a working day
        "2024-02-10, false",
        "2024-02-16, false",   // Friday inside 春节
        "2024-02-18, true",    // Sunday, 调休上班
        "2024-04-05, false",
        "2024-04-07, true",    // Sunday, 调休上班
        "2024-04-28, true",    // Sunday, 调休上班
        "2024-05-03, false",   // Friday, 劳动节
        "2024-05-11, true",    // Saturday, 调休上班
        "2024-06-10, false",   // 端午, Monday
        "2024-09-14, true",    // Saturday, 调休上班
        "2024-09-16, false",   // Monday, 中秋
        "2024-09-29, true",    // Sunday, 调休上班
        "2024-10-07, false",   // Monday, 国庆
        "2024-10-08, true",
        "2024-10-12, true",    // Saturday, 调休上班
        "2024-10-13, false",   // ordinary Sunday
        // 2025
        "2025-01-01, false",
        "2025-01-26, true",    // Sunday, 调休上班
        "2025-01-28, false",   // 除夕 is a holiday from 2025
        "2025-02-04, false",
        "2025-02-05, true",
        "2025-02-08, true",    // Saturday, 调休上班
        "2025-04-04, false",
        "2025-04-27, true",    // Sunday, 调休上班
        "2025-05-05, false",   // Monday, 劳动节
        "2025-06-02, false",   // Monday, 端午
        "2025-09-28, true",    // Sunday, 调休上班
        "2025-10-06, false",   // 中秋 falls inside National Day
        "2025-10-08, false",   // Wednesday, 8th day of the merged holiday
        "2025-10-09, true",
        "2025-10-11, true",    // Saturday, 调休上班
        // 2026
        "2026-01-02, false",   // Friday, 元旦
        "2026-01-04, true",    // Sunday, 调休上班
        "2026-02-14, true",    // Saturday, 调休上班
        "2026-02-23, false",   // Monday, 春节
        "2026-02-24, true",
        "2026-02-28, true",    // Saturday, 调休上班
        "2026-04-06, false",   // Monday, 清明
        "2026-05-05, false",   // Tuesday, 劳动节
        "2026-05-09, true",    // Saturday, 调休上班
        "2026-06-19, false",   // Friday, 端午
        "2026-09-20, true",    // Sunday, 调休上班
        "2026-09-25, false",   // Friday, 中秋
        "2026-10-07, false",   // Wednesday, 国庆
        "2026-10-08, true",
        "2026-10-10, true",    // Saturday, 调休上班
        // not covered: weekends only
        "2027-01-01, true",    // Friday: the 2027 arrangements are not published yet
        "2023-10-02, true",
    })
    void officialWorkingDays(LocalDate date, boolean working) {
        assertEquals(working, OFFICIAL.isWorkingDay(date));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-10-01, 2024-10-08",
        "2024-10-05, 2024-10-08",
        "2025-10-01, 2025-10-09",
        "2025-01-28, 2025-02-05",
        "2025-02-01, 2025-02-05",
        "2024-09-28, 2024-09-29",   // Saturday, then a make-up working Sunday
        "2024-09-29, 2024-09-29",
        "2024-06-08, 2024-06-11",
        "2026-01-01, 2026-01-04",
        "2026-02-15, 2026-02-24",   // a due date on the first day of Spring Festival 2026 (+0)
        "2025-09-28, 2025-09-28",   // make-up working Sunday before National Day 2025
        "2026-02-14, 2026-02-14",
        "2024-12-30, 2024-12-30",
        "2025-05-31, 2025-06-03",
    })
    void nextWorkingDayOnOrAfter(LocalDate date, LocalDate expected) {
        assertEquals(expected, OFFICIAL.nextWorkingDayOnOrAfter(date));
    }

    @ParameterizedTest
    @CsvSource({
        // year, holidays, make-up working days
        "2024, 28, 8",
        "2025, 28, 5",
        "2026, 33, 6",
    })
    void officialEntriesPerYear(int year, long holidays, long workdays) {
        assertEquals(holidays, OFFICIAL.entries().stream()
                .filter(h -> h.date().getYear() == year && h.kind() == Kind.HOLIDAY).count());
        assertEquals(workdays, OFFICIAL.entries().stream()
                .filter(h -> h.date().getYear() == year && h.kind() == Kind.WORKDAY).count());
        assertTrue(OFFICIAL.covers(year));
    }

    @Test
    void officialEntriesAreSortedAndSane() {
        List<Holiday> entries = OFFICIAL.entries();
        assertEquals(108, entries.size());
        assertEquals(new Holiday(LocalDate.of(2024, 1, 1), Kind.HOLIDAY, "元旦"), entries.get(0));
        assertEquals(new Holiday(LocalDate.of(2026, 10, 10), Kind.WORKDAY, "国庆节调休上班"), entries.get(entries.size() - 1));
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).date().isBefore(entries.get(i).date()), "sorted at " + i);
        }
        for (Holiday h : entries) {
            if (h.kind() == Kind.WORKDAY) {
                DayOfWeek day = h.date().getDayOfWeek();
                assertTrue(day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY, "make-up day on a weekend: " + h);
            }
            assertFalse(h.name().isEmpty(), "named: " + h);
        }
        assertFalse(OFFICIAL.covers(2023));
        assertFalse(OFFICIAL.covers(2027));
        assertThrows(UnsupportedOperationException.class, () -> entries.remove(0));
        assertSame(OFFICIAL, HolidayCalendar.chinaOfficial());
    }

    @Test
    void entryOn() {
        assertEquals(Optional.of(new Holiday(LocalDate.of(2025, 1, 26), Kind.WORKDAY, "春节调休上班")),
                OFFICIAL.entryOn(LocalDate.of(2025, 1, 26)));
        assertEquals(Optional.empty(), OFFICIAL.entryOn(LocalDate.of(2025, 1, 27)));
    }

    @ParameterizedTest
    @CsvSource({
        "2030-01-05, true",    // Saturday made a working day
        "2030-01-07, false",   // Monday made a holiday
        "2030-01-06, false",   // ordinary Sunday
        "2030-01-08, true",    // ordinary Tuesday
    })
    void ofHolidays(LocalDate date, boolean working) {
        HolidayCalendar calendar = HolidayCalendar.of(List.of(
                new Holiday(LocalDate.of(2030, 1, 7), Kind.HOLIDAY, "test"),
                new Holiday(LocalDate.of(2030, 1, 5), Kind.WORKDAY, null)));
        assertEquals(working, calendar.isWorkingDay(date));
        assertEquals(LocalDate.of(2030, 1, 5), calendar.entries().get(0).date());
        assertEquals("", calendar.entries().get(0).name());
        HolidayCalendar fromSets = HolidayCalendar.of(Set.of(LocalDate.of(2030, 1, 7)), Set.of(LocalDate.of(2030, 1, 5)));
        assertEquals(working, fromSets.isWorkingDay(date));
    }

    @Test
    void ofRejectsTheSameDateTwice() {
        LocalDate d = LocalDate.of(2030, 1, 7);
        assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.of(List.of(
                new Holiday(d, Kind.HOLIDAY, "a"), new Holiday(d, Kind.WORKDAY, "b"))));
        assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.of(Set.of(d), Set.of(d)));
    }

    @Test
    void holidayRecord() {
        assertEquals("元旦", new Holiday(LocalDate.of(2025, 1, 1), Kind.HOLIDAY, "  元旦 ").name());
        assertThrows(NullPointerException.class, () -> new Holiday(null, Kind.HOLIDAY, "x"));
        assertThrows(NullPointerException.class, () -> new Holiday(LocalDate.of(2025, 1, 1), null, "x"));
    }

    @Test
    void parseCsv() {
        String csv = "\uFEFF# comment\n"
                + "\n"
                + "2025-01-01,HOLIDAY,元旦\n"
                + "  2025-01-26 , WORKDAY , 春节调休上班  \n"
                + "   # indented comment\n"
                + "2025-02-01,HOLIDAY\n"
                + "2025-02-02,HOLIDAY,name, with comma\n";
        assertEquals(List.of(
                new Holiday(LocalDate.of(2025, 1, 1), Kind.HOLIDAY, "元旦"),
                new Holiday(LocalDate.of(2025, 1, 26), Kind.WORKDAY, "春节调休上班"),
                new Holiday(LocalDate.of(2025, 2, 1), Kind.HOLIDAY, ""),
                new Holiday(LocalDate.of(2025, 2, 2), Kind.HOLIDAY, "name, with comma")),
                HolidayCalendar.parseCsv(new StringReader(csv)));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        // lines separated by " | " => the line number in the message
        "2025-13-01,HOLIDAY,x                                => 1",
        "2025-01-01,HOLIDAY,元旦 | 2025-02-30,HOLIDAY,x      => 2",
        "# c |  | 2025-01-01,HOLIDAYS,x                      => 3",
        "2025-01-01,holiday,x                                => 1",
        "2025-01-01                                          => 1",
        "2025/01/01,HOLIDAY,x                                => 1",
        "2025-01-01,HOLIDAY,a | # c | 2025-01-01,WORKDAY,b   => 3",
        "2025-01-01,,x                                       => 1",
    })
    void parseCsvNamesTheBadLine(String lines, int lineNumber) {
        String csv = String.join("\n", lines.split(" \\| ", -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolidayCalendar.parseCsv(new StringReader(csv)));
        assertTrue(e.getMessage().startsWith("line " + lineNumber + ": "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2025-10-08", "2026-05-09"})
    void equalCalendarsFromTheSameEntries(LocalDate probe) {
        HolidayCalendar copy = HolidayCalendar.of(OFFICIAL.entries());
        assertEquals(OFFICIAL, copy);
        assertEquals(OFFICIAL.hashCode(), copy.hashCode());
        assertEquals(OFFICIAL.isWorkingDay(probe), copy.isWorkingDay(probe));
    }
}
