package org.liaisondesk.holidays.model;

/**
 * What an import did: days newly added, days changed (including bundled days put back), days already so, and
 * how many stored deadlines moved with the changed calendar.
 */
public record ImportResult(int added, int changed, int unchanged, int movedDeadlines) {
    public int total() {
        return added + changed + unchanged;
    }
}
