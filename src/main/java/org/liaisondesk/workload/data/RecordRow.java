package org.liaisondesk.workload.data;

import java.time.LocalDate;
import org.liaisondesk.workload.model.RecordKind;

/**
 * One record behind a bar, as stored, before anything is masked: {@code date} is the date it was counted by;
 * {@code type} the visit category or work kind (null for other kinds); {@code number} a recommendation's number
 * (null when it has none); {@code text} the summary, description, case name or title; {@code people} the names
 * that may appear in {@code text} and must be masked there (visitor, reporter, parties, applicant; "" for none);
 * {@code station} and {@code prosecutor} their names, "" when none.
 */
public record RecordRow(RecordKind kind, long id, LocalDate date, String type, String number, String text,
                        String people, String station, String prosecutor) {
}
