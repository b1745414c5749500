package org.liaisondesk.workload.model;

/**
 * The kinds of record the work charts count, each one bar segment: 来访, 线索, 案件, 履职活动, 检察建议.
 * Named in the bundle as {@code workload.kind.<NAME>}.
 */
public enum RecordKind {
    VISIT, LEAD, MATTER, WORK, RECOMMENDATION;

    public String messageKey() {
        return "workload.kind." + name();
    }
}
