package org.liaisondesk.holidays.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.FieldProblem;

/** What a day's arrangement must satisfy, whether typed into the form or read from an imported file. */
public final class HolidayRules {
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;
    public static final int MAX_NAME_LENGTH = 30;

    private HolidayRules() {
    }

    /** The problems of setting {@code day} to {@code kind} named {@code name}; empty when acceptable. */
    public static List<FieldProblem> check(LocalDate day, DayKind kind, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new FieldProblem("day", "common.validation.required"));
        } else if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
            problems.add(new FieldProblem("day", "holidays.validation.yearRange",
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "common.validation.required"));
        } else if (kind == DayKind.WORKDAY && day != null && !isWeekend(day)) {
            // Monday to Friday already are working days: such an entry would change nothing and is surely a typo.
            problems.add(new FieldProblem("kind", "holidays.validation.workdayOnWeekday", day.toString()));
        }
        if (name != null && name.strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "common.validation.tooLong", MAX_NAME_LENGTH));
        }
        return problems;
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
