package org.liaisondesk.workload.model;

import java.time.LocalDate;

/**
 * One record behind a bar: its kind and id (to open it), the date it was counted by, a short title (masked like
 * the lists: a visitor's name as 张某某), and its station and prosecutor (empty when none).
 */
public record DrilledRecord(RecordKind kind, long id, LocalDate date, String title, String station, String prosecutor) {
}
