package org.liaisondesk.register.visits.model;

/** 来访/来信/来电/网络/12309/上门走访/巡回下沉 (how the matter reached the station). Stored by name; shown through {@link #messageKey()}. */
public enum VisitForm {
    IN_PERSON, LETTER, PHONE, ONLINE, HOTLINE_12309, HOME_VISIT, CIRCUIT;

    public String messageKey() {
        return "visits.form." + name();
    }
}
