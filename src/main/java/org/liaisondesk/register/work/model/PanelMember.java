package org.liaisondesk.register.work.model;

/** A roster member who sat on a public hearing's panel, with the name and role shown for them. */
public record PanelMember(long liaisonId, String name, String role) {
}
