package org.liaisondesk.register.roster.model;

/** One line of the liaison list: the liaison with the names it refers to and the leads it has sent. */
public record LiaisonRow(Liaison liaison, String roleName, String stationName, long leadsSent) {
}
