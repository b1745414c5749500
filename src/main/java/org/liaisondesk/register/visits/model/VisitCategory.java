package org.liaisondesk.register.visits.model;

/** 咨询/控告/举报/申诉/信访/矛盾纠纷/线索举报/其他. Stored by name; shown through {@link #messageKey()}. */
public enum VisitCategory {
    CONSULTATION, ACCUSATION, REPORT, APPEAL, PETITION, DISPUTE, LEAD_REPORT, OTHER;

    public String messageKey() {
        return "visits.category." + name();
    }
}
