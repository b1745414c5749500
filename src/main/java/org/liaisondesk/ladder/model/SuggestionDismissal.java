package org.liaisondesk.ladder.model;

import java.time.LocalDate;

/**
 * A suggestion the user did not take, with the evidence it had and why: the same rule with the same evidence key
 * is not suggested again. {@code userName} may be empty.
 */
public record SuggestionDismissal(SuggestionRule rule, String evidenceKey, String reason, LocalDate dismissedOn,
                                  String userName) {
    public SuggestionDismissal {
        userName = userName == null ? "" : userName;
    }
}
