package org.liaisondesk.workload.model;

/**
 * One figure of the statistics (DOMAIN.md, "Statistics"). Each counts what happened in the period, by the date
 * named here; the ladder's figures follow the recommendations issued in the period to where they stand now
 * (a cohort), so that its funnel only narrows and its rates stay within 100%. Money is counted in fen.
 * Names and units are in the message bundle: {@code workload.metric.<NAME>} and {@code workload.unit.<UNIT>}.
 */
public enum Metric {
    /** 接待来访群众: the people of every visit (来访人数), by visit date. */
    VISITORS(Unit.PERSON_TIMES, Group.VISITS),
    /** 接待群众咨询: the people of the visits whose category is 咨询. */
    CONSULTATIONS(Unit.PERSON_TIMES, Group.VISITS),
    /** 受理信访: visits of category 信访, by visit date. */
    PETITIONS_RECEIVED(Unit.ITEMS, Group.VISITS),
    /** 化解信访案件: visits of category 信访 concluded (办结) in the period, whenever received. */
    PETITIONS_RESOLVED(Unit.ITEMS, Group.VISITS),
    /** 受理线索: leads by date received. */
    LEADS_RECEIVED(Unit.LEADS, Group.LEADS),
    /** 研判线索: leads decided (any triage but 待研判) in the period, by triage date. */
    LEADS_TRIAGED(Unit.LEADS, Group.LEADS),
    /** 线索成案: leads triaged in the period as 立案. */
    LEADS_TO_CASES(Unit.LEADS, Group.LEADS),
    /** 移送案件线索: leads triaged in the period as 移送. */
    LEADS_REFERRED(Unit.LEADS, Group.LEADS),
    /** 受理案件: cases by date accepted. */
    CASES_ACCEPTED(Unit.ITEMS, Group.CASES),
    /** 办结案件: cases by date concluded. */
    CASES_CONCLUDED(Unit.ITEMS, Group.CASES),
    /** 启动公益诉讼监督程序: public-interest cases accepted. */
    PUBLIC_INTEREST_CASES(Unit.ITEMS, Group.CASES),
    /** 开展矛盾纠纷化解: mediation sessions held. */
    MEDIATIONS(Unit.TIMES, Group.WORK),
    /** 化解矛盾纠纷: mediation sessions held and marked resolved. */
    DISPUTES_RESOLVED(Unit.ITEMS, Group.WORK),
    /** 司法救助: judicial-aid records (one applicant each), by date. */
    JUDICIAL_AID_PERSONS(Unit.PERSONS, Group.WORK),
    /** 发放司法救助金: the amounts paid on those records, in fen. */
    JUDICIAL_AID_PAID(Unit.MONEY, Group.WORK),
    /** 公开听证: hearings held. */
    HEARINGS(Unit.SESSIONS, Group.WORK),
    /** 普法宣传: publicity events held. */
    PUBLICITY_EVENTS(Unit.SESSIONS, Group.WORK),
    /** 普法受众: the audience of those events. */
    PUBLICITY_AUDIENCE(Unit.PERSON_TIMES, Group.WORK),
    /** 社会公益服务人员: people with community-service hours logged in the period. */
    COMMUNITY_SERVICE_PERSONS(Unit.PERSONS, Group.WORK),
    /** 社会公益服务时长: the hours logged in the period. */
    COMMUNITY_SERVICE_HOURS(Unit.HOURS, Group.WORK),
    /** 不起诉宣告. */
    NON_PROSECUTION_ANNOUNCEMENTS(Unit.TIMES, Group.WORK),
    /** 巡回审判. */
    CIRCUIT_TRIALS(Unit.TIMES, Group.WORK),
    /** 制发检察建议: recommendations of every tier issued in the period (the cohort of the ladder's figures). */
    ISSUED(Unit.ITEMS, Group.LADDER),
    /** 其中个案检察建议. */
    ISSUED_INDIVIDUAL(Unit.ITEMS, Group.LADDER),
    /** 其中类案检察建议. */
    ISSUED_CLASS(Unit.ITEMS, Group.LADDER),
    /** 其中专项法律监督报告. */
    ISSUED_SPECIAL_REPORT(Unit.ITEMS, Group.LADDER),
    /** 已送达: of the cohort, served. */
    SERVED(Unit.ITEMS, Group.LADDER),
    /** 回复期限已届满: of the cohort, those whose reply is due by the day the figures are computed. */
    DUE(Unit.ITEMS, Group.LADDER),
    /** 已回复: of the cohort, replied. */
    REPLIED(Unit.ITEMS, Group.LADDER),
    /** 采纳: of the cohort, replied as adopted (部分采纳 not included). */
    ADOPTED(Unit.ITEMS, Group.LADDER),
    /** 部分采纳. */
    PARTLY_ADOPTED(Unit.ITEMS, Group.LADDER),
    /** 整改到位: of the cohort, rectification verified as done. */
    RECTIFIED(Unit.ITEMS, Group.LADDER),
    /** 升级监督: of the cohort, followed by a higher tier. */
    ESCALATED(Unit.ITEMS, Group.LADDER),
    /** 提起诉讼: of the cohort, followed by a lawsuit (public interest). */
    LAWSUITS(Unit.ITEMS, Group.LADDER);

    /** What a figure counts in: 人次, 件, 条, 人, 次, 场, 小时, 元 (shown as 万元). */
    public enum Unit { PERSON_TIMES, ITEMS, LEADS, PERSONS, TIMES, SESSIONS, HOURS, MONEY }

    /** The part of the register a figure comes from; the figure tables are grouped by it. */
    public enum Group { VISITS, LEADS, CASES, WORK, LADDER }

    private final Unit unit;
    private final Group group;

    Metric(Unit unit, Group group) {
        this.unit = unit;
        this.group = group;
    }

    public Unit unit() {
        return unit;
    }

    public Group group() {
        return group;
    }

    public String messageKey() {
        return "workload.metric." + name();
    }

    public String unitKey() {
        return "workload.unit." + unit.name();
    }

    /**
     * A value of this figure as tables show it beside its unit: money in 万元 as the paragraph writes it (2, 1.23),
     * everything else as counted.
     */
    public String format(long value) {
        return unit == Unit.MONEY ? org.liaisondesk.common.text.Money.wan(value) : Long.toString(value);
    }
}
