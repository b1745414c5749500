package org.liaisondesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2024-10-12, 2024年10月12日,  二〇二四年十月十二日",
        "2024-01-05, 2024年1月5日,    二〇二四年一月五日",
        "2024-06-10, 2024年6月10日,   二〇二四年六月十日",
        "2024-12-19, 2024年12月19日,  二〇二四年十二月十九日",
        "2025-11-20, 2025年11月20日,  二〇二五年十一月二十日",
        "2021-03-21, 2021年3月21日,   二〇二一年三月二十一日",
        "2019-10-30, 2019年10月30日,  二〇一九年十月三十日",
        "2026-12-31, 2026年12月31日,  二〇二六年十二月三十一日",
        "2000-02-29, 2000年2月29日,   二〇〇〇年二月二十九日",
        "1999-09-09, 1999年9月9日,    一九九九年九月九日",
    })
    void format(LocalDate date, String arabic, String chinese) {
        assertEquals(arabic, ChineseDates.format(date, ChineseDates.Style.ARABIC));
        assertEquals(chinese, ChineseDates.format(date, ChineseDates.Style.CHINESE_NUMERALS));
    }

    @Test
    void formatRejectsNull() {
        assertThrows(NullPointerException.class, () -> ChineseDates.format(null, ChineseDates.Style.ARABIC));
        assertThrows(NullPointerException.class, () -> ChineseDates.format(LocalDate.of(2024, 1, 1), null));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-10-12,              2024-10-12",
        "2024-1-5,                2024-01-05",
        "2024-01-05,              2024-01-05",
        "2024/10/12,              2024-10-12",
        "2024/1/5,                2024-01-05",
        "2024.10.12,              2024-10-12",
        "2024年10月12日,           2024-10-12",
        "2024年1月5日,             2024-01-05",
        "'2024 年 10 月 12 日',    2024-10-12",
        "20241012,                2024-10-12",
        "'  2024-10-12  ',        2024-10-12",
        "'\u30002024年1月5日\u3000', 2024-01-05",
        "２０２４年１０月１２日,        2024-10-12",
        "２０２４－１０－１２,          2024-10-12",
        "2024-02-29,              2024-02-29",
        "20000229,                2000-02-29",
    })
    void parse(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), ChineseDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "abc", "2024-13-01", "2023-02-29", "2024-10-32", "2024-00-10", "20230229", "20241301",
        "2024-10/12", "24-10-12", "2024-10", "2024年10月", "2024年10月12", "2024-100-1", "202410121", "2024101",
        "十月十二日", "二〇二四年十月十二日", "2024-10-12 10:00", "2024--10-12",
    })
    void parseRejects(String text) {
        assertEquals(Optional.empty(), ChineseDates.parse(text));
    }

    @Test
    void parseNullIsEmpty() {
        assertEquals(Optional.empty(), ChineseDates.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2024-02-29", "2025-10-08", "2026-12-31"})
    void arabicFormatParsesBack(LocalDate date) {
        assertEquals(Optional.of(date), ChineseDates.parse(ChineseDates.format(date, ChineseDates.Style.ARABIC)));
    }
}
