package org.liaisondesk.register.roster.model;

/** The columns the liaison list can be sorted by (always by the database). */
public enum LiaisonSort {
    NAME, ROLE, STATION, APPOINTED_ON, LEADS_SENT
}
