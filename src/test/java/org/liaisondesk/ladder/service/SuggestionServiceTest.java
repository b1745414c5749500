package org.liaisondesk.ladder.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.data.SuggestionRepository;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.Suggestion;
import org.liaisondesk.ladder.model.SuggestionDismissal;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.testsupport.TestRegister;

/** The escalation suggestions on a real register: each rule fires exactly when it should, once, until dismissed. */
class SuggestionServiceTest {
    static final String TIMBER = "占用耕地从事木材加工";
    static final LocalDate TODAY = TestRegister.TODAY;

    @TempDir
    Path dir;
    LadderFixture f;
    LeadService leads;
    SuggestionService service;
    long district;
    long bureau;
    long town;
    long village;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        f = new LadderFixture(dir);
        f.settings.setUserName("测试员");
        leads = new LeadService(f.reg.db, new LeadRepository(f.reg.audit), f.reg.stations, f.reg.prosecutors,
                new LiaisonRepository(f.reg.audit), TestRegister.CLOCK);
        service = new SuggestionService(f.reg.db, new SuggestionRepository(f.reg.audit), f.ladder, () -> f.settings,
                TestRegister.CLOCK);
        district = f.recipient("清溪区人民政府", null);
        bureau = f.recipient("清溪区自然资源局", district);
        town = f.recipient("清溪镇人民政府", district);
        village = f.recipient("清溪村村民委员会", town);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    long matter(String name, LocalDate acceptedOn, String problem) {
        return matter(name, acceptedOn, problem, SupervisionField.LAND, List.of());
    }

