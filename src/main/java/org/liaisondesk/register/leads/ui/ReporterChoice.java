package org.liaisondesk.register.leads.ui;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonRow;

/**
 * A roster entry offered as a lead's reporter: its id, its name, and the line the picker shows (name, role,
 * station, grid, phone — editors show full values).
 */
public record ReporterChoice(long id, String name, String label) {

    public static ReporterChoice of(LiaisonRow row) {
        Liaison l = row.liaison();
        return new ReporterChoice(l.id(), l.name(),
                label(l.name() + (row.roleName().isEmpty() ? "" : "（" + row.roleName() + "）"), row.stationName(),
                        l.grid(), l.phone()));
    }

    /** For a lead being edited: the roster entry it names (role and station are not needed to recognise it). */
    public static ReporterChoice of(Liaison l) {
        return new ReporterChoice(l.id(), l.name(), label(l.name(), "", l.grid(), l.phone()));
    }

    private static String label(String head, String... details) {
        List<String> parts = new ArrayList<>(List.of(head));
        for (String d : details) {
            if (d != null && !d.isBlank()) {
                parts.add(d.strip());
            }
        }
        return String.join(" · ", parts);
    }
}
