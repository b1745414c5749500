package org.liaisondesk.documents.model;

import java.time.LocalDate;
import java.util.List;
import org.liaisondesk.ladder.model.RecordLink;

/**
 * A case or lead behind a recommendation, as its documents describe it. {@code name}: the case's name, or a lead's
 * description; unmasked here, the document masks it. {@code place}: the station, or a lead's town and village.
 * {@code statusKey}: the message key of its status (办结, 已成案 …). {@code sourceKey}: a lead's source (empty for a
 * case). {@code earlierNumbers}: other issued recommendations on the same record.
 */
public record UnderlyingRecord(RecordLink.Kind kind, long id, String name, String place, String problem, LocalDate date,
                               String statusKey, String sourceKey, boolean involvesMinor, List<String> earlierNumbers) {
    public UnderlyingRecord {
        name = name == null ? "" : name.strip();
        place = place == null ? "" : place.strip();
        problem = problem == null ? "" : problem.strip();
        statusKey = statusKey == null ? "" : statusKey;
        sourceKey = sourceKey == null ? "" : sourceKey;
        earlierNumbers = List.copyOf(earlierNumbers);
    }
}
