package org.liaisondesk.register.roster.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How many live records of each kind still point at a roster entry (a station, a prosecutor, a liaison).
 * An entry in use cannot be deleted: the records would lose the name they show.
 */
public record RecordUsage(long visits, long leads, long matters, long activities, long liaisons, long prosecutors,
                          long hearingPanels) {

    public static final RecordUsage NONE = new RecordUsage(0, 0, 0, 0, 0, 0, 0);

    /** One kind of record with its count, named by a message key that takes the count. */
    public record Part(String messageKey, long count) {
    }

    public long total() {
        return visits + leads + matters + activities + liaisons + prosecutors + hearingPanels;
    }

    public boolean isUsed() {
        return total() > 0;
    }

    /** The kinds that use the entry, in the order a refusal names them; kinds with no record are left out. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        add(parts, "roster.usage.visits", visits);
        add(parts, "roster.usage.leads", leads);
        add(parts, "roster.usage.matters", matters);
        add(parts, "roster.usage.activities", activities);
        add(parts, "roster.usage.hearingPanels", hearingPanels);
        add(parts, "roster.usage.liaisons", liaisons);
        add(parts, "roster.usage.prosecutors", prosecutors);
        return parts;
    }

    private static void add(List<Part> parts, String key, long count) {
        if (count > 0) {
            parts.add(new Part(key, count));
        }
    }
}
