package org.liaisondesk.desk.model;

import java.util.Objects;

/** The record a desk item opens: a recommendation, a lead or a visit, by id. */
public record OpenTarget(Kind kind, long id) {
    public enum Kind { RECOMMENDATION, LEAD, VISIT }

    public OpenTarget {
        Objects.requireNonNull(kind, "kind");
    }

    public static OpenTarget recommendation(long id) {
        return new OpenTarget(Kind.RECOMMENDATION, id);
    }

    public static OpenTarget lead(long id) {
        return new OpenTarget(Kind.LEAD, id);
    }

    public static OpenTarget visit(long id) {
        return new OpenTarget(Kind.VISIT, id);
    }
}
