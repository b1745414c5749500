package org.liaisondesk.workload.data;

import java.util.List;

/** The first records of a selection, newest first, and how many there are in all. */
public record RecordPage(List<RecordRow> rows, long total) {
    public RecordPage {
        rows = List.copyOf(rows);
    }
}
