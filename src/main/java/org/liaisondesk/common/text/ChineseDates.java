package org.liaisondesk.common.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese documents write them, and the ways people type them. */
public final class ChineseDates {
    /** ARABIC: 2024年10月12日 (body text); CHINESE_NUMERALS: 二〇二四年十月十二日 (the date line of formal documents). */
    public enum Style { ARABIC, CHINESE_NUMERALS }

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private ChineseDates() {
    }

    public static String format(LocalDate date, Style style) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(style, "style");
        if (style == Style.ARABIC) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return ChineseNumerals.digits(date.getYear()) + "年" + ChineseNumerals.of(date.getMonthValue()) + "月"
                + ChineseNumerals.of(date.getDayOfMonth()) + "日";
    }

    /**
     * Reads 2024-10-12, 2024-1-5, 2024/10/12, 2024.10.12, 2024年10月12日, 20241012 (surrounding spaces and
     * full-width digits allowed); empty for anything else and for dates that do not exist (2023-02-29).
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Widths.toHalfWidth(text).strip();
        Matcher m = SEPARATED.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    /** 1..99 the way dates say it: 五, 十, 十二, 二十, 三十一. */
    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
