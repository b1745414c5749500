package org.liaisondesk.register.cases.model;

import java.util.Objects;

/** A case's link to the lead or visit it came from. */
public record MatterLink(LinkKind kind, long recordId) implements Comparable<MatterLink> {
    public MatterLink {
        Objects.requireNonNull(kind, "kind");
    }

    /** "LEAD:12": how a link is written in the audit log. */
    public String key() {
        return kind.name() + ":" + recordId;
    }

    /** Reads {@link #key()} back; throws IllegalArgumentException for anything else. */
    public static MatterLink parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a link: " + key);
        }
        try {
            return new MatterLink(LinkKind.valueOf(key.substring(0, colon).strip()),
                    Long.parseLong(key.substring(colon + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a link: " + key, e);
        }
    }

    @Override
    public int compareTo(MatterLink other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Long.compare(recordId, other.recordId);
    }
}
