package org.liaisondesk.register.work.model;

/**
 * The figures of the activities a list filter selects, added up by the database: how many activities, disputes
 * resolved (mediations marked resolved), judicial aid paid (fen), publicity audience, and community-service hours done.
 */
public record WorkTotals(long count, long disputesResolved, long aidPaidFen, long audience, long serviceHoursDone) {
    public static final WorkTotals NONE = new WorkTotals(0, 0, 0, 0, 0);
}
