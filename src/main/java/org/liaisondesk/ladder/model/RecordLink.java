package org.liaisondesk.ladder.model;

import java.util.Objects;

/** A case (MATTER) or lead (LEAD) a recommendation is about. */
public record RecordLink(Kind kind, long recordId) implements Comparable<RecordLink> {
    public enum Kind { MATTER, LEAD }

    public RecordLink {
        Objects.requireNonNull(kind, "kind");
    }

    public static RecordLink matter(long id) {
        return new RecordLink(Kind.MATTER, id);
    }

    public static RecordLink lead(long id) {
        return new RecordLink(Kind.LEAD, id);
    }

    /** "MATTER:12": how a link is written in the audit log and in a suggestion's evidence key. */
    public String key() {
        return kind.name() + ":" + recordId;
    }

    @Override
    public int compareTo(RecordLink other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Long.compare(recordId, other.recordId);
    }
}
