package org.liaisondesk.ladder.ui;

import java.util.Locale;

/**
 * One line of the issue register (发文登记簿) as shown and printed: enums in words, a withdrawn document's status
 * marked "已撤回（文号保留）". No personal data.
 */
public record NumberRegisterItem(long recommendationId, String number, String issuedOn, String tier, String type,
                                 String title, String recipient, String status, boolean withdrawn) {

    /** Whether every word of {@code text} (split at spaces) appears in one of the shown columns. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = String.join("\n", number, issuedOn, tier, type, title, recipient, status)
                .toLowerCase(Locale.ROOT);
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("[\\s\\u3000]+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
