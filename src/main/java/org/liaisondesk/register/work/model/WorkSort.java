package org.liaisondesk.register.work.model;

/** The columns the work list can be sorted by (always by the database). */
public enum WorkSort {
    DATE, KIND, TITLE, STATION, PROSECUTOR, MATTER
}
