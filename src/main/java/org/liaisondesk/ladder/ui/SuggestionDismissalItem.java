package org.liaisondesk.ladder.ui;

import org.liaisondesk.ladder.model.SuggestionDismissal;

/** One dismissed suggestion as the list of dismissals shows it. */
public record SuggestionDismissalItem(SuggestionDismissal dismissal, String rule, String dismissedOn, String user,
                                      String reason, String evidence) {
}
