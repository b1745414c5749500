package org.liaisondesk.register.roster.ui;

/** One line of the liaison table as shown: the phone already masked, the date already in text. */
public record LiaisonListItem(long id, String name, String role, String station, String grid, String phone,
                              String appointedOn, long leadsSent) {
}
