package org.liaisondesk.ladder.model;

import java.util.List;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * Cases and leads about the same problem in the same field, counted for a class-case suggestion (each record once,
 * oldest first). {@code businessLine} is the line most of its cases belong to, null when it holds only leads.
 */
public record SuggestionGroup(SupervisionField field, String problem, BusinessLine businessLine,
                              List<SuggestionEvidence> records) {
    public SuggestionGroup {
        records = List.copyOf(records);
    }
}
