package org.liaisondesk.desk.ui;

import org.liaisondesk.desk.model.OpenTarget;

/**
 * One row of a desk section as shown: the date, how far off it is in words ("逾期 5 天", "还剩 3 天", "已等待 12 天"),
 * what falls due, the record in short (masked) and the record it opens.
 */
public record DeskRow(OpenTarget target, String date, String timing, Urgency urgency, String deadline, String title,
                      String detail) {

    /** How the row is coloured: late (red), due today or soon (amber), or waiting / not yet near (plain). */
    public enum Urgency { OVERDUE, SOON, CALM }
}
