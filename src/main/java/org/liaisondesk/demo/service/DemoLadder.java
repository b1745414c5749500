package org.liaisondesk.demo.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Recipient;

/**
 * The demo's recommendation ladder (两建议一报告), every step recorded through {@link RecommendationService#record}
 * so that numbers, deadlines and states are the real ones:
 * <ul>
 * <li>the village-river rubbish: an individual recommendation to 清溪镇人民政府, adopted, rectified, closed;</li>
 * <li>corridor clutter after a neighbours' fight: an individual recommendation overdue without reply;</li>
 * <li>tobacco and alcohol sold to minors: an individual recommendation partly rectified, escalated to a
 * class-case recommendation to 区市场监督管理局 that was adopted yet found not rectified (a special report is
 * due);</li>
 * <li>a pavement for the blind: an objection waiting for review; a farm's closure compensation: withdrawn after
 * an upheld objection, its number kept;</li>
 * <li>electroplating waste water: adopted, its return visit due within two weeks; expired medicines: an urgent
 * reply due within days; the old banyan tree: an urgent public-interest recommendation past its deadline and
 * found not rectified (a lawsuit is due); a draft about a market.</li>
 * </ul>
 * The three timber yards on farmland (问题类型 {@value #TIMBER_YARDS}) are deliberately left without a
 * recommendation: they are the class-case suggestion's evidence. All dates are counted back from today of the
 * clock and moved to working days; the steps of all documents are recorded in date order, so that serials follow
 * the issue dates. Nothing random: the same clock gives the same ladder.
 */
public final class DemoLadder {
    /** The problem the class-case suggestion must find unanswered in the demo. */
    public static final String TIMBER_YARDS = "占用耕地从事木材加工";
    private static final String CHIEF = "赵明远";
    private static final String COMMITTEE = "检察委员会第5次会议";

    private final RecommendationService ladder;
    private final Clock clock;

    public DemoLadder(RecommendationService ladder, Clock clock) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates the demo's recommendations over the demo's recipients, cases and leads (found by name) and returns
     * them as they stand afterwards. The office abbreviation must be set in the settings (numbers need it).
     *
     * @throws IllegalStateException when a demo recipient or case it needs is missing, or when a story ends
     *                               elsewhere than it should (a rule of the ladder changed)
     */
    public List<RecommendationDetail> load(List<Recipient> recipients, List<Matter> matters, List<Lead> leads) {
        Finder find = new Finder(recipients, matters, leads);
        LocalDate today = LocalDate.now(clock);
        Content c = new Content(today, find);
        for (Plan p : c.plans) {
            p.save();
        }
        List<Step> steps = new ArrayList<>();
        c.plans.forEach(p -> steps.addAll(p.steps));
        steps.sort(Comparator.comparing(Step::on).thenComparingInt(Step::order));
        for (Step s : steps) {
            ladder.record(s.plan().id, s.event());
        }
        List<RecommendationDetail> details = new ArrayList<>();
        for (Plan p : c.plans) {
            RecommendationDetail d = ladder.find(p.id).orElseThrow();
            if (d.state().status() != p.expected) {
                throw new IllegalStateException("demo recommendation \"" + d.recommendation().title() + "\" ended "
                        + d.state().status() + ", expected " + p.expected);
            }
            details.add(d);
        }
        return details;
    }

    /** One dated step of one document. {@code order} keeps the steps of a day in the order they were planned. */
    private record Step(LocalDate on, int order, Plan plan, LadderEvent event) {
    }

    /** A document to save and the steps of its life, planned with their dates. */
    private final class Plan {
        private final Content content;
        private final Recommendation.Builder draft;
        private final Plan escalatesFrom;
        private final EscalationReason reason;
        private final List<Step> steps = new ArrayList<>();
        private LadderStatus expected = LadderStatus.DRAFT;
        private LocalDate last;
        private LocalDate servedOn;
        private Long id;

        Plan(Content content, Recommendation.Builder draft, int draftedDaysAgo, Plan escalatesFrom,
             EscalationReason reason) {
            this.content = content;
            this.last = content.day(draftedDaysAgo, null);
            this.draft = draft.draftedOn(last);
            this.escalatesFrom = escalatesFrom;
            this.reason = reason;
        }

        void save() {
            if (escalatesFrom != null) {
                draft.escalatesFrom(List.of(new Escalation(escalatesFrom.id, reason)));
            }
            id = ladder.save(draft.build()).id();
        }

