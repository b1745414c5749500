package org.liaisondesk.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineCalculatorTest {
    private static final DeadlineCalculator OFFICIAL = new DeadlineCalculator(HolidayCalendar.chinaOfficial());
    private static final DeadlineCalculator WEEKENDS_ONLY = new DeadlineCalculator(HolidayCalendar.empty());

    @ParameterizedTest
    @CsvSource({
        // served,    months, due,        weekday of due
        "2024-07-31,  2,      2024-09-30, MONDAY",
        "2024-12-31,  2,      2025-02-28, FRIDAY",     // no 31 February: last day of the month
        "2024-08-31,  2,      2024-10-31, THURSDAY",
        "2023-12-30,  2,      2024-02-29, THURSDAY",   // leap year
        "2023-12-31,  2,      2024-02-29, THURSDAY",   // no 31 February in a leap year: the 29th
        "2024-02-29,  12,     2025-02-28, FRIDAY",
        "2024-08-01,  2,      2024-10-08, TUESDAY",    // National Day 2024
        "2025-08-01,  2,      2025-10-09, THURSDAY",   // National Day + Mid-Autumn 2025
        "2024-07-29,  2,      2024-09-29, SUNDAY",     // a make-up working Sunday stays
        "2024-03-11,  2,      2024-05-11, SATURDAY",   // a make-up working Saturday stays
        "2024-03-10,  2,      2024-05-10, FRIDAY",
        "2024-02-04,  2,      2024-04-07, SUNDAY",     // Qingming 4/4–4/6, then a make-up working Sunday
        "2024-12-10,  2,      2025-02-10, MONDAY",
        "2025-11-28,  2,      2026-01-28, WEDNESDAY",
        "2025-12-15,  2,      2026-02-24, TUESDAY",    // Spring Festival 2026, 2/15–2/23
        "2026-02-14,  2,      2026-04-14, TUESDAY",
        "2025-10-04,  2,      2025-12-04, THURSDAY",
        "2025-12-01,  1,      2026-01-04, SUNDAY",     // New Year 2026, then a make-up working Sunday
        "2024-11-30,  1,      2024-12-30, MONDAY",
        "2025-07-20,  2,      2025-09-22, MONDAY",     // ordinary Saturday
        "2026-07-20,  2,      2026-09-20, SUNDAY",     // make-up working Sunday before National Day 2026
        "2025-07-28,  2,      2025-09-28, SUNDAY",     // make-up working Sunday before National Day 2025 stays
    })
    void dueAfterMonths(LocalDate served, int months, LocalDate due, DayOfWeek weekday) {
        assertEquals(due, OFFICIAL.dueAfterMonths(served, months));
        assertEquals(weekday, due.getDayOfWeek());
    }

    @ParameterizedTest
    @CsvSource({
        // start,     days, due,        weekday of due
        "2025-01-17,  15,   2025-02-05, WEDNESDAY",   // lands on 2025-02-01, Spring Festival
        "2024-09-16,  15,   2024-10-08, TUESDAY",
        "2024-09-14,  15,   2024-09-29, SUNDAY",      // make-up working Sunday
        "2024-06-01,  7,    2024-06-11, TUESDAY",     // weekend, then Dragon Boat Monday
        "2025-04-20,  15,   2025-05-06, TUESDAY",
        "2025-04-12,  15,   2025-04-27, SUNDAY",
        "2026-02-13,  1,    2026-02-14, SATURDAY",
        "2026-02-13,  2,    2026-02-24, TUESDAY",
        "2024-12-25,  7,    2025-01-02, THURSDAY",
        "2025-12-25,  7,    2026-01-04, SUNDAY",
        "2024-10-10,  2,    2024-10-12, SATURDAY",
        "2024-10-11,  2,    2024-10-14, MONDAY",
        "2024-03-01,  30,   2024-04-01, MONDAY",
        "2025-09-15,  15,   2025-09-30, TUESDAY",
        "2025-09-16,  15,   2025-10-09, THURSDAY",
        "2026-09-10,  15,   2026-09-28, MONDAY",
        "2024-01-31,  1,    2024-02-01, THURSDAY",    // the start day itself is not counted
        "2025-09-13,  15,   2025-09-28, SUNDAY",      // lands on a make-up working Sunday: stays
        "2026-01-31,  15,   2026-02-24, TUESDAY",     // lands on 2026-02-15, first day of Spring Festival 2026
    })
    void dueAfterDays(LocalDate start, int days, LocalDate due, DayOfWeek weekday) {
        assertEquals(due, OFFICIAL.dueAfterDays(start, days));
        assertEquals(weekday, due.getDayOfWeek());
    }

    @ParameterizedTest
    @CsvSource({
        "2024-09-16, 15, 2024-10-01",   // a Tuesday: holidays are unknown to this calendar
        "2024-06-01, 7,  2024-06-10",
        "2024-09-14, 15, 2024-09-30",
    })
    void dueAfterDaysWeekendsOnly(LocalDate start, int days, LocalDate due) {
        assertEquals(due, WEEKENDS_ONLY.dueAfterDays(start, days));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-08-01, 2, 2024-10-01",
        "2024-07-29, 2, 2024-09-30",
        "2024-12-31, 2, 2025-02-28",
    })
    void dueAfterMonthsWeekendsOnly(LocalDate served, int months, LocalDate due) {
        assertEquals(due, WEEKENDS_ONLY.dueAfterMonths(served, months));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -15, Integer.MIN_VALUE})
    void nonPositiveCountsAreRejected(int count) {
        LocalDate start = LocalDate.of(2025, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.dueAfterDays(start, count));
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.dueAfterMonths(start, count));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new DeadlineCalculator(null));
        assertThrows(NullPointerException.class, () -> OFFICIAL.dueAfterDays(null, 15));
        assertThrows(NullPointerException.class, () -> OFFICIAL.dueAfterMonths(null, 2));
        assertEquals(HolidayCalendar.chinaOfficial(), OFFICIAL.calendar());
    }
}
