package org.liaisondesk.ladder.model;

/** What the return visit found: 整改到位, 部分整改, 未整改. Stored by name; shown through {@link #messageKey()}. */
public enum Rectification {
    DONE, PARTIAL, NONE;

    public String messageKey() {
        return "ladder.rectification." + name();
    }
}
