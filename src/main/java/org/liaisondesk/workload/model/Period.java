package org.liaisondesk.workload.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The span a set of figures covers, both ends included: a calendar month, quarter or year, or any custom span.
 * {@link #previous()} is the span just before (环比) and {@link #sameLastYear()} the same span a year earlier (同比).
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {
    public enum Kind { MONTH, QUARTER, YEAR, CUSTOM }

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " … " + to);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Quarter 1 to 4 of {@code year}. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * A custom span; one that happens to be exactly a calendar month, quarter or year is recognised as such, so
     * that its comparisons are calendar-aligned too.
     */
    public static Period of(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && !to.isBefore(from)) {
            YearMonth start = YearMonth.from(from);
            if (to.equals(start.atEndOfMonth())) {
                return month(start);
            }
            if (from.getMonthValue() % 3 == 1 && to.equals(start.plusMonths(2).atEndOfMonth())) {
                return quarter(from.getYear(), (from.getMonthValue() + 2) / 3);
            }
            if (from.getMonthValue() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31))) {
                return year(from.getYear());
            }
        }
        return new Period(Kind.CUSTOM, from, to);
    }

    /**
     * The span just before: the previous month, quarter or year; for a custom span of whole months as many months just
     * before, otherwise as many days just before.
     */
    public Period previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> new Period(Kind.QUARTER, from.minusMonths(3),
                    YearMonth.from(from).minusMonths(1).atEndOfMonth());
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> wholeMonths()
                    ? new Period(Kind.CUSTOM, from.minusMonths(months().size()), from.minusDays(1))
                    : new Period(Kind.CUSTOM, from.minusDays(days()), from.minusDays(1));
        };
    }

    /** True when the span runs from a first of the month to a last: it is compared month for month. */
    private boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /** The same span a year earlier (29 February becomes 28 February). */
    public Period sameLastYear() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusYears(1));
            case QUARTER -> quarter(from.getYear() - 1, (from.getMonthValue() + 2) / 3);
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> new Period(Kind.CUSTOM, from.minusYears(1), to.minusYears(1));
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Every calendar month the span touches, in order: the buckets of the monthly charts. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** How reports name the span: 2026年10月, 2026年第三季度, 2026年, 2026年2月至2026年4月, 2026年1月5日至2026年3月2日. */
    public String label() {
        return switch (kind) {
            case MONTH -> from.getYear() + "年" + from.getMonthValue() + "月";
            case QUARTER -> from.getYear() + "年第" + QUARTERS[(from.getMonthValue() - 1) / 3] + "季度";
            case YEAR -> from.getYear() + "年";
            case CUSTOM -> wholeMonths()
                    ? from.getYear() + "年" + from.getMonthValue() + "月至" + to.getYear() + "年" + to.getMonthValue() + "月"
                    : day(from) + "至" + day(to);
        };
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
