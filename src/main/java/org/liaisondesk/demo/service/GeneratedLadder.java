package org.liaisondesk.demo.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.demo.data.GeneratedRows.Batch;
import org.liaisondesk.demo.data.GeneratedRows.Table;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.DocumentNumberFormat;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderTerms;
import org.liaisondesk.ladder.model.NumberScheme;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * The generated register's recommendations: chains that start with an individual-case recommendation about one
 * case and, when it is not replied to, not adopted or not rectified, go on to a class-case recommendation and a
 * special report, as the ladder (两建议一报告) does. Each document lives through approval, issue (a unique number in
 * the issue register), service, an optional objection and its review, the reply, a return visit, the verified
 * rectification, filing, closing, a lawsuit or escalation; steps that would fall after today are not taken, so
 * recent documents are still running. The stored columns are the fold of the events ({@link LadderState}), as
 * the ladder's ledger writes them.
 */
final class GeneratedLadder {
    private static final String OFFICE_ABBREVIATION = "崇";
    private static final String CHIEF = "赵明远";
    private static final String[] VISIT_METHODS = {"实地回访", "电话回访", "暗访回访", "联合回访"};
    private static final String[] VIOLATIONS = {
        "主管部门未依法全面履行监督管理职责，致使社会公共利益持续受到侵害。",
        "有关单位日常检查不到位，对群众多次反映的问题未及时查处。",
        "监管存在漏洞，同类问题在辖区内反复出现，缺少长效治理机制。",
        "有关单位以个案查处代替系统治理，整改停留在部署层面。"};
    private static final String[] ITEMS = {
        "依法查处涉事单位和个人的违法行为，督促限期整改。",
        "在辖区内开展同类问题专项排查整治。",
        "建立日常巡查和线索移送机制，明确责任人员。",
        "加强普法宣传，引导经营者和群众依法履行义务。",
        "将整改落实情况纳入年度考核和信用监管。"};
    private static final String[] LEGAL_BASES = {
        "《人民检察院检察建议工作规定》第十一条",
        "《中华人民共和国行政诉讼法》第二十五条第四款；《人民检察院公益诉讼办案规则》第七十五条",
        "《中华人民共和国未成年人保护法》第一百零六条；《人民检察院检察建议工作规定》第十一条",
        "《中华人民共和国人民检察院组织法》第二十一条"};
    private static final String[] REPLIES = {
        "书面回复：采纳检察建议，已组织专项整治并明确整改时限。",
        "书面回复：已对涉事单位立案查处，同类问题排查正在进行。",
        "书面回复：部分建议需其他部门配合，已先行落实可办事项。",
        "书面回复：认为该问题不属于本单位职责，未采纳检察建议。"};
    private static final Map<SupervisionField, String> REGULATORS = Map.of(
            SupervisionField.ECOLOGY, "区生态环境局",
            SupervisionField.FOOD_DRUG, "区市场监督管理局",
            SupervisionField.LAND, "区自然资源局",
            SupervisionField.STATE_PROPERTY, "区农业农村局",
            SupervisionField.WORK_SAFETY, "区应急管理局",
            SupervisionField.MINORS, "区教育局",
            SupervisionField.ACCESSIBILITY, "区住房和城乡建设局",
            SupervisionField.PERSONAL_INFORMATION, "区市场监督管理局",
            SupervisionField.CULTURAL_HERITAGE, "崇溪区人民政府",
            SupervisionField.OTHER, "区人力资源和社会保障局");
    private static final String[] REPORT_RECIPIENTS = {"崇溪区人民政府", "崇溪区人大常委会", "中共崇溪区委"};

    /** A number given on issue, for the issue register (发文登记). */
    private record Numbered(String number, String scope, int year, int serial, LocalDate issuedOn) {
    }

    /** A problem worth a recommendation: the field, the 问题类型 and the story it was found in. */
    private record Problem(SupervisionField field, String name, String description) {
    }

    private final GeneratedPeople people;
    private final LocalDate today;
    private final LadderTerms terms;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> serials = new HashMap<>();
    private Map<String, Long> recipientIds = Map.of();
    private Map<Long, Long> superiors = Map.of();
    private long recommendations;
    private long events;
    private long numbers;

    GeneratedLadder(GeneratedPeople people, LocalDate today, DeadlineCalculator calculator, List<Lead> leadSamples) {
        this.people = people;
        this.today = today;
        this.terms = new LadderTerms(LadderTerms.DEFAULT_REPLY_MONTHS, LadderTerms.DEFAULT_URGENT_REPLY_DAYS,
                LadderTerms.DEFAULT_RETURN_VISIT_DAYS, calculator);
        for (Lead l : leadSamples) {
            if (!l.problem().isEmpty()) {
                problems.add(new Problem(l.field(), l.problem(), l.description()));
            }
        }
    }

