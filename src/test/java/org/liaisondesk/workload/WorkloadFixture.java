package org.liaisondesk.workload;

import static java.util.Map.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.work.WorkFixtures;
import org.liaisondesk.register.work.model.ServiceSession;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.testsupport.TestRegister;
import org.liaisondesk.workload.data.StatisticsRepository;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.service.StatisticsService;

/**
 * A register built by hand through the real services, whose statistics are known in advance: {@link #QUARTER}
 * (2026年第三季度) holds a little of everything, the quarter before and the same quarter of 2025 a little, and one
 * record of each kind sits in the recycle bin. "Today" is the test clock's Monday 2026-11-23.
 *
 * <p>Stations: 青山镇 ({@link #qingshan}) and 白沙村 ({@link #baisha}) have records; 清溪社区 ({@link #emptyStation})
 * has none. Prosecutors: 林晓峰 ({@link #lin}) and 周振宇 ({@link #zhou}). The expected figures are
 * {@link #QUARTER_FIGURES}, {@link #PREVIOUS_FIGURES} and {@link #LAST_YEAR_FIGURES}; every record below says what it
 * counts towards. The javadoc of each test names the bars it relies on.
 */
public final class WorkloadFixture implements AutoCloseable {
    /** The period every known answer is for. */
    public static final Period QUARTER = Period.quarter(2026, 3);
    public static final Scope SCOPE = Scope.all(QUARTER);

    /** Every figure of {@link #QUARTER} that is not 0. */
    public static final Map<Metric, Long> QUARTER_FIGURES = Map.ofEntries(
            entry(Metric.VISITORS, 13L), entry(Metric.CONSULTATIONS, 6L), entry(Metric.PETITIONS_RECEIVED, 3L),
            entry(Metric.PETITIONS_RESOLVED, 2L),
            entry(Metric.LEADS_RECEIVED, 6L), entry(Metric.LEADS_TRIAGED, 5L), entry(Metric.LEADS_TO_CASES, 2L),
            entry(Metric.LEADS_REFERRED, 2L),
            entry(Metric.CASES_ACCEPTED, 5L), entry(Metric.CASES_CONCLUDED, 2L),
            entry(Metric.PUBLIC_INTEREST_CASES, 3L),
            entry(Metric.MEDIATIONS, 3L), entry(Metric.DISPUTES_RESOLVED, 2L), entry(Metric.JUDICIAL_AID_PERSONS, 2L),
            entry(Metric.JUDICIAL_AID_PAID, 2_000_000L), entry(Metric.HEARINGS, 1L), entry(Metric.PUBLICITY_EVENTS, 2L),
            entry(Metric.PUBLICITY_AUDIENCE, 470L), entry(Metric.COMMUNITY_SERVICE_PERSONS, 2L),
            entry(Metric.COMMUNITY_SERVICE_HOURS, 17L), entry(Metric.NON_PROSECUTION_ANNOUNCEMENTS, 1L),
            entry(Metric.CIRCUIT_TRIALS, 1L),
            entry(Metric.ISSUED, 7L), entry(Metric.ISSUED_INDIVIDUAL, 5L), entry(Metric.ISSUED_CLASS, 1L),
            entry(Metric.ISSUED_SPECIAL_REPORT, 1L), entry(Metric.SERVED, 5L), entry(Metric.DUE, 4L),
            entry(Metric.REPLIED, 2L), entry(Metric.ADOPTED, 1L), entry(Metric.PARTLY_ADOPTED, 1L),
            entry(Metric.RECTIFIED, 1L), entry(Metric.ESCALATED, 1L), entry(Metric.LAWSUITS, 1L));

    /** Every figure of 2026年第二季度 (the 环比 period) that is not 0. */
    public static final Map<Metric, Long> PREVIOUS_FIGURES = Map.ofEntries(
            entry(Metric.VISITORS, 2L), entry(Metric.CONSULTATIONS, 1L), entry(Metric.PETITIONS_RECEIVED, 1L),
            entry(Metric.LEADS_RECEIVED, 1L), entry(Metric.CASES_ACCEPTED, 1L),
            entry(Metric.COMMUNITY_SERVICE_PERSONS, 1L), entry(Metric.COMMUNITY_SERVICE_HOURS, 6L),
            entry(Metric.ISSUED, 1L), entry(Metric.ISSUED_INDIVIDUAL, 1L), entry(Metric.SERVED, 1L),
            entry(Metric.DUE, 1L), entry(Metric.REPLIED, 1L), entry(Metric.ADOPTED, 1L));

