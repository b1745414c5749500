package org.liaisondesk.ladder.model;

import java.time.LocalDate;

/**
 * A linked case or lead as a recommendation's page shows it: a case by its name (and office number), a lead by the
 * start of its description, each with its date (受理 / 收到). {@code deleted}: the record is in its recycle bin or
 * gone (then {@code date} is null and {@code text} empty).
 */
public record LinkSummary(RecordLink link, LocalDate date, String text, boolean deleted) {
    public LinkSummary {
        text = text == null ? "" : text;
    }
}