    /** The recipient organisations by name, and whose superior each is (for 抄送 and the stored superior). */
    void useRecipients(Map<String, Long> ids, Map<Long, Long> superiorOf) {
        recipientIds = Map.copyOf(ids);
        superiors = Map.copyOf(superiorOf);
    }

    long written() {
        return recommendations;
    }

    /** Writes {@code count} documents as chains; individual ones link one of the cases 1..{@code cases}. */
    void write(Batch b, long count, long cases, long leads, List<Long> stationIds, List<Long> prosecutorIds) {
        long left = count;
        while (left > 0) {
            Problem problem = people.pick(problems);
            Long station = people.pick(stationIds);
            Long prosecutor = people.pick(prosecutorIds);
            LocalDate drafted = people.workdayWithin(today, RegisterGenerator.DAYS_BACK);
            Doc earlier = null;
            for (Tier tier = Tier.INDIVIDUAL; tier != null && left > 0; ) {
                Doc doc = new Doc(tier, problem, drafted, station, prosecutor, earlier, cases, leads);
                left--;
                if (doc.escalateFor == null || left == 0 || tier.next().isEmpty()) {
                    doc.finish(b);
                    tier = null;
                } else {
                    drafted = people.workdayWithin(doc.last.plusDays(people.between(5, 30)), 0);
                    if (drafted.isAfter(today)) {
                        doc.finish(b);
                        tier = null;
                    } else {
                        earlier = doc;
                        tier = tier.next().get();
                    }
                }
            }
        }
    }

    /** One document being planned: its content, its events, and why the next tier would follow. */
    private final class Doc {
        final long id = ++recommendations;
        final Recommendation draft;
        final RecommendationType type;
        final List<Long> linkedCases;
        final Long linkedLead;
        final List<LadderEvent> steps = new ArrayList<>();
        final Doc earlier;
        final EscalationReason earlierReason;
        EscalationReason escalateFor;
        LocalDate last;
        Numbered number;
        boolean stopped;

        Doc(Tier tier, Problem problem, LocalDate drafted, Long station, Long prosecutor, Doc earlier, long cases,
            long leads) {
            this.earlier = earlier;
            this.earlierReason = earlier == null ? null : earlier.escalateFor;
            this.type = tier == Tier.SPECIAL_REPORT || problem.field() == SupervisionField.OTHER
                    ? RecommendationType.SOCIAL_GOVERNANCE
                    : people.chance(0.6) ? RecommendationType.PUBLIC_INTEREST : RecommendationType.SOCIAL_GOVERNANCE;
            BusinessLine line = type == RecommendationType.PUBLIC_INTEREST ? BusinessLine.PUBLIC_INTEREST
                    : people.pick(BusinessLine.values());
            String recipient = tier == Tier.SPECIAL_REPORT ? people.pick(REPORT_RECIPIENTS)
                    : tier == Tier.INDIVIDUAL && people.chance(0.4) ? GeneratedPeople.townGovernment(people.town())
                    : REGULATORS.get(problem.field());
            String place = people.town() + people.village();
            String title = switch (tier) {
                case INDIVIDUAL -> "关于督促整治" + place + problem.name() + "问题的检察建议";
                case CLASS -> "关于加强" + problem.name() + "问题综合治理的检察建议";
                case SPECIAL_REPORT -> "关于" + problem.name() + "问题的专项法律监督报告";
            };
            List<String> items = new ArrayList<>();
            int first = people.between(0, ITEMS.length - 1);
            int itemCount = people.between(2, 3);
            for (int i = 0; i < itemCount; i++) {
                items.add(ITEMS[(first + i) % ITEMS.length]);
            }
            List<Long> links = new ArrayList<>();
            if (cases > 0) {
                links.add(1 + people.random().nextLong(cases));
            }
            this.draft = Recommendation.builder().tier(tier).type(type).businessLine(line).field(problem.field())
                    .problem(problem.name()).title(title).recipientId(recipientIds.get(recipient))
                    .stationId(station).prosecutorId(prosecutor)
                    .problemSource(tier == Tier.INDIVIDUAL ? "在" + place + "发现：" + problem.description()
                            : "个案检察建议制发后回访核实，问题仍未整改到位。")
                    .facts(problem.description())
                    .violation(tier == Tier.SPECIAL_REPORT ? "" : people.pick(VIOLATIONS))
                    .items(items).legalBasis(people.pick(LEGAL_BASES))
                    .objectionDays(10).urgent(type == RecommendationType.PUBLIC_INTEREST && people.chance(0.1))
                    .draftedOn(drafted).build();
            this.last = drafted;
            this.linkedCases = links;
            this.linkedLead = tier != Tier.INDIVIDUAL && leads > 0 ? 1 + people.random().nextLong(leads) : null;
            if (tier != Tier.INDIVIDUAL && cases > 1) {
                linkedCases.add(1 + people.random().nextLong(cases));
            }
            live(cases > 0 || tier != Tier.INDIVIDUAL);
        }