    /** Every figure of 2025年第三季度 (the 同比 period) that is not 0. */
    public static final Map<Metric, Long> LAST_YEAR_FIGURES = Map.ofEntries(
            entry(Metric.VISITORS, 2L), entry(Metric.CONSULTATIONS, 2L),
            entry(Metric.LEADS_RECEIVED, 1L), entry(Metric.LEADS_TRIAGED, 1L), entry(Metric.LEADS_TO_CASES, 1L),
            entry(Metric.CASES_ACCEPTED, 1L), entry(Metric.PUBLIC_INTEREST_CASES, 1L),
            entry(Metric.MEDIATIONS, 1L), entry(Metric.DISPUTES_RESOLVED, 1L), entry(Metric.JUDICIAL_AID_PERSONS, 1L),
            entry(Metric.JUDICIAL_AID_PAID, 500_000L),
            entry(Metric.ISSUED, 1L), entry(Metric.ISSUED_INDIVIDUAL, 1L), entry(Metric.SERVED, 1L),
            entry(Metric.DUE, 1L), entry(Metric.REPLIED, 1L));

    public final LadderFixture ladder;
    public final TestRegister reg;
    public final LeadService leads;
    public final WorkService work;
    public final StatisticsService statistics;
    public final Station qingshan;
    public final Station baisha;
    public final Station emptyStation;
    public final Prosecutor lin;
    public final Prosecutor zhou;

    /** 2026-07-05, 青山镇, 林晓峰: a consultation of 3 people by 王秀英, whose name is in the summary. */
    public final long consultationByWang;
    /** 2026-07-08, 青山镇, 林晓峰: a civil case whose name holds its parties' names (王秀英、张强). */
    public final long supportedLawsuitCase;
    /** 2026-07-06, 青山镇, 林晓峰: a resolved mediation between 罗永康 and 罗永平, named in its title. */
    public final long mediationOfLuo;
    /** Issued 2026-07-03, adopted and rectified: the only recommendation at the end of the funnel. */
    public final long rectifiedRecommendation;

    private final long district;
    private final long town;

    /** A new register in {@code folder}, filled. */
    public WorkloadFixture(Path folder) {
        this(new LadderFixture(folder));
    }

    /**
     * Fills the register of {@code ladder} (for tests that need another fixture's services on the same register,
     * such as the documents' templates). {@link #close()} closes it.
     */
    public WorkloadFixture(LadderFixture ladder) {
        this.ladder = ladder;
        reg = ladder.reg;
        leads = LeadFixtures.service(reg);
        work = WorkFixtures.service(reg);
        statistics = new StatisticsService(reg.db, new StatisticsRepository(), () -> ladder.settings,
                TestRegister.CLOCK);
        qingshan = reg.station("青山镇检察联络站");
        baisha = reg.station("白沙村检察联络站");
        emptyStation = reg.station("清溪社区检察联络站");
        lin = reg.prosecutor("林晓峰", qingshan);
        zhou = reg.prosecutor("周振宇", baisha);
        district = ladder.recipient("崇溪区人民政府", null);
        town = ladder.recipient("青山镇人民政府", district);

        consultationByWang = visits();
        leads();
        long[] cases = matters();
        supportedLawsuitCase = cases[0];
        mediationOfLuo = workDone();
        rectifiedRecommendation = recommendations(cases);
    }

    /** The quarter at one station. */
    public Scope at(Station station) {
        return new Scope(QUARTER, station.id(), station.name(), null, null);
    }

    /** The quarter of one prosecutor. */
    public Scope of(Prosecutor prosecutor) {
        return new Scope(QUARTER, null, null, prosecutor.id(), prosecutor.name());
    }

