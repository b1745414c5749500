package org.liaisondesk.ladder.model;

/**
 * Why the app suggests the next step on the ladder: the same problem in several cases or leads (类案), a
 * recommendation that did not work (next tier), a problem that needs a special report, or a public-interest
 * recommendation not rectified after its deadline (lawsuit). Stored by name in suggestion_dismissal; shown through
 * {@link #messageKey()}.
 */
public enum SuggestionRule {
    CLASS_CASE, NEXT_TIER, SPECIAL_REPORT, LAWSUIT;

    public String messageKey() {
        return "ladder.suggest.rule." + name();
    }
}
