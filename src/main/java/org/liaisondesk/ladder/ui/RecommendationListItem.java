package org.liaisondesk.ladder.ui;

/**
 * One line of the recommendation list as shown: enums in words, the reply deadline with the days left or overdue,
 * and the tone its status and deadline are coloured in. {@code title} carries the urgency mark in front. No
 * personal data.
 */
public record RecommendationListItem(
        long id,
        String draftedOn,
        String number,
        String tier,
        String type,
        String title,
        String recipient,
        String status,
        String servedOn,
        String replyDue,
        String reply,
        String rectification,
        Tone tone) {

    /** How the status and the deadline are coloured: overdue red, due soon orange, finished grey. */
    public enum Tone {
        NORMAL, DUE_SOON, OVERDUE, FINISHED;

        /** The style class of the tone, or null for none. */
        public String styleClass() {
            return switch (this) {
                case NORMAL -> null;
                case DUE_SOON -> "deadline-soon";
                case OVERDUE -> "deadline-overdue";
                case FINISHED -> "ladder-finished";
            };
        }
    }
}
