package org.liaisondesk.workload.model;

/**
 * The rates the statistics state. Reply and adoption rates have two conventions in published figures, so which
 * denominator is used is a setting ({@link RateConventions}); rectification and lead conversion have one.
 * Named in the bundle as {@code workload.rate.<NAME>}.
 */
public enum RateKind {
    /** 回复率 = 已回复 ÷ 已制发, or ÷ 回复期限已届满. */
    REPLY,
    /** 采纳率 = 采纳 ÷ 已回复, or ÷ 已制发. */
    ADOPTION,
    /** 整改率 = 整改到位 ÷ 采纳. */
    RECTIFICATION,
    /** 线索成案率 = 线索成案 ÷ 研判线索. */
    LEAD_CONVERSION;

    public String messageKey() {
        return "workload.rate." + name();
    }
}