        Plan step(int daysAgo, EventKind kind, UnaryOperator<LadderEvent.Builder> details, LadderStatus after) {
            return stepOn(content.day(daysAgo, last), kind, details, after);
        }

        private Plan stepOn(LocalDate on, EventKind kind, UnaryOperator<LadderEvent.Builder> details,
                            LadderStatus after) {
            last = on;
            steps.add(new Step(on, content.order++, this, details.apply(LadderEvent.of(kind, on)).build()));
            expected = after;
            return this;
        }

        /** Approved by the chief prosecutor (or the committee), then issued and served a day apart (working days). */
        Plan issued(int approvedDaysAgo, boolean committee, ServiceMethod method) {
            step(approvedDaysAgo, EventKind.APPROVED, b -> b.approverKind(committee ? ApproverKind.COMMITTEE
                    : ApproverKind.CHIEF).person(committee ? COMMITTEE : CHIEF), LadderStatus.APPROVED);
            step(approvedDaysAgo - 1, EventKind.ISSUED, b -> b, LadderStatus.ISSUED);
            step(approvedDaysAgo - 2, EventKind.SERVED, b -> b.serviceMethod(method), LadderStatus.SERVED);
            servedOn = last;
            return this;
        }

        Plan replied(int daysAgo, ReplyOutcome outcome, String text) {
            return step(daysAgo, EventKind.REPLIED, b -> b.replyOutcome(outcome).text(text), LadderStatus.REPLIED);
        }

        Plan visited(int daysAgo, String method, String finding) {
            return step(daysAgo, EventKind.RETURN_VISIT, b -> b.visitMethod(method).text(finding), expected);
        }

        Plan verified(int daysAgo, Rectification found, boolean sectorWide, boolean longTermMechanism) {
            return step(daysAgo, EventKind.RECTIFICATION_VERIFIED, b -> b.rectification(found).sectorWide(sectorWide)
                    .longTermMechanism(longTermMechanism), LadderStatus.VERIFIED);
        }

        /** An objection received {@code daysAfterService} days after service: well within the objection period. */
        Plan objected(int daysAfterService, String objection) {
            return stepOn(content.after(servedOn, daysAfterService, last), EventKind.OBJECTION_RAISED,
                    b -> b.text(objection), LadderStatus.UNDER_REVIEW);
        }

        Plan expect(LadderStatus status) {
            expected = status;
            return this;
        }
    }

    /** The demo's documents as plans, from today and the demo records found by name. */
    private final class Content {
        private final LocalDate today;
        private final Finder find;
        private final HolidayCalendar calendar;
        private final List<Plan> plans = new ArrayList<>();
        private int order;

        Content(LocalDate today, Finder find) {
            this.today = today;
            this.find = find;
            this.calendar = ladder.terms().calculator().calendar();
            riverRubbish();
            corridorClutter();
            tobaccoToMinors();
            blindPavement();
            farmCompensation();
            electroplating();
            expiredMedicines();
            oldBanyanTree();
            marketDraft();
        }

