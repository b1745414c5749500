package org.liaisondesk.ladder.model;

/** The three rungs of the ladder (两建议一报告): 个案检察建议, 类案检察建议, 专项法律监督报告. Stored by name; shown through {@link #messageKey()}. */
public enum Tier {
    INDIVIDUAL, CLASS, SPECIAL_REPORT;

    public String messageKey() {
        return "ladder.tier." + name();
    }

    /** The rung above, or empty at the top. */
    public java.util.Optional<Tier> next() {
        return ordinal() + 1 < values().length ? java.util.Optional.of(values()[ordinal() + 1]) : java.util.Optional.empty();
    }
}