    /**
     * Visits. Quarter: 13 people, 6 of them in consultations, 3 petitions received (by visit date), 2 petitions
     * concluded in the quarter (one received in the quarter before). Per month 2/2/3; 青山镇 4, 白沙村 3; 林晓峰 4,
     * 周振宇 3.
     */
    private long visits() {
        long wang = visit(qingshan, lin, LocalDate.of(2026, 7, 5), VisitCategory.CONSULTATION, 3,
                "王秀英咨询宅基地纠纷的处理途径", "王秀英", null);
        visit(qingshan, lin, LocalDate.of(2026, 7, 20), VisitCategory.CONSULTATION, 1, "咨询赡养费纠纷", "", null);
        visit(baisha, zhou, LocalDate.of(2026, 8, 12), VisitCategory.CONSULTATION, 2, "咨询土地承包经营权流转", "", null);
        visit(baisha, zhou, LocalDate.of(2026, 8, 15), VisitCategory.PETITION, 1, "反映征地补偿款被截留", "",
                LocalDate.of(2026, 9, 10));
        visit(qingshan, zhou, LocalDate.of(2026, 9, 3), VisitCategory.PETITION, 4, "反映村务不公开", "", null);
        visit(qingshan, lin, LocalDate.of(2026, 9, 18), VisitCategory.DISPUTE, 1, "邻里排水纠纷", "", null);
        // Received in the quarter, concluded after it: a petition received, not resolved.
        visit(baisha, lin, LocalDate.of(2026, 9, 20), VisitCategory.PETITION, 1, "反映拖欠工程款", "",
                LocalDate.of(2026, 10, 15));
        // Received in the quarter before, concluded in this one: resolved now, received then.
        visit(qingshan, lin, LocalDate.of(2026, 5, 10), VisitCategory.PETITION, 1, "反映低保评定不公", "",
                LocalDate.of(2026, 7, 8));
        visit(baisha, zhou, LocalDate.of(2026, 4, 15), VisitCategory.CONSULTATION, 1, "咨询法律援助", "", null);
        visit(qingshan, lin, LocalDate.of(2025, 8, 8), VisitCategory.CONSULTATION, 2, "咨询劳动争议", "", null);
        long deleted = visit(qingshan, lin, LocalDate.of(2026, 8, 1), VisitCategory.CONSULTATION, 5, "已删除的来访", "",
                null);
        reg.visits.delete(List.of(deleted));
        return wang;
    }

    private long visit(Station s, Prosecutor p, LocalDate day, VisitCategory category, int people, String summary,
                       String visitor, LocalDate concluded) {
        return reg.visits.save(TestRegister.visit(s, p, day, summary).category(category).peopleCount(people)
                .visitorName(visitor).concludedOn(concluded).build()).id();
    }

    /**
     * Leads. Quarter: 6 received (per month 2/2/2; 青山镇 2, 白沙村 2, none 2; 林晓峰 2, 周振宇 2, none 2); 5
     * triaged in the quarter (one received before it), 2 of them opened as cases and 2 referred. Sources: 网格员 2,
     * 12345 2, 随手拍 1, 媒体 1. Stars: 5★ 1, 4★ 2, 3★ 1, 2★ 1, unrated 1. Fields: 生态环境 3, 国土 1, 未成年人 1,
     * 食品药品 1.
     */
    private void leads() {
        lead(LocalDate.of(2026, 7, 2), LeadSource.GRID_WORKER, qingshan, lin, SupervisionField.ECOLOGY, 5,
                "罗永康反映清溪河有人倾倒建筑垃圾", "罗永康", Triage.CASE_OPENED, LocalDate.of(2026, 7, 10));
        lead(LocalDate.of(2026, 7, 15), LeadSource.HOTLINE_12345, qingshan, lin, SupervisionField.LAND, 4,
                "基本农田上新建厂房", "", Triage.REFERRED, LocalDate.of(2026, 8, 1));
        lead(LocalDate.of(2026, 8, 3), LeadSource.GRID_WORKER, baisha, zhou, SupervisionField.ECOLOGY, 3,
                "养殖场污水直排", "", Triage.PENDING, null);
        lead(LocalDate.of(2026, 8, 20), LeadSource.SNAPSHOT_APP, null, null, SupervisionField.MINORS, null,
                "网吧接纳未成年人", "", Triage.CASE_OPENED, LocalDate.of(2026, 9, 5));
        lead(LocalDate.of(2026, 9, 10), LeadSource.HOTLINE_12345, baisha, zhou, SupervisionField.FOOD_DRUG, 4,
                "校园周边售卖三无食品", "", Triage.NO_ACTION, LocalDate.of(2026, 9, 12));
        // Received in the quarter, triaged after it.
        lead(LocalDate.of(2026, 9, 25), LeadSource.MEDIA, null, null, SupervisionField.ECOLOGY, 2,
                "媒体报道山体违规开采", "", Triage.CASE_OPENED, LocalDate.of(2026, 10, 8));
        // Received in the quarter before, triaged (referred) in this one.
        lead(LocalDate.of(2026, 6, 20), LeadSource.GRID_WORKER, qingshan, lin, SupervisionField.LAND, null,
                "占用耕地堆放木材", "", Triage.REFERRED, LocalDate.of(2026, 7, 3));
        lead(LocalDate.of(2025, 7, 10), LeadSource.GRID_WORKER, qingshan, lin, SupervisionField.ECOLOGY, null,
                "河道非法采砂", "", Triage.CASE_OPENED, LocalDate.of(2025, 7, 20));
        long deleted = lead(LocalDate.of(2026, 8, 5), LeadSource.GRID_WORKER, qingshan, lin, SupervisionField.ECOLOGY,
                5, "已删除的线索", "", Triage.CASE_OPENED, LocalDate.of(2026, 8, 6));
        leads.delete(List.of(deleted));
    }