        /** Plans the document's life up to today; a document without the records it needs stays a draft. */
        private void live(boolean complete) {
            if (!complete || (last.isAfter(today.minusDays(60)) && people.chance(0.05))) {
                return;
            }
            boolean committee = draft.tier() == Tier.SPECIAL_REPORT || people.chance(0.1);
            step(EventKind.APPROVED, 1, 5, e -> e.approverKind(committee ? ApproverKind.COMMITTEE : ApproverKind.CHIEF)
                    .person(committee ? "检察委员会第" + people.between(1, 30) + "次会议" : CHIEF));
            step(EventKind.ISSUED, 0, 3, e -> { });
            step(EventKind.SERVED, 1, 7, e -> e.serviceMethod(people.chance(0.3) ? ServiceMethod.ANNOUNCED
                    : ServiceMethod.WRITTEN));
            if (people.chance(0.05)) {
                step(EventKind.OBJECTION_RAISED, 1, 8, e -> e.text("被建议单位提出异议：该问题不属于本单位职责范围。"));
                double roll = people.random().nextDouble();
                ReviewResult result = roll < 0.6 ? ReviewResult.REJECTED : roll < 0.8 ? ReviewResult.AMEND
                        : ReviewResult.WITHDRAW;
                step(EventKind.OBJECTION_REVIEWED, 5, 15, e -> e.reviewResult(result).text(result == ReviewResult.WITHDRAW
                        ? "经复核，异议成立，撤回本检察建议。" : "经复核，异议不成立，已向被建议单位说明理由。"));
                if (result == ReviewResult.WITHDRAW) {
                    return;
                }
            }
            if (people.chance(0.1)) {
                step(EventKind.FILED, 1, 10, e -> e.text("报市人民检察院备案。"));
            }
            LocalDate served = state().servedOn();
            if (served == null) {
                return;
            }
            LocalDate due = state().replyDueOn();
            if (people.chance(0.12)) {
                if (due.plusDays(30).isBefore(today)) {
                    escalateFor = EscalationReason.NOT_REPLIED;
                    // The next tier is drafted after the reply was due, not after the last step.
                    last = due;
                }
                return;
            }
            double roll = people.random().nextDouble();
            ReplyOutcome outcome = roll < 0.72 ? ReplyOutcome.ADOPTED : roll < 0.86 ? ReplyOutcome.PARTLY
                    : ReplyOutcome.NOT_ADOPTED;
            int latest = (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(last, due));
            step(EventKind.REPLIED, Math.min(10, latest), latest, e -> e.replyOutcome(outcome)
                    .text(outcome == ReplyOutcome.NOT_ADOPTED ? REPLIES[3] : people.pick(REPLIES)));
            if (outcome == ReplyOutcome.NOT_ADOPTED) {
                if (people.chance(0.7)) {
                    escalateFor = EscalationReason.NOT_ADOPTED;
                } else {
                    step(EventKind.CLOSED, 5, 20, e -> e.text("被建议单位不予采纳，经研究依法结案。"));
                }
                return;
            }
            String method = people.pick(VISIT_METHODS);
            step(EventKind.RETURN_VISIT, 20, 60, e -> e.visitMethod(method).text(method + "：核查整改落实情况。"));
            double r = people.random().nextDouble();
            Rectification rectification = r < 0.7 ? Rectification.DONE : r < 0.9 ? Rectification.PARTIAL
                    : Rectification.NONE;
            boolean sector = draft.tier() != Tier.INDIVIDUAL && people.chance(0.5);
            boolean mechanism = rectification == Rectification.DONE && people.chance(0.6);
            step(EventKind.RECTIFICATION_VERIFIED, 0, 0, e -> e.rectification(rectification).sectorWide(sector)
                    .longTermMechanism(mechanism));
            if (rectification == Rectification.DONE) {
                step(EventKind.CLOSED, 1, 10, e -> e.text("整改到位，依法结案。"));
            } else if (type == RecommendationType.PUBLIC_INTEREST && rectification == Rectification.NONE
                    && people.chance(0.5)) {
                step(EventKind.LAWSUIT_FILED, 10, 40, e -> e.text("行政机关仍未依法履职，依法提起行政公益诉讼。"));
            } else {
                escalateFor = EscalationReason.NOT_RECTIFIED;
            }
        }

