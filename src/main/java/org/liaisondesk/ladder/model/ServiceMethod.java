package org.liaisondesk.ladder.model;

/** How it was served: 书面送达 or 宣告送达. Stored by name; shown through {@link #messageKey()}. */
public enum ServiceMethod {
    WRITTEN, ANNOUNCED;

    public String messageKey() {
        return "ladder.service." + name();
    }
}
