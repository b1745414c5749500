package org.liaisondesk.ladder.model;

/** What kind of recommendation: 再审, 纠正违法, 公益诉讼（诉前）, 社会治理, 其他. Stored by name; shown through {@link #messageKey()}. */
public enum RecommendationType {
    RETRIAL, CORRECTION, PUBLIC_INTEREST, SOCIAL_GOVERNANCE, OTHER;

    public String messageKey() {
        return "ladder.type." + name();
    }
}
