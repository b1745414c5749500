package org.liaisondesk.workload.model;

import java.util.List;

/** The records behind a bar: the first {@code records} (newest first) and how many there are in all. */
public record Drill(DrillTarget target, List<DrilledRecord> records, long total) {
    public Drill {
        records = List.copyOf(records);
    }

    public boolean truncated() {
        return total > records.size();
    }
}
