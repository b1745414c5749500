package org.liaisondesk.register.work.model;

import java.time.LocalDate;

/** A case (matter) as the linked-case picker shows it: the office's own number, the name and when it was accepted. */
public record MatterRef(long id, String officeNumber, String name, LocalDate acceptedOn) {
    /** "崇检刑诉〔2026〕12号 李某危险驾驶案", or the name alone when the case has no number yet. */
    public String label() {
        return officeNumber == null || officeNumber.isBlank() ? name : officeNumber + " " + name;
    }
}
