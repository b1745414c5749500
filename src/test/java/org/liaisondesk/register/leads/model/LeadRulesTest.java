package org.liaisondesk.register.leads.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.register.reference.model.SupervisionField;

/** What a lead must satisfy before it is saved, one broken rule at a time. */
class LeadRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

    static Lead.Builder valid() {
        return Lead.builder().receivedOn(RECEIVED).source(LeadSource.GRID_WORKER).field(SupervisionField.MINORS)
                .town("双河街道").village("金桂社区").description("便利店向初中学生出售香烟");
    }

    @Test
    void aPlainLeadAndAFullyWorkedOneAreAccepted() {
        assertEquals(List.of(), LeadRules.check(valid().build(), TODAY));
        Lead worked = valid().reporterName("冯玉梅").reporterPhone("13812341234").rating(4, 3, 5)
                .triage(Triage.REFERRED).triagedOn(RECEIVED.plusDays(3)).referredTo("区市场监管局")
                .fedBackOn(TODAY).feedbackNote("已告知网格员移送情况").build();
        assertEquals(List.of(), LeadRules.check(worked, TODAY));
    }

    static Stream<Arguments> brokenLeads() {
        return Stream.of(
                broken("no received date", b -> b.receivedOn(null), "receivedOn", "common.validation.required"),
                broken("received tomorrow", b -> b.receivedOn(TODAY.plusDays(1)), "receivedOn",
                        "common.validation.notInFuture"),
                broken("no source", b -> b.source(null), "source", "common.validation.required"),
                broken("no field", b -> b.field(null), "field", "common.validation.required"),
                broken("no triage", b -> b.triage(null), "triage", "common.validation.required"),
                broken("blank description", b -> b.description("  "), "description", "common.validation.required"),
                broken("description too long", b -> b.description("线".repeat(LeadRules.MAX_DESCRIPTION_LENGTH + 1)),
                        "description", "common.validation.tooLong"),
                broken("phone with letters", b -> b.reporterPhone("138abc"), "reporterPhone",
                        "common.phone.illegalCharacter"),
                broken("phone too short", b -> b.reporterPhone("138123"), "reporterPhone", "common.phone.wrongLength"),
                broken("problem too long", b -> b.problem("问".repeat(LeadRules.MAX_PROBLEM_LENGTH + 1)), "problem",
                        "leads.validation.problemTooLong"),
                broken("town too long", b -> b.town("镇".repeat(LeadRules.MAX_PLACE_LENGTH + 1)), "town",
                        "common.validation.tooLong"),
                broken("two scores of three", b -> b.rating(4, null, 5), "ratingInvestigability",
                        "leads.validation.ratingIncomplete"),
                broken("last score missing", b -> b.rating(4, 3, null), "ratingValue",
                        "leads.validation.ratingIncomplete"),
                broken("score above five", b -> b.rating(4, 6, 5), "ratingInvestigability", "common.validation.range"),
                broken("score of zero", b -> b.rating(0, 3, 5), "ratingIllegality", "common.validation.range"),
                broken("triaged without date", b -> b.triage(Triage.CASE_OPENED), "triagedOn",
                        "leads.validation.triagedOnRequired"),
                broken("triaged before received", b -> b.triage(Triage.FILED).triagedOn(RECEIVED.minusDays(1)),
                        "triagedOn", "leads.validation.beforeReceived"),
                broken("triaged in the future", b -> b.triage(Triage.FILED).triagedOn(TODAY.plusDays(1)),
                        "triagedOn", "common.validation.notInFuture"),
                broken("referred to nobody", b -> b.triage(Triage.REFERRED).triagedOn(TODAY), "referredTo",
                        "leads.validation.referredToRequired"),
                broken("no action without reason", b -> b.triage(Triage.NO_ACTION).triagedOn(TODAY), "triageReason",
                        "leads.validation.reasonRequired"),
                broken("fed back before received", b -> b.fedBackOn(RECEIVED.minusDays(2)), "fedBackOn",
                        "leads.validation.beforeReceived"),
                broken("fed back in the future", b -> b.fedBackOn(TODAY.plusDays(1)), "fedBackOn",
                        "common.validation.notInFuture"),
                broken("feedback without date", b -> b.feedbackNote("已电话告知"), "fedBackOn",
                        "leads.validation.feedbackDateRequired"));
    }

    private static Arguments broken(String name, UnaryOperator<Lead.Builder> change, String field, String key) {
        return Arguments.of(name, change, field, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLeads")
    void eachBrokenRuleIsReportedOnItsField(String name, UnaryOperator<Lead.Builder> change, String field, String key) {
        List<FieldProblem> problems = LeadRules.check(change.apply(valid()).build(), TODAY);
        assertEquals(List.of(field + " " + key),
                problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
    }

    @Test
    void everyMissingScoreIsNamed() {
        List<FieldProblem> problems = LeadRules.check(valid().rating(null, null, 5).build(), TODAY);
        assertEquals(List.of("ratingIllegality", "ratingInvestigability"),
                problems.stream().map(FieldProblem::field).toList());
    }

    static Stream<Arguments> typedProblems() {
        return Stream.of(
                Arguments.of("占用耕地从事木材加工", "占用耕地从事木材加工"),
                Arguments.of("  向未成年人售烟酒\t", "向未成年人售烟酒"),
                Arguments.of("占用耕地\u3000\u3000从事  木材加工", "占用耕地 从事 木材加工"),
                Arguments.of("河道\u00a0垃圾\n倾倒", "河道 垃圾 倾倒"),
                Arguments.of("\u3000", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @MethodSource("typedProblems")
    void theProblemIsKeptInOneFormWhateverSpacesWereTyped(String typed, String stored) {
        assertEquals(stored, valid().problem(typed).build().problem());
        assertEquals(stored, LeadRules.normalizeProblem(typed));
    }

    @Test
    void aProblemOfThirtyCharactersIsAcceptedAfterItsSpacesAreCollapsed() {
        String thirty = "问".repeat(LeadRules.MAX_PROBLEM_LENGTH);
        assertEquals(List.of(), LeadRules.check(valid().problem(thirty).build(), TODAY));
        assertEquals(List.of(), LeadRules.check(valid().problem("  " + thirty + "\u3000").build(), TODAY));
        assertEquals(List.of("problem"), LeadRules.check(valid().problem(thirty + "问").build(), TODAY).stream()
                .map(FieldProblem::field).toList());
    }

    @Test
    void aPendingLeadNeedsNoDecisionDate() {
        assertEquals(List.of(), LeadRules.check(valid().triage(Triage.PENDING).build(), TODAY));
    }
}
