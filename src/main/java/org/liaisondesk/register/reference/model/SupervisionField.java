package org.liaisondesk.register.reference.model;

/** The field (领域) a lead or case belongs to, as the statistics count them. */
public enum SupervisionField {
    ECOLOGY, FOOD_DRUG, LAND, STATE_PROPERTY, WORK_SAFETY, MINORS, ACCESSIBILITY, PERSONAL_INFORMATION,
    CULTURAL_HERITAGE, OTHER;

    public String messageKey() {
        return "reference.field." + name();
    }
}
