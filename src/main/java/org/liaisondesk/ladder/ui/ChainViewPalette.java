package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;

/**
 * The ladder's status colours, defined once for the ladder picture, its legend and the page's status label.
 * Dark borders on pale fills, so that the boxes stay readable when printed in black and white; drafts and
 * withdrawn documents also have a dashed border.
 */
public enum ChainViewPalette {
    /** Not issued yet (草稿, 已审批). */
    DRAFT("#5f6368", "#ffffff", true),
    /** Issued and waiting for the recipient or the prosecutor. */
    RUNNING("#1f5fa8", "#e3eefa", false),
    /** The reply is overdue, the recommendation was not adopted, or it was found not rectified. */
    ALERT("#b00020", "#fde7ea", false),
    /** Rectified or closed. */
    DONE("#2e7d32", "#e6f4e7", false),
    WITHDRAWN("#757575", "#eeeeee", true),
    /** Taken to the next rung of the ladder, or to court. */
    ESCALATED("#6a3d9a", "#efe7f6", false);

    private final String border;
    private final String fill;
    private final boolean dashed;

    ChainViewPalette(String border, String fill, boolean dashed) {
        this.border = border;
        this.fill = fill;
        this.dashed = dashed;
    }

    public String border() {
        return border;
    }

    public String fill() {
        return fill;
    }

    public String messageKey() {
        return "ladder.tone." + name();
    }

    /** The tone of a document from where it stands on {@code today}. */
    public static ChainViewPalette of(LadderState s, LocalDate today) {
        return switch (s.status()) {
            case DRAFT, APPROVED -> DRAFT;
            case WITHDRAWN -> WITHDRAWN;
            case ESCALATED, LAWSUIT_FILED -> ESCALATED;
            case CLOSED -> DONE;
            case VERIFIED -> s.rectification() == Rectification.DONE ? DONE
                    : s.rectification() == Rectification.NONE ? ALERT : RUNNING;
            case ISSUED, SERVED, UNDER_REVIEW, REPLIED ->
                    s.replyOverdue(today) || s.replyOutcome() == ReplyOutcome.NOT_ADOPTED ? ALERT : RUNNING;
        };
    }

    /** The tone from the status alone, when nothing more is known of the document. */
    public static ChainViewPalette of(LadderStatus status) {
        return of(new LadderState(status, null, null, null, null, null, null, null, false, null, false, false,
                false, null, null, null, null), LocalDate.MIN);
    }

    /** A box in this tone; the current document gets a heavier border. */
    public String boxStyle(boolean current) {
        return "-fx-background-color: " + fill + "; -fx-border-color: " + border + "; -fx-border-width: "
                + (current ? "0.25em" : "0.1em") + "; -fx-border-style: " + (dashed ? "segments(0.4em, 0.25em)" : "solid")
                + "; -fx-background-radius: 0.3em; -fx-border-radius: 0.3em; -fx-padding: 0.4em 0.6em;";
    }

    /** Text in this tone (the status label on the page). */
    public String textStyle() {
        return "-fx-text-fill: " + border + "; -fx-font-weight: bold;";
    }

    /** A small filled square for the legend. */
    public String swatchStyle() {
        return "-fx-background-color: " + fill + "; -fx-border-color: " + border + "; -fx-border-width: 0.1em;"
                + " -fx-border-style: " + (dashed ? "segments(0.2em, 0.15em)" : "solid")
                + "; -fx-min-width: 1.1em; -fx-min-height: 1.1em; -fx-max-width: 1.1em; -fx-max-height: 1.1em;";
    }
}
