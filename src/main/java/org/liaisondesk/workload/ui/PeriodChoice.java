package org.liaisondesk.workload.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.workload.model.Period;

/**
 * The period picked on the statistics screen: a kind (月, 季度, 年, 自定义) and the fields that kind uses (a year and
 * a month or quarter, or two dates). {@link #period()} reads them as a {@link Period}; {@link #problem()} says why
 * they cannot be read (a custom range that ends before it starts). Switching the kind keeps the time people were
 * looking at: from 2026年第四季度 to 月 gives the month of that quarter that holds today (or its last month).
 */
public final class PeriodChoice {
    /** How many years back the year lists reach. */
    static final int YEARS_BACK = 10;

    private final LocalDate today;
    private final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.QUARTER);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> month = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private Period lastValid;
    private boolean switchingKind;

    /** Starts on the quarter holding {@code today}. */
    public PeriodChoice(LocalDate today) {
        this.today = today;
        set(Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3));
        kind.addListener((obs, was, now) -> {
            if (now != null && !switchingKind) {
                switchTo(now);
            }
        });
        for (Observable field : new Observable[] {year, month, quarter, from, to}) {
            field.addListener(o -> {
                Period read = period();
                if (read != null) {
                    lastValid = read;
                }
            });
        }
    }

    /** The period on screen, or null while {@link #problem()} has something to say. */
    public Period period() {
        Period.Kind k = kind.get();
        if (k == null) {
            return null;
        }
        return switch (k) {
            case MONTH -> year.get() == null || month.get() == null ? null
                    : Period.month(YearMonth.of(year.get(), month.get()));
            case QUARTER -> year.get() == null || quarter.get() == null ? null : Period.quarter(year.get(), quarter.get());
            case YEAR -> year.get() == null ? null : Period.year(year.get());
            case CUSTOM -> from.get() == null || to.get() == null || to.get().isBefore(from.get()) ? null
                    : Period.of(from.get(), to.get());
        };
    }

    /** Why the choice is no period (an inverted or incomplete range); empty when it is one. */
    public String problem() {
        if (kind.get() == Period.Kind.CUSTOM) {
            if (from.get() == null || to.get() == null) {
                return Messages.tr("workload.view.rangeMissing");
            }
            if (to.get().isBefore(from.get())) {
                return Messages.tr("workload.view.rangeInverted");
            }
        }
        return period() == null ? Messages.tr("workload.view.periodMissing") : "";
    }

    /** Shows {@code period}: its kind and fields (a custom span that is a calendar month stays 自定义). */
    public void set(Period period) {
        lastValid = period;
        switchingKind = true;
        try {
            kind.set(period.kind());
        } finally {
            switchingKind = false;
        }
        year.set(period.from().getYear());
        month.set(period.from().getMonthValue());
        quarter.set((period.from().getMonthValue() + 2) / 3);
        from.set(period.from());
        to.set(period.to());
    }

    /** Fills the fields of the new kind from the last period read under the old one. */
    private void switchTo(Period.Kind now) {
        Period base = lastValid;
        LocalDate anchor = base.contains(today) ? today : base.to();
        Period next = switch (now) {
            case MONTH -> Period.month(YearMonth.from(anchor));
            case QUARTER -> Period.quarter(anchor.getYear(), (anchor.getMonthValue() + 2) / 3);
            case YEAR -> Period.year(anchor.getYear());
            case CUSTOM -> new Period(Period.Kind.CUSTOM, base.from(), base.to());
        };
        year.set(next.from().getYear());
        month.set(next.from().getMonthValue());
        quarter.set((next.from().getMonthValue() + 2) / 3);
        from.set(next.from());
        to.set(next.to());
    }

    /** The period just after {@code period}: the next month, quarter or year, or as many days after a custom span. */
    public static Period next(Period period) {
        return switch (period.kind()) {
            case MONTH -> Period.month(YearMonth.from(period.from()).plusMonths(1));
            case QUARTER -> Period.quarter(period.from().plusMonths(3).getYear(),
                    (period.from().plusMonths(3).getMonthValue() + 2) / 3);
            case YEAR -> Period.year(period.from().getYear() + 1);
            case CUSTOM -> new Period(Period.Kind.CUSTOM, period.to().plusDays(1), period.to().plusDays(period.days()));
        };
    }

    /** The years offered: this year and the ten before, newest first. */
    public List<Integer> years() {
        return IntStream.rangeClosed(0, YEARS_BACK).map(i -> today.getYear() - i).boxed().toList();
    }

    /** Every field, for listening to any change. */
    Observable[] fields() {
        return new Observable[] {kind, year, month, quarter, from, to};
    }

    public ObjectProperty<Period.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** 1 to 12. */
    public ObjectProperty<Integer> monthProperty() {
        return month;
    }

    /** 1 to 4. */
    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
