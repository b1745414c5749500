package org.liaisondesk.settings.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The statistics' conventions (统计口径): published figures divide the reply rate by the recommendations issued or
 * by those whose reply is due, and the adoption rate by those replied or by those issued. Every caption names the
 * denominator in use.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class StatisticsSettings {
    /** Reply rate = 已回复 ÷ 已制发, or ÷ 回复期限已届满. */
    public enum ReplyRateBase { ISSUED, DUE }

    /** Adoption rate = 采纳 ÷ 已回复, or ÷ 已制发. */
    public enum AdoptionRateBase { REPLIED, ISSUED }

    private ReplyRateBase replyRateBase = ReplyRateBase.ISSUED;
    private AdoptionRateBase adoptionRateBase = AdoptionRateBase.REPLIED;

    public StatisticsSettings copy() {
        StatisticsSettings s = new StatisticsSettings();
        s.replyRateBase = replyRateBase;
        s.adoptionRateBase = adoptionRateBase;
        return s;
    }

    public ReplyRateBase getReplyRateBase() { return replyRateBase; }
    public void setReplyRateBase(ReplyRateBase v) { replyRateBase = v == null ? ReplyRateBase.ISSUED : v; }
    public AdoptionRateBase getAdoptionRateBase() { return adoptionRateBase; }
    public void setAdoptionRateBase(AdoptionRateBase v) { adoptionRateBase = v == null ? AdoptionRateBase.REPLIED : v; }
}