        /** The next step {@code min}..{@code max} days after the last one; none (and none after it) after today. */
        private void step(EventKind kind, int min, int max, java.util.function.Consumer<LadderEvent.Builder> detail) {
            if (stopped) {
                return;
            }
            LocalDate on = last.plusDays(people.between(min, Math.max(min, max)));
            if (on.isAfter(today)) {
                stopped = true;
                return;
            }
            LadderEvent.Builder b = LadderEvent.of(kind, on);
            detail.accept(b);
            steps.add(b.build());
            last = on;
            if (kind == EventKind.ISSUED) {
                number = number(on);
            }
        }

        LadderState state() {
            return LadderState.fold(draft, steps, terms);
        }

        /** The next serial of the document's scheme and year; serials never repeat within a scope. */
        private Numbered number(LocalDate issued) {
            NumberScheme scheme = NumberScheme.of(draft.tier(), type);
            DocumentNumberFormat format = new DocumentNumberFormat(scheme.defaultPattern(), scheme.defaultCode());
            int year = issued.getYear();
            String scope = format.scope(OFFICE_ABBREVIATION, year);
            int serial = serials.merge(scope + year, 1, Integer::sum);
            return new Numbered(format.render(OFFICE_ABBREVIATION, year, serial), scope, year, serial, issued);
        }

        /**
         * Writes the document, its links, copy, escalation from the earlier tier and events; first marks the earlier
         * document escalated on this one's issue day (and writes it), as the ladder does.
         */
        void finish(Batch b) {
            if (earlier != null) {
                LocalDate issued = state().issuedOn();
                if (issued != null && !earlier.state().status().isFinished()) {
                    earlier.steps.add(LadderEvent.of(EventKind.ESCALATED, issued).relatedId(id).build());
                }
                earlier.finish(b);
            }
            LadderState s = state();
            Long recipient = draft.recipientId();
            Long superior = recipient == null ? null : superiors.get(recipient);
            String at = RegisterGenerator.timestamp(draft.draftedOn());
            b.add(Table.RECOMMENDATION, id, people.uuid(), draft.tier().name(), type.name(), draft.businessLine().name(),
                    draft.field().name(), draft.problem(), draft.title(), recipient, superior, draft.stationId(),
                    draft.prosecutorId(), draft.problemSource(), draft.facts(), draft.violation(),
                    String.join("\n", draft.items()), draft.legalBasis(), draft.objectionDays(), draft.urgent(),
                    draft.draftedOn(), s.status().name(), number == null ? null : number.number(), s.issuedOn(), s.servedOn(), s.replyDueOn(),
                    s.repliedOn(), s.replyOutcome() == null ? null : s.replyOutcome().name(),
                    s.rectification() == null ? null : s.rectification().name(), s.returnVisitDueOn(),
                    s.causeAboveRecipient(), s.filedOn(), s.lastEventOn(), at,
                    s.lastEventOn() == null ? at : RegisterGenerator.timestamp(s.lastEventOn()));
            if (superior != null && draft.tier() != Tier.SPECIAL_REPORT) {
                b.add(Table.RECOMMENDATION_COPY, id, superior, 1);
            }
            for (Long matter : linkedCases.stream().distinct().toList()) {
                b.add(Table.RECOMMENDATION_LINK, id, "MATTER", matter);
            }
            if (linkedLead != null) {
                b.add(Table.RECOMMENDATION_LINK, id, "LEAD", linkedLead);
            }
            if (earlier != null) {
                b.add(Table.ESCALATION, id, earlier.id, earlierReason.name());
            }
            for (LadderEvent e : steps) {
                b.add(Table.EVENT, ++events, id, e.kind().name(), e.on(),
                        e.approverKind() == null ? null : e.approverKind().name(), e.person(),
                        e.serviceMethod() == null ? null : e.serviceMethod().name(),
                        e.replyOutcome() == null ? null : e.replyOutcome().name(),
                        e.reviewResult() == null ? null : e.reviewResult().name(), e.visitMethod(),
                        e.rectification() == null ? null : e.rectification().name(),
                        e.kind() == EventKind.RECTIFICATION_VERIFIED ? e.sectorWide() : null,
                        e.kind() == EventKind.RECTIFICATION_VERIFIED ? e.longTermMechanism() : null,
                        e.kind() == EventKind.REPLIED || e.kind() == EventKind.RECTIFICATION_VERIFIED
                                ? e.causeAboveRecipient() : null,
                        e.relatedId(), e.text(), RegisterGenerator.timestamp(e.on()));
            }
            if (number != null) {
                b.add(Table.DOCUMENT_NUMBER, ++numbers, number.number(), number.scope(), number.year(),
                        number.serial(), id, number.issuedOn(), RegisterGenerator.timestamp(number.issuedOn()));
            }
        }
    }
}