        /**
         * {@code daysAgo} days before today, moved back to a working day (off weekends and public holidays), never
         * before {@code notBefore} (the step recorded last) nor after today.
         */
        LocalDate day(int daysAgo, LocalDate notBefore) {
            LocalDate d = today.minusDays(daysAgo);
            while (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return within(d, notBefore);
        }

        /** {@code days} after {@code start}, moved on to a working day, within the same bounds as {@link #day}. */
        LocalDate after(LocalDate start, int days, LocalDate notBefore) {
            return within(calendar.nextWorkingDayOnOrAfter(start.plusDays(days)), notBefore);
        }

        private LocalDate within(LocalDate d, LocalDate notBefore) {
            LocalDate date = notBefore != null && d.isBefore(notBefore) ? notBefore : d;
            return date.isAfter(today) ? today : date;
        }

        private Plan plan(Recommendation.Builder draft, int draftedDaysAgo) {
            Plan p = new Plan(this, draft, draftedDaysAgo, null, null);
            plans.add(p);
            return p;
        }

        private Plan escalation(Recommendation.Builder draft, int draftedDaysAgo, Plan from, EscalationReason why) {
            Plan p = new Plan(this, draft, draftedDaysAgo, from, why);
            plans.add(p);
            return p;
        }

        /** An individual recommendation about one demo case, at its station, by its prosecutor. */
        private Recommendation.Builder individual(Matter m, RecommendationType type, String recipient) {
            return ladder.newDraft(Tier.INDIVIDUAL).type(type).businessLine(m.businessLine()).field(m.field())
                    .problem(m.problem()).recipientId(find.recipient(recipient)).links(List.of(RecordLink.matter(m.id())))
                    .stationId(m.stationId()).prosecutorId(m.prosecutorId());
        }

        private void riverRubbish() {
            Matter m = find.matter("河段生活垃圾");
            plan(individual(m, RecommendationType.PUBLIC_INTEREST, "清溪镇人民政府")
                    .title("关于督促清理清溪村三组河段生活垃圾并建立河道巡查机制的检察建议")
                    .problemSource("公益诉讼观察员通过“随手拍”反映，经现场核实立案。")
                    .facts("清溪村三组河段沿岸堆放生活垃圾和建筑废料，长约200米，部分已滑入河道，雨季有冲入下游的风险。"
                            + "该河段属清溪镇人民政府日常保洁和监管范围。")
                    .violation("清溪镇人民政府未依法履行农村人居环境整治和河道保洁监管职责，致使社会公共利益持续受到侵害。")
                    .items(List.of("立即组织清运清溪村三组河段沿岸垃圾和建筑废料，防止污染扩大。",
                            "建立河道日常巡查和保洁机制，明确责任人员。",
                            "将禁止向河道倾倒垃圾纳入村规民约，加强宣传引导。"))
                    .legalBasis("《中华人民共和国行政诉讼法》第二十五条第四款；《人民检察院公益诉讼办案规则》第七十五条"), 141)
                    .issued(140, false, ServiceMethod.ANNOUNCED)
                    .step(135, EventKind.FILED, b -> b.text("报市人民检察院备案。"), LadderStatus.SERVED)
                    .replied(112, ReplyOutcome.ADOPTED, "镇政府书面回复：已组织清运垃圾和建筑废料约30吨，安排保洁员每日巡河，"
                            + "并在村规民约中增加禁止向河道倾倒垃圾的条款。")
                    .visited(85, "实地回访", "会同公益诉讼观察员实地查看，河段沿岸垃圾已全部清运，巡河记录完整。")
                    .verified(85, Rectification.DONE, false, true)
                    .step(80, EventKind.CLOSED, b -> b.text("整改到位，长效机制已建立，依法结案。"), LadderStatus.CLOSED);
        }

        private void corridorClutter() {
            Matter m = find.matter("邱某某故意伤害案");
            plan(individual(m, RecommendationType.SOCIAL_GOVERNANCE, "区住房和城乡建设局")
                    .copyToIds(List.of(find.recipient("崇阳街道办事处")))
                    .title("关于加强住宅小区楼道堆物消防安全隐患治理的检察建议")
                    .problem("楼道堆物消防隐患")
                    .problemSource("办理邱某某故意伤害案中发现。")
                    .facts("金桂社区多个老旧小区楼道长期堆放杂物、停放电动自行车，物业服务企业未及时清理，"
                            + "邻里因此多次发生纠纷，其中一起引发故意伤害案件。")
                    .violation("物业服务企业未履行消防通道管理义务，主管部门监督检查不到位，存在消防安全隐患和矛盾纠纷隐患。")
                    .items(List.of("督促辖区物业服务企业开展楼道堆物专项清理。",
                            "将楼道消防通道管理纳入物业服务质量考核。",
                            "会同街道建立矛盾纠纷和安全隐患联合排查机制。"))
                    .legalBasis("《人民检察院检察建议工作规定》第十一条"), 104)
                    .issued(103, false, ServiceMethod.WRITTEN);
        }

        private void tobaccoToMinors() {
            Matter m = find.matter("向未成年人售烟");
            Plan shop = plan(individual(m, RecommendationType.SOCIAL_GOVERNANCE, "区市场监督管理局")
                    .title("关于依法查处学校周边经营户向未成年人售烟问题的检察建议")
                    .problemSource("网格员报送，经网格员协助排查学校周边经营户。")
                    .facts("学府路一家便利店多次向附近初中学生出售香烟，网格员劝阻后仍未改正；学校周边同类经营户另有4家。")
                    .violation("经营者违反《中华人民共和国未成年人保护法》第五十九条，监管部门日常检查未发现、未查处。")
                    .items(List.of("依法查处涉事便利店向未成年人售烟的违法行为。",
                            "督促学校周边经营户在显著位置设置不向未成年人出售烟酒的标识。"))
                    .legalBasis("《中华人民共和国未成年人保护法》第五十九条、第一百零六条；《人民检察院检察建议工作规定》第十一条"),
                    127)
                    .issued(126, false, ServiceMethod.WRITTEN)
                    .replied(100, ReplyOutcome.PARTLY, "区市场监督管理局书面回复：已对涉事便利店立案处罚；学校周边经营户排查"
                            + "需教育、公安等部门配合，尚未开展。")
                    .visited(78, "暗访回访", "涉事便利店已张贴标识、不再售烟；学校周边另有3家经营户仍向未成年人出售香烟。")
                    .verified(78, Rectification.PARTIAL, false, false)
                    .expect(LadderStatus.ESCALATED);
            Recommendation.Builder sector = ladder.newDraft(Tier.CLASS).type(RecommendationType.SOCIAL_GOVERNANCE)
                    .businessLine(m.businessLine()).field(SupervisionField.MINORS).problem(m.problem())
                    .recipientId(find.recipient("区市场监督管理局"))
                    .copyToIds(List.of(find.recipient("区教育局")))
                    .links(find.minorsTobaccoLinks(m, today.minusDays(74)))
                    .stationId(m.stationId()).prosecutorId(m.prosecutorId())
                    .title("关于加强校园周边向未成年人售卖烟酒问题综合治理的检察建议")
                    .problemSource("办理学校周边经营户向未成年人售烟案并回访个案检察建议整改情况时发现。")
                    .facts("个案检察建议制发后，涉事便利店已整改，但回访暗访发现学校周边仍有3家经营户向未成年人出售香烟，"
                            + "网格员另报送多起向未成年人售酒线索，问题在全区校园周边具有普遍性。")
                    .violation("校园周边向未成年人售卖烟酒问题屡查屡犯，行业监管和源头治理机制缺失。")
                    .items(List.of("在全区校园周边开展向未成年人售卖烟酒专项整治。",
                            "建立网格员、学校和市场监管部门联合巡查及线索移送机制。",
                            "将经营户落实“不向未成年人出售烟酒”义务纳入信用监管。"))
                    .legalBasis("《中华人民共和国未成年人保护法》第五十九条、第一百零六条；《人民检察院检察建议工作规定》第十一条");
            Plan sectorPlan = escalation(sector, 74, shop, EscalationReason.NOT_RECTIFIED)
                    .issued(72, true, ServiceMethod.ANNOUNCED)
                    .step(68, EventKind.FILED, b -> b.text("报市人民检察院备案。"), LadderStatus.SERVED)
                    .replied(40, ReplyOutcome.ADOPTED, "区市场监督管理局书面回复：采纳检察建议，将于年内开展校园周边专项整治。")
                    .visited(12, "联合暗访", "会同网格员暗访学校周边12家经营户，仍有3家向未成年人出售烟酒，专项整治未见实效。")
                    .verified(12, Rectification.NONE, false, false);
            // Two tiers have not fixed it: the report to the district government, approved by the committee, not yet sent.
            Recommendation.Builder report = ladder.newDraft(Tier.SPECIAL_REPORT).type(RecommendationType.SOCIAL_GOVERNANCE)
                    .businessLine(m.businessLine()).field(SupervisionField.MINORS).problem(m.problem())
                    .recipientId(find.recipient("崇溪区人民政府"))
                    .copyToIds(List.of(find.recipient("崇溪区人大常委会"), find.recipient("区教育局")))
                    .links(find.minorsTobaccoLinks(m, today.minusDays(74)))
                    .stationId(m.stationId()).prosecutorId(m.prosecutorId())
                    .title("关于校园周边向未成年人售卖烟酒问题的专项法律监督报告")
                    .problemSource("个案、类案检察建议制发后，经回访核实问题仍未整改到位。")
                    .facts("全区校园周边经营户向未成年人出售烟酒问题屡禁不止：类案检察建议制发后开展的联合暗访中，学校周边"
                            + "12家经营户仍有3家向未成年人出售烟酒；网格员近三个月又报送同类线索多条，涉及多所中小学周边。")
                    .violation("一是市场监管部门以个案查处代替系统治理，专项整治停留在部署层面；二是教育、公安、市场监管之间缺少"
                            + "线索移送和联合巡查机制；三是经营户违法成本低，信用惩戒未落实。")
                    .items(List.of("由区人民政府牵头，组织市场监管、教育、公安等部门开展校园周边向未成年人售卖烟酒专项治理。",
                            "建立网格员发现、部门联合查处、检察机关跟踪监督的常态化工作机制。",
                            "将校园周边经营户落实未成年人保护义务情况纳入部门年度考核和信用监管。"))
                    .legalBasis("《中华人民共和国未成年人保护法》第五十九条、第一百零六条；《人民检察院检察建议工作规定》第十一条");
            escalation(report, 8, sectorPlan, EscalationReason.NOT_RECTIFIED)
                    .step(5, EventKind.APPROVED, b -> b.approverKind(ApproverKind.COMMITTEE).person(COMMITTEE),
                            LadderStatus.APPROVED);
        }

        private void blindPavement() {
            Matter m = find.matter("盲道");
            plan(individual(m, RecommendationType.PUBLIC_INTEREST, "石桥镇人民政府")
                    .title("关于督促清理石桥镇中学周边被占用盲道的检察建议")
                    .problemSource("巡回接访时群众反映，经现场核实。")
                    .facts("石桥镇中学周边约300米盲道被商户长期占用堆放货物，部分盲道砖破损，视障人士无法通行。")
                    .violation("违反《中华人民共和国无障碍环境建设法》第二十八条，属地政府未依法履行监管职责。")
                    .items(List.of("清理被占用的盲道，修复破损盲道砖。", "建立无障碍设施日常巡查机制。"))
                    .legalBasis("《中华人民共和国无障碍环境建设法》第六十三条；《中华人民共和国行政诉讼法》第二十五条第四款"), 16)
                    .issued(15, false, ServiceMethod.WRITTEN)
                    .objected(6, "镇政府提出异议：人行道和盲道的日常管理属区城市管理部门职责，不属于镇政府职责范围。");
        }

        private void farmCompensation() {
            Matter m = find.matter("养殖场关停补偿");
            plan(individual(m, RecommendationType.SOCIAL_GOVERNANCE, "清溪镇人民政府")
                    .title("关于依法落实禁养区养殖场关停补偿的检察建议")
                    .problemSource("办理曹某某养殖场关停补偿行政争议时发现。")
                    .facts("养殖场被划入禁养区后已关停，补偿款至今未发放到位，养殖户多次信访。")
                    .violation("关停补偿未按规定兑现，引发行政争议和信访矛盾。")
                    .items(List.of("依法核定并发放关停补偿款。", "建立禁养区关停补偿兑现台账。"))
                    .legalBasis("《人民检察院检察建议工作规定》第十一条"), 45)
                    .issued(44, false, ServiceMethod.WRITTEN)
                    .objected(4, "镇政府提出异议：禁养区补偿标准和资金由区农业农村局统筹确定，镇政府无权决定。")
                    .step(34, EventKind.OBJECTION_REVIEWED, b -> b.reviewResult(ReviewResult.WITHDRAW)
                            .text("经复核，异议成立：补偿标准由区农业农村局制定。撤回本检察建议，另行研究向区农业农村局制发。"),
                            LadderStatus.WITHDRAWN);
        }

        private void electroplating() {
            Matter m = find.matter("电镀厂");
            plan(individual(m, RecommendationType.PUBLIC_INTEREST, "区生态环境局")
                    .title("关于督促查处电镀厂通过雨水管偷排含重金属废水的检察建议")
                    .problemSource("12309检察服务热线来电举报，会同区生态环境局夜间取样。")
                    .facts("城西工业园区一家电镀厂通过雨水管排放含重金属废水，取样检出总镍、总铬超标。")
                    .violation("企业违反《中华人民共和国水污染防治法》第三十九条，区生态环境局未依法全面履行监管职责。")
                    .items(List.of("依法查处该电镀厂违法排污行为。", "督促企业完成雨污分流改造。",
                            "对园区涉重金属企业开展排查。"))
                    .legalBasis("《中华人民共和国水污染防治法》第八十三条；《中华人民共和国行政诉讼法》第二十五条第四款"), 46)
                    .issued(45, false, ServiceMethod.WRITTEN)
                    .replied(26, ReplyOutcome.ADOPTED, "区生态环境局书面回复：已立案查处并责令限期完成雨污分流改造，"
                            + "园区涉重金属企业排查正在进行。");
        }

        private void expiredMedicines() {
            Matter m = find.matter("过期药品");
            plan(individual(m, RecommendationType.PUBLIC_INTEREST, "区卫生健康局")
                    .copyToIds(List.of(find.recipient("区市场监督管理局")))
                    .urgent(true)
                    .title("关于督促查处乡镇卫生院发放过期药品问题的检察建议")
                    .problemSource("12309检察服务热线来电举报（举报人身份保密）。")
                    .facts("镇卫生院药房发现多批次过期药品仍在发放，涉及抗生素和慢性病用药，群众用药安全面临现实危险。")
                    .violation("违反《中华人民共和国药品管理法》第九十八条，监管部门未依法履行监督管理职责，损害仍在扩大。")
                    .items(List.of("立即封存并下架过期药品，排查已发放药品的去向。", "对全区基层医疗机构药品效期管理开展检查。"))
                    .legalBasis("《人民检察院公益诉讼办案规则》第七十五条（情况紧急，十五日内书面回复）"), 14)
                    .issued(13, false, ServiceMethod.WRITTEN);
        }

        private void oldBanyanTree() {
            Matter m = find.matter("黄葛树");
            plan(individual(m, RecommendationType.PUBLIC_INTEREST, "区自然资源局")
                    .urgent(true)
                    .title("关于督促保护白鹤村百年黄葛树古树名木的检察建议")
                    .problemSource("巡回接访时村民反映。")
                    .facts("白鹤村百年黄葛树主要枝干被砍，树下倾倒建筑垃圾，根系受压，树势持续衰弱。")
                    .violation("违反古树名木保护有关规定，主管部门未及时采取抢救复壮措施，损害仍在扩大。")
                    .items(List.of("立即清理树下建筑垃圾，对古树采取抢救复壮措施。", "依法查处砍伐古树枝干的违法行为。"))
                    .legalBasis("《中华人民共和国森林法》第四十条；《人民检察院公益诉讼办案规则》第七十五条"), 52)
                    .issued(51, false, ServiceMethod.WRITTEN)
                    .visited(20, "实地回访", "回复期限届满未收到书面回复；树下建筑垃圾仍未清理，受损枝干未作处理。")
                    .verified(20, Rectification.NONE, false, false);
        }

        private void marketDraft() {
            Matter m = find.matter("过期散装熟食");
            plan(individual(m, RecommendationType.SOCIAL_GOVERNANCE, "区市场监督管理局")
                    .title("关于加强社区菜市场散装熟食质量安全监管的检察建议")
                    .problemSource("居民举报。")
                    .facts("社区菜市场个别摊位长期销售过期散装熟食。"), 3);
        }
    }

