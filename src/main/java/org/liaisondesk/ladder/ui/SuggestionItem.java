package org.liaisondesk.ladder.ui;

import java.util.List;
import org.liaisondesk.ladder.model.Suggestion;

/**
 * One suggestion as a card shows it, already in words: the rule, what it would draft and for whom, the reason, one
 * line per evidence record (parties masked, records about minors marked) and the label of the accept button.
 */
public record SuggestionItem(Suggestion suggestion, String rule, String target, String reason,
                             List<String> evidence, String acceptLabel) {
    public SuggestionItem {
        evidence = List.copyOf(evidence);
    }

    /** A class-case draft for which no regulator is known: the user picks the recipient before it is saved. */
    public boolean needsRecipient() {
        return suggestion.draft() != null && suggestion.draft().recipientId() == null;
    }
}
