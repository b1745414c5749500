package org.liaisondesk.common.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.ChineseDates;

/** String converters for pick lists and date fields, all through the message bundle. */
public final class Labels {
    private Labels() {
    }

    /** Shows each value through {@code label}; null shows as {@code nullText} (e.g. 全部 in a filter). */
    public static <T> StringConverter<T> converter(Function<T, String> label, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // pick lists are chosen from, never typed into
            }
        };
    }

    /** For enums that name their message key: {@code Labels.keyed(VisitForm::messageKey, "全部")}. */
    public static <T> StringConverter<T> keyed(Function<T, String> messageKey, String nullText) {
        return converter(v -> Messages.tr(messageKey.apply(v)), nullText);
    }

    /**
     * A date converter that accepts the forms people type (2024-10-12, 2024/10/12, 2024.10.12, 2024年10月12日)
     * and shows ISO dates. Text it cannot read gives null, which the form then reports.
     */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return ChineseDates.parse(text).orElse(null);
            }
        };
    }
}
