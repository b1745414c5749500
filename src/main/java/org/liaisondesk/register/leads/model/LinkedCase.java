package org.liaisondesk.register.leads.model;

/** A case (案件/事项) a lead is linked to, as the lead editor lists it. {@code officeNumber} may be empty. */
public record LinkedCase(long matterId, String officeNumber, String name) {
}
