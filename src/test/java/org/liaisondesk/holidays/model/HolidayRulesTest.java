package org.liaisondesk.holidays.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.model.FieldProblem;

class HolidayRulesTest {

    @ParameterizedTest(name = "{0} {1} ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', value = {
        // day       | kind    | name                              | problems (field=key, comma separated)
        "2026-12-28  | HOLIDAY | 地方假日                           |",
        "2026-12-26  | WORKDAY | 调休上班                           |",     // Saturday
        "2026-12-27  | WORKDAY |                                   |",     // Sunday, name left out
        "2026-12-27  | HOLIDAY | 周日也可放假                       |",
        "2026-12-29  | NORMAL  |                                   |",
        "2026-12-28  | WORKDAY | 周一                              | kind=holidays.validation.workdayOnWeekday",
        "            | HOLIDAY | x                                 | day=common.validation.required",
        "2026-12-28  |         | x                                 | kind=common.validation.required",
        "            |         |                                   | day=common.validation.required,kind=common.validation.required",
        "1999-12-31  | HOLIDAY | x                                 | day=holidays.validation.yearRange",
        "2100-01-01  | HOLIDAY | x                                 | day=holidays.validation.yearRange",
        "2000-01-01  | HOLIDAY | x                                 |",
        "2099-12-31  | HOLIDAY | 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十 |",
        "2099-12-31  | HOLIDAY | 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一 | name=common.validation.tooLong",
    })
    void check(LocalDate day, DayKind kind, String name, String expected) {
        List<String> problems = HolidayRules.check(day, kind, name).stream()
                .map(p -> p.field() + "=" + p.messageKey()).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(",")), problems);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-26, true", "2026-12-27, true", "2026-12-28, false", "2026-12-25, false"})
    void isWeekend(LocalDate day, boolean weekend) {
        assertEquals(weekend, HolidayRules.isWeekend(day));
    }

    @ParameterizedTest
    @CsvSource({"2026-12-28, 2026-12-28"})
    void workdayProblemNamesTheDate(LocalDate day, String shown) {
        FieldProblem p = HolidayRules.check(day, DayKind.WORKDAY, "").get(0);
        assertEquals(shown, p.args()[0]);
    }
}
