package org.liaisondesk.register.work.model;

import java.time.LocalDate;

/**
 * One session of community service done by a lenient-plea suspect: the day, the hours (1–24) and what was done.
 * {@code id} and {@code uuid} are null until saved.
 */
public record ServiceSession(Long id, String uuid, LocalDate doneOn, int hours, String note) {
    public ServiceSession {
        note = note == null ? "" : note.strip();
    }

    public static ServiceSession of(LocalDate doneOn, int hours, String note) {
        return new ServiceSession(null, null, doneOn, hours, note);
    }
}