    /** {@code stars}: the same score on all three criteria, so that the lead gets that many stars; null: unrated. */
    private long lead(LocalDate received, LeadSource source, Station s, Prosecutor p, SupervisionField field,
                      Integer stars, String description, String reporter, Triage triage, LocalDate triaged) {
        Lead.Builder b = LeadFixtures.lead(received, description).source(source).field(field)
                .stationId(s == null ? null : s.id()).prosecutorId(p == null ? null : p.id()).reporterName(reporter)
                .ratingIllegality(stars).ratingInvestigability(stars).ratingValue(stars).triage(triage)
                .triagedOn(triaged);
        if (triage == Triage.REFERRED) {
            b.referredTo("崇溪区自然资源局");
        }
        if (triage == Triage.NO_ACTION) {
            b.triageReason("已由市场监管部门处理");
        }
        return leads.save(b.build()).id();
    }

    /**
     * Cases. Quarter: 5 accepted (per month 2/1/2; 青山镇 2, 白沙村 2, none 1; 林晓峰 3, 周振宇 2), 3 of them
     * public-interest; 2 concluded in the quarter (one accepted before it). Lines: 刑事 1, 民事 1, 公益诉讼 3. Fields:
     * 其他 2, 生态环境 1, 国土 1, 未成年人 1. Returns the ids of the five, in date order.
     */
    private long[] matters() {
        long civil = matter(BusinessLine.CIVIL, SupervisionField.OTHER, "王秀英诉张强抚养费纠纷支持起诉案", "王秀英、张强",
                qingshan, lin, LocalDate.of(2026, 7, 8), null);
        long river = matter(BusinessLine.PUBLIC_INTEREST, SupervisionField.ECOLOGY, "清溪河建筑垃圾污染公益诉讼案", "",
                qingshan, lin, LocalDate.of(2026, 7, 12), LocalDate.of(2026, 9, 20));
        long farmland = matter(BusinessLine.PUBLIC_INTEREST, SupervisionField.LAND, "白沙村占用耕地公益诉讼案", "",
                baisha, zhou, LocalDate.of(2026, 8, 18), null);
        long minors = matter(BusinessLine.PUBLIC_INTEREST, SupervisionField.MINORS, "网吧违规接纳未成年人公益诉讼案", "",
                null, zhou, LocalDate.of(2026, 9, 6), null);
        long theft = matter(BusinessLine.CRIMINAL, SupervisionField.OTHER, "白沙村盗窃案", "", baisha, lin,
                LocalDate.of(2026, 9, 15), null);
        // Accepted in the quarter before, concluded in this one.
        matter(BusinessLine.ADMINISTRATIVE, SupervisionField.LAND, "违法占地行政非诉执行监督案", "", qingshan, lin,
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 8, 30));
        matter(BusinessLine.PUBLIC_INTEREST, SupervisionField.ECOLOGY, "河道非法采砂公益诉讼案", "", qingshan, lin,
                LocalDate.of(2025, 8, 20), null);
        long deleted = matter(BusinessLine.PUBLIC_INTEREST, SupervisionField.ECOLOGY, "已删除的案件", "", qingshan, lin,
                LocalDate.of(2026, 8, 8), null);
        ladder.matters.delete(List.of(deleted));
        return new long[] {civil, river, farmland, minors, theft};
    }

    private long matter(BusinessLine line, SupervisionField field, String name, String parties, Station s,
                        Prosecutor p, LocalDate accepted, LocalDate concluded) {
        return ladder.matters.save(Matter.builder().businessLine(line).field(field).name(name).parties(parties)
                .stationId(s == null ? null : s.id()).prosecutorId(p == null ? null : p.id()).acceptedOn(accepted)
                .concludedOn(concluded).status(concluded == null ? MatterStatus.OPEN : MatterStatus.CONCLUDED)
                .build()).id();
    }

    /**
     * Work done. Quarter: 11 activities held (per month 3/4/4; 青山镇 5, 白沙村 5, none 1; 林晓峰 5, 周振宇 5,
     * none 1): 3 mediations (2 resolved), 2 judicial aids paid 12,000 + 8,000 yuan (2万元), 1 hearing, 2 publicity
     * events before 320 + 150 people, 1 non-prosecution announcement, 1 circuit trial, 1 community service. Hours
     * logged in the quarter: 8 + 4 by a service that began the quarter before, 5 by this quarter's (its 3 October
     * hours come after), so 17 hours by 2 people.
     */
    private long workDone() {
        long luo = save(WorkFixtures.valid(WorkKind.MEDIATION, qingshan, lin, LocalDate.of(2026, 7, 6),
                "罗永康与罗永平宅基地纠纷调解").parties("罗永康、罗永平"));
        save(WorkFixtures.valid(WorkKind.MEDIATION, baisha, zhou, LocalDate.of(2026, 8, 9), "土地流转纠纷调解")
                .resolved(false).outcome("未达成协议"));
        save(WorkFixtures.valid(WorkKind.MEDIATION, qingshan, zhou, LocalDate.of(2026, 9, 14), "邻里排水纠纷调解"));
        save(WorkFixtures.valid(WorkKind.JUDICIAL_AID, qingshan, lin, LocalDate.of(2026, 7, 22), "蒋翠萍司法救助")
                .amountApprovedFen(1_200_000L).amountPaidFen(1_200_000L));
        save(WorkFixtures.valid(WorkKind.JUDICIAL_AID, baisha, zhou, LocalDate.of(2026, 9, 2), "困难被害人司法救助")
                .applicantName("邓小梅").amountApprovedFen(800_000L).amountPaidFen(800_000L));
        save(WorkFixtures.valid(WorkKind.HEARING, qingshan, lin, LocalDate.of(2026, 8, 25), "拟不起诉案件公开听证"));
        save(WorkFixtures.valid(WorkKind.PUBLICITY, baisha, zhou, LocalDate.of(2026, 7, 28), "防范校园欺凌宣讲")
                .audienceCount(320));
        save(WorkFixtures.valid(WorkKind.PUBLICITY, qingshan, lin, LocalDate.of(2026, 9, 9), "反诈宣传进村")
                .audienceCount(150));
        save(WorkFixtures.valid(WorkKind.NON_PROSECUTION_ANNOUNCEMENT, null, lin, LocalDate.of(2026, 8, 11),
                "不起诉决定公开宣告"));
        save(WorkFixtures.valid(WorkKind.CIRCUIT_TRIAL, baisha, null, LocalDate.of(2026, 9, 24), "赡养纠纷巡回审判"));
        save(WorkFixtures.valid(WorkKind.COMMUNITY_SERVICE, qingshan, lin, LocalDate.of(2026, 6, 20), "黄志伟社会公益服务")
                .serviceLog(List.of(ServiceSession.of(LocalDate.of(2026, 6, 25), 6, "道路协勤"),
                        ServiceSession.of(LocalDate.of(2026, 7, 5), 8, "垃圾分类"),
                        ServiceSession.of(LocalDate.of(2026, 8, 10), 4, "敬老院服务"))));
        save(WorkFixtures.valid(WorkKind.COMMUNITY_SERVICE, baisha, zhou, LocalDate.of(2026, 8, 1), "邱家乐社会公益服务")
                .parties("邱家乐").hoursAgreed(20)
                .serviceLog(List.of(ServiceSession.of(LocalDate.of(2026, 8, 1), 5, "河道保洁"),
                        ServiceSession.of(LocalDate.of(2026, 10, 5), 3, "河道保洁"))));
        save(WorkFixtures.valid(WorkKind.MEDIATION, qingshan, lin, LocalDate.of(2025, 8, 15), "宅基地界址纠纷调解"));
        save(WorkFixtures.valid(WorkKind.JUDICIAL_AID, qingshan, lin, LocalDate.of(2025, 9, 1), "交通事故被害人司法救助")
                .amountApprovedFen(500_000L).amountPaidFen(500_000L));
        long deletedMediation = save(WorkFixtures.valid(WorkKind.MEDIATION, qingshan, lin, LocalDate.of(2026, 8, 20),
                "已删除的调解"));
        long deletedService = save(WorkFixtures.valid(WorkKind.COMMUNITY_SERVICE, baisha, zhou,
                LocalDate.of(2026, 7, 1), "已删除的社会公益服务")
                .serviceLog(List.of(ServiceSession.of(LocalDate.of(2026, 7, 2), 10, "已删除"))));
        work.delete(List.of(deletedMediation, deletedService));
        return luo;
    }

    private long save(WorkActivity.Builder activity) {
        return work.save(activity.build()).id();
    }

    /**
     * Recommendations. The quarter's cohort: 7 issued (个案 5, 类案 1, 专项报告 1; per month 3/1/3; 青山镇 3, 白沙村 2,
     * none 2; 林晓峰 3, 周振宇 3, none 1; 公益诉讼 5, 行政 1, 刑事 1), 5 served, 4 of them past their reply date by
     * 2026-11-23, 2 replied (1 adopted and rectified, 1 partly adopted), 1 escalated by a class recommendation, 1
     * followed by a lawsuit, 1 withdrawn (still issued). Not escalations: a draft citing one, and an issued one
     * that was deleted. Returns the rectified one.
     */
    private long recommendations(long[] cases) {
        long river = cases[1];
        long farmland = cases[2];
        long minors = cases[3];
        long theft = cases[4];
        long rectified = issue(individual("关于清溪河建筑垃圾污染问题的检察建议", river, qingshan, lin), 7, 3);
        serve(rectified, LocalDate.of(2026, 7, 6));
        reply(rectified, LocalDate.of(2026, 8, 20), ReplyOutcome.ADOPTED);
        ladder.ladder.record(rectified, LadderEvent.of(EventKind.RECTIFICATION_VERIFIED, LocalDate.of(2026, 9, 25))
                .rectification(Rectification.DONE).build());

        long partly = issue(individual("关于白沙村占用耕地问题的检察建议", farmland, baisha, zhou), 7, 14);
        serve(partly, LocalDate.of(2026, 7, 16));
        reply(partly, LocalDate.of(2026, 9, 1), ReplyOutcome.PARTLY);

        long lawsuit = issue(individual("关于清溪河沿岸非法排污问题的检察建议", river, baisha, zhou), 7, 20);
        serve(lawsuit, LocalDate.of(2026, 7, 22));
        ladder.ladder.record(lawsuit, LadderEvent.of(EventKind.LAWSUIT_FILED, LocalDate.of(2026, 10, 12)).build());

        long unanswered = issue(individual("关于白沙村耕地保护巡查问题的检察建议", farmland, qingshan, lin), 8, 5);
        serve(unanswered, LocalDate.of(2026, 8, 7));

        // Served 2026-09-25: its reply is due 2026-11-25, two days after "today".
        long notDue = issue(individual("关于网吧违规接纳未成年人问题的检察建议", minors, null, zhou), 9, 20);
        serve(notDue, LocalDate.of(2026, 9, 25));

        issue(ladder.ladder.newDraft(Tier.CLASS).type(RecommendationType.SOCIAL_GOVERNANCE)
                .businessLine(BusinessLine.ADMINISTRATIVE).field(SupervisionField.LAND).title("关于耕地保护问题的类案检察建议")
                .recipientId(district).escalatesFrom(List.of(new Escalation(unanswered, EscalationReason.NOT_REPLIED)))
                .stationId(qingshan.id()).prosecutorId(lin.id()).facts("青山镇、白沙村多处耕地被占用。")
                .violation("违反《土地管理法》").items(List.of("开展耕地保护专项整治")).legalBasis("《人民检察院检察建议工作规定》")
                .draftedOn(LocalDate.of(2026, 9, 10)).build(), 9, 15);

        long report = issue(ladder.ladder.newDraft(Tier.SPECIAL_REPORT).type(RecommendationType.SOCIAL_GOVERNANCE)
                .businessLine(BusinessLine.CRIMINAL).field(SupervisionField.OTHER).title("关于农村盗窃案件多发情况的专项报告")
                .recipientId(district).links(List.of(RecordLink.matter(theft))).facts("今年以来农村盗窃案件多发。")
                .items(List.of("加强农村治安防控")).legalBasis("《人民检察院检察建议工作规定》")
                .draftedOn(LocalDate.of(2026, 9, 20)).build(), 9, 28);
        ladder.ladder.record(report, LadderEvent.of(EventKind.WITHDRAWN, LocalDate.of(2026, 10, 10))
                .text("情况已由党委政府统筹解决").build());

        // A draft that cites the partly adopted one: no escalation until it is issued.
        ladder.ladder.save(classDraft("关于耕地占用整改不到位的类案检察建议（草稿）", partly));
        // Issued after the quarter and then deleted: the rectified one counts as not escalated.
        long deletedLater = issue(classDraft("关于建筑垃圾处置的类案检察建议", rectified), 10, 1);
        long deletedIssued = issue(individual("已删除的检察建议", river, qingshan, lin), 8, 10);
        serve(deletedIssued, LocalDate.of(2026, 8, 12));
        reg.db.write(c -> {
            ladder.repository.softDelete(c, deletedLater);
            ladder.repository.softDelete(c, deletedIssued);
        });

        long before = ladder.ladder.save(individual("关于违法占地整改问题的检察建议", river, qingshan, lin)
                .draftedOn(LocalDate.of(2026, 5, 1)).build()).id();
        approveAndIssue(before, LocalDate.of(2026, 5, 10));
        serve(before, LocalDate.of(2026, 5, 12));
        reply(before, LocalDate.of(2026, 6, 30), ReplyOutcome.ADOPTED);

        long lastYear = ladder.ladder.save(individual("关于河道非法采砂问题的检察建议", river, qingshan, lin)
                .draftedOn(LocalDate.of(2025, 8, 1)).build()).id();
        approveAndIssue(lastYear, LocalDate.of(2025, 8, 10));
        serve(lastYear, LocalDate.of(2025, 8, 12));
        reply(lastYear, LocalDate.of(2025, 9, 30), ReplyOutcome.NOT_ADOPTED);
        return rectified;
    }

    private Recommendation.Builder individual(String title, long matter, Station s, Prosecutor p) {
        return ladder.completeDraft(town, matter).title(title).stationId(s == null ? null : s.id())
                .prosecutorId(p == null ? null : p.id()).draftedOn(LocalDate.of(2026, 6, 1));
    }

    private Recommendation classDraft(String title, long escalatesFrom) {
        return ladder.ladder.newDraft(Tier.CLASS).type(RecommendationType.PUBLIC_INTEREST)
                .businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.ECOLOGY).title(title)
                .recipientId(district)
                .escalatesFrom(List.of(new Escalation(escalatesFrom, EscalationReason.NOT_ADOPTED)))
                .facts("多个村存在同类问题。").violation("违反《固体废物污染环境防治法》").items(List.of("开展专项整治"))
                .legalBasis("《人民检察院检察建议工作规定》").draftedOn(LocalDate.of(2026, 9, 1)).build();
    }

    /** Saves the draft and approves and issues it on one day of 2026. */
    private long issue(Recommendation.Builder draft, int month, int day) {
        return issue(draft.build(), month, day);
    }

    private long issue(Recommendation draft, int month, int day) {
        long id = ladder.ladder.save(draft).id();
        approveAndIssue(id, LocalDate.of(2026, month, day));
        return id;
    }

    private void approveAndIssue(long id, LocalDate on) {
        ladder.ladder.record(id, LadderEvent.of(EventKind.APPROVED, on).approverKind(ApproverKind.CHIEF)
                .person("王检察长").build());
        ladder.ladder.record(id, LadderEvent.of(EventKind.ISSUED, on).build());
    }

    private void serve(long id, LocalDate on) {
        ladder.ladder.record(id, LadderEvent.of(EventKind.SERVED, on).serviceMethod(ServiceMethod.WRITTEN).build());
    }

    private void reply(long id, LocalDate on, ReplyOutcome outcome) {
        ladder.ladder.record(id, LadderEvent.of(EventKind.REPLIED, on).replyOutcome(outcome).text("已回复").build());
    }

    @Override
    public void close() {
        ladder.close();
    }
}
