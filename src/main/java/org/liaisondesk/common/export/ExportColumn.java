package org.liaisondesk.common.export;

import java.util.function.Function;

/**
 * One column of an exported table: its Chinese header, how to get the value from a row, and whether the
 * value is text (stored as text, so that Excel never turns an ID or phone number into a number), a number
 * or a date.
 */
public record ExportColumn<T>(String header, Function<T, Object> value, Kind kind) {
    public enum Kind { TEXT, NUMBER, DATE }

    public static <T> ExportColumn<T> text(String header, Function<T, Object> value) {
        return new ExportColumn<>(header, value, Kind.TEXT);
    }

    public static <T> ExportColumn<T> number(String header, Function<T, Object> value) {
        return new ExportColumn<>(header, value, Kind.NUMBER);
    }

    public static <T> ExportColumn<T> date(String header, Function<T, Object> value) {
        return new ExportColumn<>(header, value, Kind.DATE);
    }
}
