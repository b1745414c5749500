package org.liaisondesk.register.leads.model;

import java.time.LocalDate;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * Another live lead that may report the same problem as the one being entered: same field, same town and
 * village, received within {@link #WINDOW_DAYS} days before or after it. Only a warning; it never blocks a save.
 */
public record LookAlike(long id, LocalDate receivedOn, LeadSource source, String town, String village, String grid,
                        SupervisionField field, String description, Triage triage) {
    public static final int WINDOW_DAYS = 30;
    /** How much of the description a warning line shows. */
    public static final int EXCERPT_LENGTH = 30;

    /** The first words of the description on one line, cut with "…". */
    public String excerpt() {
        return excerpt(description, EXCERPT_LENGTH);
    }

    public static String excerpt(String text, int length) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= length) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, length)) + "…";
    }

    /** 清溪镇清溪村 三组 */
    public String place() {
        return (town + village + (grid.isEmpty() ? "" : " " + grid)).strip();
    }
}
