package org.liaisondesk.ladder.model;

import java.util.List;

/** A recommendation with its number (empty before issue), its events in order and where they leave it. */
public record RecommendationDetail(Recommendation recommendation, String number, List<LadderEvent> events,
                                   LadderState state) {
    public RecommendationDetail {
        number = number == null ? "" : number;
        events = List.copyOf(events);
    }

    public long id() {
        return recommendation.id();
    }
}
