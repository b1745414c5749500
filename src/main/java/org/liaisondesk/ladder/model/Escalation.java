package org.liaisondesk.ladder.model;

import java.util.Objects;

/** This document escalates from the earlier one {@code earlierId}, because of {@code reason}. */
public record Escalation(long earlierId, EscalationReason reason) implements Comparable<Escalation> {
    public Escalation {
        Objects.requireNonNull(reason, "reason");
    }

    public String key() {
        return earlierId + ":" + reason.name();
    }

    @Override
    public int compareTo(Escalation other) {
        return Long.compare(earlierId, other.earlierId);
    }
}