    /** The demo records a ladder story needs, found by (part of) their names. */
    private static final class Finder {
        private final List<Recipient> recipients;
        private final List<Matter> matters;
        private final List<Lead> leads;

        Finder(List<Recipient> recipients, List<Matter> matters, List<Lead> leads) {
            this.recipients = List.copyOf(recipients);
            this.matters = List.copyOf(matters);
            this.leads = List.copyOf(leads);
        }

        long recipient(String name) {
            return recipients.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo recipient missing: " + name)).id();
        }

        /** The demo case whose name holds {@code words}; never one of the timber-yard cases. */
        Matter matter(String words) {
            Matter m = matters.stream().filter(x -> x.name().contains(words)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo case missing: " + words));
            if (TIMBER_YARDS.equals(m.problem())) {
                throw new IllegalStateException("the timber-yard cases stay without a recommendation: " + m.name());
            }
            return m;
        }

        /** The tobacco case and the leads about selling tobacco or alcohol to minors received before {@code by}. */
        List<RecordLink> minorsTobaccoLinks(Matter tobaccoCase, LocalDate by) {
            List<RecordLink> links = new ArrayList<>();
            links.add(RecordLink.matter(tobaccoCase.id()));
            for (Lead l : leads) {
                if (!l.problem().isEmpty() && l.problem().equals(tobaccoCase.problem()) && l.receivedOn().isBefore(by)) {
                    links.add(RecordLink.lead(l.id()));
                }
            }
            return links;
        }
    }
}
