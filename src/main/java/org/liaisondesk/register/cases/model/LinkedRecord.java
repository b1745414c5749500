package org.liaisondesk.register.cases.model;

import java.time.LocalDate;

/**
 * A lead or visit as the case editor and the link picker show it: its date and the beginning of its text.
 * {@code deleted} is true when the record is in its own recycle bin (the link is kept all the same).
 */
public record LinkedRecord(MatterLink link, LocalDate date, String text, boolean deleted) {
    public static final int PREVIEW_LENGTH = 60;

    /** The first words of a text on one line, cut at {@link #PREVIEW_LENGTH} characters. */
    public static String preview(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) > PREVIEW_LENGTH
                ? oneLine.substring(0, oneLine.offsetByCodePoints(0, PREVIEW_LENGTH)) + "…"
                : oneLine;
    }
}
