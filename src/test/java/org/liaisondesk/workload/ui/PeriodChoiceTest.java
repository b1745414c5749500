package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.workload.model.Period;

/** The period picker: switching the kind keeps the time looked at; the next period; what cannot be read. */
class PeriodChoiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Stream<Arguments> switches() {
        return Stream.of(
                // From the current quarter, the month holding today.
                Arguments.of(Period.quarter(2026, 4), Period.Kind.MONTH, Period.month(YearMonth.of(2026, 11))),
                Arguments.of(Period.quarter(2026, 4), Period.Kind.YEAR, Period.year(2026)),
                // From a past quarter, its last month.
                Arguments.of(Period.quarter(2025, 2), Period.Kind.MONTH, Period.month(YearMonth.of(2025, 6))),
                Arguments.of(Period.year(2024), Period.Kind.QUARTER, Period.quarter(2024, 4)),
                Arguments.of(Period.month(YearMonth.of(2026, 2)), Period.Kind.QUARTER, Period.quarter(2026, 1)),
                Arguments.of(Period.month(YearMonth.of(2026, 5)), Period.Kind.CUSTOM, Period.month(YearMonth.of(2026, 5))),
                Arguments.of(new Period(Period.Kind.CUSTOM, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2)),
                        Period.Kind.MONTH, Period.month(YearMonth.of(2026, 3))));
    }

    @ParameterizedTest
    @MethodSource("switches")
    void switchingTheKindKeepsTheTimeLookedAt(Period shown, Period.Kind kind, Period expected) {
        PeriodChoice c = new PeriodChoice(TODAY);
        c.set(shown);
        assertEquals(shown, c.period());
        c.kindProperty().set(kind);
        assertEquals(expected, c.period());
        assertEquals(kind, c.kindProperty().get());
    }

    static Stream<Arguments> nexts() {
        return Stream.of(
                Arguments.of(Period.month(YearMonth.of(2026, 12)), Period.month(YearMonth.of(2027, 1))),
                Arguments.of(Period.quarter(2026, 4), Period.quarter(2027, 1)),
                Arguments.of(Period.quarter(2026, 2), Period.quarter(2026, 3)),
                Arguments.of(Period.year(2025), Period.year(2026)),
                Arguments.of(new Period(Period.Kind.CUSTOM, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 14)),
                        new Period(Period.Kind.CUSTOM, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 24))));
    }

    @ParameterizedTest
    @MethodSource("nexts")
    void theNextPeriodFollowsWithoutGapAndIsUndoneByPrevious(Period period, Period next) {
        assertEquals(next, PeriodChoice.next(period));
        assertEquals(period, PeriodChoice.next(period).previous());
    }

    @Test
    void startsOnTheCurrentQuarterAndOffersTheLastElevenYears() {
        PeriodChoice c = new PeriodChoice(TODAY);
        assertEquals(Period.quarter(2026, 4), c.period());
        assertEquals(2026, c.years().get(0));
        assertEquals(2016, c.years().get(c.years().size() - 1));
    }

    @Test
    void anIncompleteOrInvertedRangeIsNoPeriod() {
        PeriodChoice c = new PeriodChoice(TODAY);
        c.kindProperty().set(Period.Kind.CUSTOM);
        assertEquals("", c.problem());
        c.toProperty().set(null);
        assertNull(c.period());
        assertEquals("请填写起止日期。", c.problem());
        c.toProperty().set(LocalDate.of(2026, 9, 30));
        assertNull(c.period());
        assertEquals("结束日期早于开始日期，请更正后再统计。", c.problem());
        // Switching away starts from the last period that could be read.
        c.kindProperty().set(Period.Kind.YEAR);
        assertEquals(Period.year(2026), c.period());
        assertEquals("", c.problem());
    }
}
