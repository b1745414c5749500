package org.liaisondesk.bench;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * One line of the report: what was measured, its samples' summary, and the target it is held to (null when the
 * issue sets none). {@code note} carries what a reader needs besides the number (a query plan, a check's outcome).
 */
public record Measurement(String name, String description, String unit, Stats stats, Target target, String note) {

    public Boolean met() {
        return target == null ? null : target.metBy(stats);
    }

    public Measurement withNote(String more) {
        return new Measurement(name, description, unit, stats, target,
                note == null || note.isEmpty() ? more : note + "; " + more);
    }

    static String format(double value) {
        DecimalFormat f = new DecimalFormat(Math.abs(value) >= 100 ? "0" : Math.abs(value) >= 10 ? "0.0" : "0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }
}
