package org.liaisondesk.common.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts of money as the register keeps them: a whole number of fen (分), never a floating value. People type
 * yuan the way they write them ("2000", "2,000.50", "2000.5元", "２０００", "2万", "2.5万元"); reports show 万元.
 */
public final class Money {
    public static final long FEN_PER_YUAN = 100;
    public static final long FEN_PER_WAN = 1_000_000;
    /** The largest amount accepted: one trillion yuan, far above any aid payment, well inside a long. */
    public static final long MAX_FEN = 1_000_000_000_000L * FEN_PER_YUAN;

    public static final String EMPTY = "common.money.empty";
    public static final String NOT_A_NUMBER = "common.money.notANumber";
    public static final String NEGATIVE = "common.money.negative";
    public static final String TOO_PRECISE = "common.money.tooManyDecimals";
    public static final String TOO_LARGE = "common.money.tooLarge";

    // Thousands separators only in their proper places: 2,000 and 12,345.6, never 2,00 or ,200.
    private static final Pattern NUMBER = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    private Money() {
    }

    /**
     * The amount in fen.
     *
     * @throws IllegalArgumentException whose message is one of the message keys of this class
     */
    public static long parseYuan(String text) {
        if (text == null) {
            throw new IllegalArgumentException(EMPTY);
        }
        String s = Widths.compact(text).replace('￥', '¥');
        if (s.startsWith("¥")) {
            s = s.substring(1);
        }
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        boolean wan = s.endsWith("万");
        if (wan) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException(text.isBlank() ? EMPTY : NOT_A_NUMBER);
        }
        if (s.startsWith("-") || s.startsWith("−")) {
            throw new IllegalArgumentException(NEGATIVE);
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException(NOT_A_NUMBER);
        }
        BigDecimal fen = new BigDecimal(s.replace(",", "")).movePointRight(wan ? 6 : 2);
        if (fen.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(TOO_PRECISE);
        }
        if (fen.compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
            throw new IllegalArgumentException(TOO_LARGE);
        }
        return fen.longValueExact();
    }

    /** The message key of what is wrong with the typed amount, or empty when {@link #parseYuan} accepts it. */
    public static Optional<String> problem(String text) {
        try {
            parseYuan(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** 200050 → "2,000.50 元". */
    public static String formatYuan(long fen) {
        return pattern("#,##0.00").format(BigDecimal.valueOf(fen).movePointLeft(2)) + " 元";
    }

    /** 2000000 → "2.00 万元" (rounded half up to the hundredth of 万, as reports print it). */
    public static String formatWan(long fen) {
        BigDecimal wan = BigDecimal.valueOf(fen).movePointLeft(6).setScale(2, RoundingMode.HALF_UP);
        return pattern("#,##0.00").format(wan) + " 万元";
    }

    /**
     * The amount in 万 as a report's sentence writes it, without trailing zeros: 20000 元 → "2", 12345 元 → "1.23",
     * 5000 元 → "0.5" (rounded half up to the hundredth of 万, like {@link #formatWan}).
     */
    public static String wan(long fen) {
        BigDecimal wan = BigDecimal.valueOf(fen).movePointLeft(6).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return wan.signum() == 0 ? "0" : wan.toPlainString();
    }

    /** The amount as a person would type it back into a form: 200000 → "2000", 200050 → "2000.50". */
    public static String plainYuan(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen).movePointLeft(2);
        return fen % FEN_PER_YUAN == 0 ? yuan.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : yuan.toPlainString();
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