    long matter(String name, LocalDate acceptedOn, String problem, SupervisionField field, List<Long> fromLeads) {
        return f.matters.save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST).field(field).name(name)
                .problem(problem).acceptedOn(acceptedOn)
                .links(fromLeads.stream().map(id -> new MatterLink(LinkKind.LEAD, id)).toList()).build()).id();
    }

    long lead(LocalDate receivedOn, String problem) {
        return lead(receivedOn, problem, SupervisionField.LAND);
    }

    long lead(LocalDate receivedOn, String problem, SupervisionField field) {
        return leads.save(Lead.builder().receivedOn(receivedOn).source(LeadSource.GRID_WORKER).field(field)
                .problem(problem).town("清溪镇").village("清溪村").description("网格员报告：村口木材加工厂占用基本农田堆放原木")
                .build()).id();
    }

    void ladderSettings(Consumer<org.liaisondesk.settings.model.LadderSettings> change) {
        org.liaisondesk.settings.model.LadderSettings ladder = f.settings.getLadder();
        change.accept(ladder);
        f.settings.setLadder(ladder);
    }

    List<Suggestion> of(SuggestionRule rule) {
        return service.suggestions(TODAY).stream().filter(s -> s.rule() == rule).toList();
    }

    // ---------------------------------------------------------------- class-case rule

    static Arguments classCase(String name, Consumer<SuggestionServiceTest> setup, int expectedRecords) {
        return Arguments.of(name, setup, expectedRecords);
    }

    static Stream<Arguments> classCases() {
        LocalDate recent = TODAY.minusMonths(2);
        return Stream.of(
                classCase("two records are not enough", t -> {
                    t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                }, 0),
                classCase("three records across cases and leads", t -> {
                    t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    t.matter("乙木材厂占用耕地案", recent.minusDays(3), TIMBER);
                    t.lead(recent, TIMBER);
                }, 3),
                classCase("the first day of the window counts", t -> {
                    t.matter("甲木材厂占用耕地案", TODAY.minusMonths(12), TIMBER);
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                }, 3),
                classCase("thirteen months ago is outside the window", t -> {
                    t.matter("甲木材厂占用耕地案", TODAY.minusMonths(13), TIMBER);
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                }, 0),
                classCase("a deleted record does not count", t -> {
                    long gone = t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                    t.f.matters.delete(List.of(gone));
                }, 0),
                classCase("another problem or another field is another group", t -> {
                    t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    t.matter("乙养殖场占用耕地案", recent, "占用耕地建养殖场");
                    t.lead(recent, TIMBER, SupervisionField.ECOLOGY);
                    t.lead(recent, TIMBER);
                }, 0),
                classCase("a problem typed with spaces around it is the same problem", t -> {
                    t.matter("甲木材厂占用耕地案", recent, "  " + TIMBER + " ");
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER + "\u3000");
                }, 3),
                classCase("a lead and the case it became count once", t -> {
                    long l = t.lead(recent, TIMBER);
                    t.matter("甲木材厂占用耕地案", recent, TIMBER, SupervisionField.LAND, List.of(l));
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                }, 0),
                classCase("a lead whose case has another problem counts", t -> {
                    long l = t.lead(recent, TIMBER);
                    t.matter("甲木材厂非法采砂案", recent, "非法采砂", SupervisionField.LAND, List.of(l));
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                }, 3),
                classCase("records cited by a live class-case recommendation are not counted again", t -> {
                    long a = t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    long b = t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                    t.f.ladder.save(t.classDraft(t.bureau, a, b).build());
                }, 0),
                classCase("citing by an individual recommendation does not stop the count", t -> {
                    long a = t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                    t.f.ladder.save(t.f.completeDraft(t.town, a).build());
                }, 3),
                classCase("a deleted class-case draft cites nothing", t -> {
                    long a = t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    long b = t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                    long draft = t.f.ladder.save(t.classDraft(t.bureau, a, b).build()).id();
                    t.f.ladder.delete(List.of(draft));
                }, 3),
                classCase("the threshold is a setting", t -> {
                    t.ladderSettings(l -> l.setClassCaseThreshold(2));
                    t.matter("甲木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                }, 2),
                classCase("the window is a setting", t -> {
                    t.ladderSettings(l -> l.setClassCaseWindowMonths(24));
                    t.matter("甲木材厂占用耕地案", TODAY.minusMonths(13), TIMBER);
                    t.matter("乙木材厂占用耕地案", recent, TIMBER);
                    t.lead(recent, TIMBER);
                }, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classCases")
    void classCaseFiresExactlyWhenItShould(String name, Consumer<SuggestionServiceTest> setup, int expectedRecords) {
        setup.accept(this);
        List<Suggestion> found = of(SuggestionRule.CLASS_CASE);
        if (expectedRecords == 0) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(1, found.size(), "one suggestion, not one per record");
            assertEquals(expectedRecords, found.get(0).evidence().size());
            assertEquals(TIMBER, found.get(0).problem());
        }
    }

    org.liaisondesk.ladder.model.Recommendation.Builder classDraft(long recipient, long... matters) {
        return f.ladder.newDraft(Tier.CLASS).type(RecommendationType.SOCIAL_GOVERNANCE)
                .businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.LAND).problem(TIMBER)
                .title("关于系统治理占用耕地从事木材加工问题的检察建议").recipientId(recipient)
                .links(java.util.Arrays.stream(matters).mapToObj(RecordLink::matter).toList())
                .facts("经查，辖区内多家木材加工厂占用耕地。").violation("违反《土地管理法》第三十七条")
                .items(List.of("开展专项整治", "建立长效机制")).draftedOn(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aClassCaseSuggestionSaysWhyInPlainChineseAndListsItsEvidenceOnce() {
        long a = matter("甲木材厂占用耕地案", LocalDate.of(2026, 9, 1), TIMBER);
        long l = lead(LocalDate.of(2026, 10, 8), TIMBER);
        long b = matter("乙木材厂占用耕地案", LocalDate.of(2026, 10, 8), TIMBER);
        List<Suggestion> found = service.suggestions(TODAY);
        assertEquals(1, found.size());
        Suggestion s = found.get(0);
        assertEquals("近 12 个月内有 3 件“占用耕地从事木材加工”（国土资源/耕地保护）案件或线索，建议制发类案检察建议，督促行业主管部门系统治理",
                s.reason());
        assertEquals("MATTER:" + a + ",MATTER:" + b + ",LEAD:" + l, s.evidenceKey());
        assertEquals(List.of(a, b, l), s.evidence().stream().map(e -> e.id()).toList(), "oldest first, case before lead");
        assertEquals(Tier.CLASS, s.targetTier());
        assertNull(s.escalationReason());
        assertNull(s.draft().recipientId(), "no regulator known yet");
        assertEquals(List.of(RecordLink.matter(a), RecordLink.matter(b), RecordLink.lead(l)), s.draft().links());
        assertEquals(service.suggestions(TODAY), found, "asking again gives the same, not a second one");
    }

    @Test
    void aDismissedSuggestionStaysAwayUntilNewEvidenceComes() {
        matter("甲木材厂占用耕地案", LocalDate.of(2026, 9, 1), TIMBER);
        matter("乙木材厂占用耕地案", LocalDate.of(2026, 9, 2), TIMBER);
        lead(LocalDate.of(2026, 9, 3), TIMBER);
        Suggestion s = of(SuggestionRule.CLASS_CASE).get(0);

        UserFacingException noReason = assertThrows(UserFacingException.class, () -> service.dismiss(s, "  "));
        assertEquals("ladder.suggest.reasonRequired", noReason.messageKey());
        assertEquals(List.of(s), of(SuggestionRule.CLASS_CASE), "a refused dismissal changes nothing");

        service.dismiss(s, "已移送区自然资源局统一处理");
        assertEquals(List.of(), of(SuggestionRule.CLASS_CASE));
        assertEquals(List.of(new SuggestionDismissal(SuggestionRule.CLASS_CASE, s.evidenceKey(), "已移送区自然资源局统一处理",
                TODAY, "测试员")), service.dismissals());
        service.dismiss(s, "再次不采纳");
        assertEquals(1, service.dismissals().size(), "dismissing twice keeps the first");

        long fourth = lead(LocalDate.of(2026, 11, 1), TIMBER);
        List<Suggestion> again = of(SuggestionRule.CLASS_CASE);
        assertEquals(1, again.size(), "a fourth record is new evidence");
        assertEquals(4, again.get(0).evidence().size());
        assertTrue(again.get(0).evidenceKey().endsWith("LEAD:" + fourth));

        service.undoDismiss(SuggestionRule.CLASS_CASE, s.evidenceKey());
        assertEquals(List.of(), service.dismissals());
    }

    @Test
    void acceptingAClassCaseSavesTheDraftToTheRegulatorWithTheRecordsLinked() {
        long a = matter("甲木材厂占用耕地案", LocalDate.of(2026, 9, 1), TIMBER);
        long b = matter("乙木材厂占用耕地案", LocalDate.of(2026, 9, 2), TIMBER);
        long l = lead(LocalDate.of(2026, 9, 3), TIMBER);
        Suggestion unknown = of(SuggestionRule.CLASS_CASE).get(0);
        assertEquals("ladder.suggest.noRecipient",
                assertThrows(UserFacingException.class, () -> service.accept(unknown)).messageKey());

        long other = matter("丙案", LocalDate.of(2025, 1, 1), "");
        f.ladder.save(classDraft(bureau, other, other).build());
        Suggestion s = of(SuggestionRule.CLASS_CASE).get(0);
        assertEquals(bureau, s.draft().recipientId(), "the recipient of earlier class-case recommendations of the field");
        assertEquals("清溪区自然资源局", s.targetName());

        RecommendationDetail d = service.accept(s);
        assertEquals(Tier.CLASS, d.recommendation().tier());
        assertEquals(bureau, d.recommendation().recipientId());
        assertEquals(district, d.recommendation().superiorId(), "the superior defaults to the recipient's");
        assertEquals(List.of(RecordLink.matter(a), RecordLink.matter(b), RecordLink.lead(l)), d.recommendation().links());
        assertEquals(TIMBER, d.recommendation().problem());
        assertTrue(d.recommendation().facts().contains("甲木材厂占用耕地案"), d.recommendation().facts());
        assertEquals(List.of(), of(SuggestionRule.CLASS_CASE), "the records are cited now");
        assertEquals("ladder.suggest.gone",
                assertThrows(UserFacingException.class, () -> service.accept(s)).messageKey(), "not twice");
    }

    @Test
    void aRecipientChosenByTheUserAddressesTheDraft() {
        matter("甲木材厂占用耕地案", LocalDate.of(2026, 9, 1), TIMBER);
        matter("乙木材厂占用耕地案", LocalDate.of(2026, 9, 2), TIMBER);
        lead(LocalDate.of(2026, 9, 3), TIMBER);
        assertTrue(service.recipientChoices().stream().anyMatch(r -> r.id() == bureau));
        RecommendationDetail d = service.accept(of(SuggestionRule.CLASS_CASE).get(0), bureau);
        assertEquals(bureau, d.recommendation().recipientId());
    }

    // ---------------------------------------------------------------- the ladder rules on real documents

    /** A served social-governance individual recommendation to {@code recipient}: reply due 2026-03-09. */
    long servedIndividual(long recipient, RecommendationType type) {
        long m = matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1), "");
        return f.served(f.completeDraft(recipient, m).type(type).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)).id();
    }

    long servedClass(long recipient) {
        long a = matter("甲案", LocalDate.of(2025, 12, 1), "");
        long b = matter("乙案", LocalDate.of(2025, 12, 2), "");
        return f.served(classDraft(recipient, a, b).build(), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7),
                LocalDate.of(2026, 1, 8)).id();
    }

    void record(long id, LadderEvent.Builder event) {
        f.ladder.record(id, event.build());
    }

    static LadderEvent.Builder replied(ReplyOutcome outcome) {
        return LadderEvent.of(EventKind.REPLIED, LocalDate.of(2026, 3, 2)).replyOutcome(outcome).text("书面回复");
    }

    static LadderEvent.Builder verified(Rectification r, LocalDate on) {
        return LadderEvent.of(EventKind.RECTIFICATION_VERIFIED, on).rectification(r);
    }

    record Expected(SuggestionRule rule, Tier target, EscalationReason reason) {
    }

    static Arguments ladderCase(String name, java.util.function.ToLongFunction<SuggestionServiceTest> setup,
                                Expected... expected) {
        return Arguments.of(name, setup, List.of(expected));
    }

    static Stream<Arguments> ladderCases() {
        RecommendationType social = RecommendationType.SOCIAL_GOVERNANCE;
        return Stream.of(
                ladderCase("overdue without reply", t -> t.servedIndividual(t.town, social),
                        new Expected(SuggestionRule.NEXT_TIER, Tier.CLASS, EscalationReason.NOT_REPLIED)),
                ladderCase("not adopted", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, replied(ReplyOutcome.NOT_ADOPTED));
                    return id;
                }, new Expected(SuggestionRule.NEXT_TIER, Tier.CLASS, EscalationReason.NOT_ADOPTED)),
                ladderCase("adopted and rectified", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, replied(ReplyOutcome.ADOPTED));
                    t.record(id, verified(Rectification.DONE, LocalDate.of(2026, 4, 10)));
                    return id;
                }),
                ladderCase("adopted, found not rectified", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, replied(ReplyOutcome.ADOPTED));
                    t.record(id, verified(Rectification.NONE, LocalDate.of(2026, 4, 10)));
                    return id;
                }, new Expected(SuggestionRule.NEXT_TIER, Tier.CLASS, EscalationReason.NOT_RECTIFIED)),
                ladderCase("partial, follow-up visit not yet due", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, replied(ReplyOutcome.ADOPTED));
                    t.record(id, verified(Rectification.PARTIAL, LocalDate.of(2026, 11, 20)));
                    return id;
                }),
                ladderCase("partial, follow-up visit overdue", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, replied(ReplyOutcome.ADOPTED));
                    t.record(id, verified(Rectification.PARTIAL, LocalDate.of(2026, 4, 10)));
                    return id;
                }, new Expected(SuggestionRule.NEXT_TIER, Tier.CLASS, EscalationReason.NOT_RECTIFIED)),
                ladderCase("objection rejected, then no reply", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, LadderEvent.of(EventKind.OBJECTION_RAISED, LocalDate.of(2026, 1, 12)).text("认为事实不清"));
                    t.record(id, LadderEvent.of(EventKind.OBJECTION_REVIEWED, LocalDate.of(2026, 1, 20))
                            .reviewResult(ReviewResult.REJECTED).text("事实清楚，证据充分"));
                    return id;
                }, new Expected(SuggestionRule.NEXT_TIER, Tier.CLASS, EscalationReason.OBJECTION_REJECTED)),
                ladderCase("cause above the recipient", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, replied(ReplyOutcome.ADOPTED).causeAboveRecipient(true));
                    return id;
                }, new Expected(SuggestionRule.SPECIAL_REPORT, Tier.SPECIAL_REPORT,
                        EscalationReason.CAUSE_ABOVE_RECIPIENT)),
                ladderCase("closed", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.record(id, replied(ReplyOutcome.NOT_ADOPTED));
                    t.record(id, LadderEvent.of(EventKind.CLOSED, LocalDate.of(2026, 4, 1)));
                    return id;
                }),
                ladderCase("class-case not rectified: a special report, once", t -> {
                    long id = t.servedClass(t.bureau);
                    t.record(id, replied(ReplyOutcome.ADOPTED));
                    t.record(id, verified(Rectification.NONE, LocalDate.of(2026, 5, 10)));
                    return id;
                }, new Expected(SuggestionRule.SPECIAL_REPORT, Tier.SPECIAL_REPORT, EscalationReason.NOT_RECTIFIED)),
                ladderCase("class-case not adopted: the next tier is the report", t -> {
                    long id = t.servedClass(t.bureau);
                    t.record(id, replied(ReplyOutcome.NOT_ADOPTED));
                    return id;
                }, new Expected(SuggestionRule.NEXT_TIER, Tier.SPECIAL_REPORT, EscalationReason.NOT_ADOPTED)),
                ladderCase("public interest overdue: a lawsuit, not the next tier",
                        t -> t.servedIndividual(t.town, RecommendationType.PUBLIC_INTEREST),
                        new Expected(SuggestionRule.LAWSUIT, null, EscalationReason.NOT_REPLIED)),
                ladderCase("public interest, lawsuit filed", t -> {
                    long id = t.servedIndividual(t.town, RecommendationType.PUBLIC_INTEREST);
                    t.record(id, LadderEvent.of(EventKind.LAWSUIT_FILED, LocalDate.of(2026, 4, 1)));
                    return id;
                }),
                ladderCase("a deleted later draft does not count as escalating it", t -> {
                    long id = t.servedIndividual(t.town, social);
                    long later = t.f.ladder.save(t.classDraft(t.district, t.matter("丁案", LocalDate.of(2026, 1, 1), ""),
                            t.matter("戊案", LocalDate.of(2026, 1, 1), ""))
                            .escalatesFrom(List.of(new Escalation(id, EscalationReason.NOT_REPLIED))).build()).id();
                    t.f.ladder.delete(List.of(later));
                    return id;
                }, new Expected(SuggestionRule.NEXT_TIER, Tier.CLASS, EscalationReason.NOT_REPLIED)),
                ladderCase("a live later draft already escalates it", t -> {
                    long id = t.servedIndividual(t.town, social);
                    t.f.ladder.save(t.classDraft(t.district, t.matter("丁案", LocalDate.of(2026, 1, 1), ""),
                            t.matter("戊案", LocalDate.of(2026, 1, 1), ""))
                            .escalatesFrom(List.of(new Escalation(id, EscalationReason.NOT_REPLIED))).build());
                    return id;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ladderCases")
    void ladderRulesFireExactlyWhenTheyShould(String name, java.util.function.ToLongFunction<SuggestionServiceTest> setup,
                                             List<Expected> expected) {
        long id = setup.applyAsLong(this);
        List<Expected> found = service.suggestions(TODAY).stream()
                .filter(s -> s.recommendationId() != null && s.recommendationId() == id)
                .map(s -> new Expected(s.rule(), s.targetTier(), s.escalationReason())).toList();
        assertEquals(expected, found);
    }

    @Test
    void anIndividualRecommendationIsNotOverdueOnItsDueDay() {
        long id = servedIndividual(town, RecommendationType.SOCIAL_GOVERNANCE);
        assertEquals(List.of(), service.suggestions(LocalDate.of(2026, 3, 9)));
        Suggestion s = service.suggestions(LocalDate.of(2026, 3, 10)).get(0);
        assertEquals(id, s.recommendationId());
        assertEquals("崇检社建〔2026〕1号个案检察建议回复期限 2026年3月9日 已过仍未回复，建议升级为类案检察建议，向清溪区人民政府制发",
                s.reason());
    }

    @Test
    void acceptingTheNextTierDraftsAClassCaseToTheSuperiorEscalatingFromTheEarlierOne() {
        long id = servedIndividual(town, RecommendationType.SOCIAL_GOVERNANCE);
        RecordLink link = f.ladder.find(id).orElseThrow().recommendation().links().get(0);
        Suggestion s = of(SuggestionRule.NEXT_TIER).get(0);
        RecommendationDetail d = service.accept(s);
        assertEquals(Tier.CLASS, d.recommendation().tier());
        assertEquals(district, d.recommendation().recipientId(), "the town's superior");
        assertEquals(List.of(new Escalation(id, EscalationReason.NOT_REPLIED)), d.recommendation().escalatesFrom());
        assertEquals(List.of(link), d.recommendation().links());
        assertEquals(RecommendationType.SOCIAL_GOVERNANCE, d.recommendation().type());
        assertTrue(d.recommendation().facts().startsWith("本院于 2026年1月8日 向清溪镇人民政府送达崇检社建〔2026〕1号"),
                d.recommendation().facts());
        assertEquals(List.of(), of(SuggestionRule.NEXT_TIER), "a live later draft escalates it now");
    }

    @Test
    void withoutASuperiorTheClassCaseGoesToTheSameRecipient() {
        servedIndividual(district, RecommendationType.SOCIAL_GOVERNANCE);
        assertEquals(district, service.accept(of(SuggestionRule.NEXT_TIER).get(0)).recommendation().recipientId());
    }

    @Test
    void aSpecialReportGoesToTheTopOfTheRecipientsChain() {
        long id = servedClass(village);
        record(id, replied(ReplyOutcome.ADOPTED));
        record(id, verified(Rectification.NONE, LocalDate.of(2026, 5, 10)));
        List<Suggestion> found = service.suggestions(TODAY);
        assertEquals(1, found.size(), "shown once, as a special report");
        RecommendationDetail d = service.accept(found.get(0));
        assertEquals(Tier.SPECIAL_REPORT, d.recommendation().tier());
        assertEquals(district, d.recommendation().recipientId(), "village → town → district");
        assertEquals(List.of(new Escalation(id, EscalationReason.NOT_RECTIFIED)), d.recommendation().escalatesFrom());
        assertEquals(2, d.recommendation().links().size());
    }

    @Test
    void aCauseAboveTheRecipientDraftsAReportWithThatReason() {
        long id = servedIndividual(village, RecommendationType.SOCIAL_GOVERNANCE);
        record(id, replied(ReplyOutcome.ADOPTED).causeAboveRecipient(true));
        RecommendationDetail d = service.accept(of(SuggestionRule.SPECIAL_REPORT).get(0));
        assertEquals(List.of(new Escalation(id, EscalationReason.CAUSE_ABOVE_RECIPIENT)),
                d.recommendation().escalatesFrom());
        assertEquals(district, d.recommendation().recipientId());
    }

    @Test
    void acceptingALawsuitOpensTheRecommendationAndRecordsNothing() {
        long id = servedIndividual(town, RecommendationType.PUBLIC_INTEREST);
        Suggestion s = of(SuggestionRule.LAWSUIT).get(0);
        assertNull(s.draft());
        assertTrue(s.reason().endsWith("建议依法提起公益诉讼"), s.reason());
        long before = f.ladder.countLive();
        int events = f.ladder.find(id).orElseThrow().events().size();
        RecommendationDetail d = service.accept(s);
        assertEquals(id, d.id());
        assertEquals(before, f.ladder.countLive());
        assertEquals(events, f.ladder.find(id).orElseThrow().events().size());
        assertEquals(1, of(SuggestionRule.LAWSUIT).size(), "it stands until the lawsuit is recorded");
        f.ladder.record(id, LadderEvent.of(EventKind.LAWSUIT_FILED, TODAY).build());
        assertEquals(List.of(), of(SuggestionRule.LAWSUIT));
    }

    @Test
    void aDismissedStepComesBackWhenTheReasonChanges() {
        long id = servedIndividual(town, RecommendationType.SOCIAL_GOVERNANCE);
        service.dismiss(of(SuggestionRule.NEXT_TIER).get(0), "已电话督促，对方承诺尽快回复");
        assertEquals(List.of(), service.suggestions(TODAY));
        record(id, replied(ReplyOutcome.NOT_ADOPTED));
        Suggestion again = of(SuggestionRule.NEXT_TIER).get(0);
        assertEquals(EscalationReason.NOT_ADOPTED, again.escalationReason());
    }
}
