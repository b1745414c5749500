package org.liaisondesk.register.cases.model;

/** The four procuratorial functions (四大检察): 刑事, 民事, 行政, 公益诉讼. Stored by name; shown through {@link #messageKey()}. */
public enum BusinessLine {
    CRIMINAL, CIVIL, ADMINISTRATIVE, PUBLIC_INTEREST;

    public String messageKey() {
        return "cases.line." + name();
    }
}
