package org.liaisondesk.register.roster.ui;

/** One line of the recipient directory as shown: the contact's phone already masked. */
public record RecipientListItem(long id, String name, String superior, String address, String contact, String phone) {
}
