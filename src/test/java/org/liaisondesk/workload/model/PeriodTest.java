package org.liaisondesk.workload.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest(name = "{0} … {1} → {2} {3}, before {4} … {5}, last year {6} … {7}")
    @CsvSource(delimiter = '|', value = {
        // a month; its previous month crosses the year; February of a leap year a year later
        "2026-01-01 | 2026-01-31 | MONTH   | 2026年1月               | 2025-12-01 | 2025-12-31 | 2025-01-01 | 2025-01-31",
        "2024-03-01 | 2024-03-31 | MONTH   | 2024年3月               | 2024-02-01 | 2024-02-29 | 2023-03-01 | 2023-03-31",
        "2025-02-01 | 2025-02-28 | MONTH   | 2025年2月               | 2025-01-01 | 2025-01-31 | 2024-02-01 | 2024-02-29",
        // quarters: the first one's previous is the last of the year before
        "2026-07-01 | 2026-09-30 | QUARTER | 2026年第三季度          | 2026-04-01 | 2026-06-30 | 2025-07-01 | 2025-09-30",
        "2026-01-01 | 2026-03-31 | QUARTER | 2026年第一季度          | 2025-10-01 | 2025-12-31 | 2025-01-01 | 2025-03-31",
        "2026-10-01 | 2026-12-31 | QUARTER | 2026年第四季度          | 2026-07-01 | 2026-09-30 | 2025-10-01 | 2025-12-31",
        "2026-01-01 | 2026-12-31 | YEAR    | 2026年                  | 2025-01-01 | 2025-12-31 | 2025-01-01 | 2025-12-31",
        // custom spans: as many days just before; a leap day a year earlier becomes 28 February
        "2026-01-05 | 2026-03-02 | CUSTOM  | 2026年1月5日至2026年3月2日 | 2025-11-09 | 2026-01-04 | 2025-01-05 | 2025-03-02",
        "2024-02-29 | 2024-03-10 | CUSTOM  | 2024年2月29日至2024年3月10日 | 2024-02-18 | 2024-02-28 | 2023-02-28 | 2023-03-10",
        "2026-11-23 | 2026-11-23 | CUSTOM  | 2026年11月23日至2026年11月23日 | 2026-11-22 | 2026-11-22 | 2025-11-23 | 2025-11-23",
        // a custom span of whole months is compared month for month
        "2026-02-01 | 2026-04-30 | CUSTOM  | 2026年2月至2026年4月     | 2025-11-01 | 2026-01-31 | 2025-02-01 | 2025-04-30",
        "2025-12-01 | 2026-01-31 | CUSTOM  | 2025年12月至2026年1月    | 2025-10-01 | 2025-11-30 | 2024-12-01 | 2025-01-31",
    })
    void comparesWithTheRightSpans(LocalDate from, LocalDate to, Period.Kind kind, String label, LocalDate previousFrom,
                                   LocalDate previousTo, LocalDate lastYearFrom, LocalDate lastYearTo) {
        Period p = Period.of(from, to);
        assertEquals(kind, p.kind());
        assertEquals(label, p.label());
        assertEquals(new Period(p.previous().kind(), previousFrom, previousTo), p.previous());
        assertEquals(kind, p.previous().kind(), "the period before is of the same kind");
        assertEquals(previousFrom, p.previous().from());
        assertEquals(previousTo, p.previous().to());
        assertEquals(lastYearFrom, p.sameLastYear().from());
        assertEquals(lastYearTo, p.sameLastYear().to());
        if (kind == Period.Kind.CUSTOM && from.getDayOfMonth() != 1) {
            assertEquals(p.days(), p.previous().days(), "a custom span is compared with as many days just before");
        }
    }

    @Test
    void factoriesMakeCalendarSpans() {
        assertEquals(Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), Period.quarter(2026, 3));
        assertEquals(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Period.year(2026));
        assertEquals(Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), Period.month(YearMonth.of(2024, 2)));
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2026, 5));
        assertThrows(IllegalArgumentException.class, () -> Period.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)));
    }

    @Test
    void monthsAreTheBucketsOfTheMonthlyCharts() {
        assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1)),
                Period.of(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 3)).months());
        assertEquals(List.of(YearMonth.of(2026, 3)), Period.month(YearMonth.of(2026, 3)).months());
    }

    @Test
    void containsBothEnds() {
        Period q = Period.quarter(2026, 1);
        assertEquals(List.of(false, true, true, false), List.of(q.contains(LocalDate.of(2025, 12, 31)),
                q.contains(LocalDate.of(2026, 1, 1)), q.contains(LocalDate.of(2026, 3, 31)), q.contains(LocalDate.of(2026, 4, 1))));
    }
}
