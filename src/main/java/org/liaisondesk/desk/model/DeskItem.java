package org.liaisondesk.desk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing on the desk. Either it falls due ({@code dueOn} set; {@code days} = days left, negative when late)
 * or it waits ({@code dueOn} null, {@code since} set; {@code days} = days waited). {@code deadlineKey} names what
 * falls due or waits (a message key: the reply, the written notice of a petition, the feedback to a source …).
 * {@code title} and {@code detail} are short and already masked: no full name, phone or ID number of a person.
 * {@code minor}: the record involves minors.
 */
public record DeskItem(DeskSection section, OpenTarget target, LocalDate dueOn, LocalDate since, long days,
                       String deadlineKey, String title, String detail, boolean minor) {

    public DeskItem {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(target, "target");
        title = title == null ? "" : title;
        detail = detail == null ? "" : detail;
    }

    /** The date falls due and has passed. */
    public boolean overdue() {
        return dueOn != null && days < 0;
    }

    /** Falls due today. */
    public boolean dueToday() {
        return dueOn != null && days == 0;
    }
}
