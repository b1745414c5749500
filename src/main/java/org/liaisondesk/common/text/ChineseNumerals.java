package org.liaisondesk.common.text;

/** Small counting numbers as Chinese documents write them: 一、十、十一、二十、九十九 (and 〇 for zero). */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 0–99: 〇, 一 … 十, 十一 … 九十九; larger numbers in Arabic digits (no document numbers its items past 99). */
    public static String of(int n) {
        if (n < 0 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /** Each digit as its numeral, as years are written: 2024 → 二〇二四. */
    public static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
        }
        return s.toString();
    }

    /** A count before a measure word: 两 for 2 (两个月), otherwise {@link #of}. */
    public static String count(int n) {
        return n == 2 ? "两" : of(n);
    }
}
