package org.liaisondesk.holidays.model;

import java.time.LocalDate;
import java.util.Objects;

/** One stored change of the user's over the bundled calendar (a row of holiday_edit). The name is never null. */
public record HolidayEdit(LocalDate day, DayKind kind, String name) {
    public HolidayEdit {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }
}
