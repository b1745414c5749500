package org.liaisondesk.register.work.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.register.work.WorkFixtures;

class WorkRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate DAY = TODAY.minusDays(10);

    private static WorkActivity.Builder valid(WorkKind kind) {
        return WorkFixtures.valid(kind, null, null, DAY, "活动");
    }

    private static List<String> fields(WorkActivity a) {
        return WorkRules.check(a, TODAY).stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(WorkActivity a) {
        return WorkRules.check(a, TODAY).stream().map(FieldProblem::messageKey).toList();
    }

    @ParameterizedTest
    @EnumSource(WorkKind.class)
    void theFixtureOfEveryKindIsValid(WorkKind kind) {
        assertEquals(List.of(), WorkRules.check(valid(kind).build(), TODAY));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("no date", WorkKind.PUBLICITY, b -> b.heldOn(null), "heldOn", "common.validation.required"),
                refusal("tomorrow", WorkKind.PUBLICITY, b -> b.heldOn(TODAY.plusDays(1)), "heldOn", "common.validation.notInFuture"),
                refusal("no title", WorkKind.HEARING, b -> b.title("  "), "title", "common.validation.required"),
                refusal("long title", WorkKind.HEARING, b -> b.title("题".repeat(201)), "title", "common.validation.tooLong"),
                refusal("no kind", WorkKind.HEARING, b -> b.kind(null), "kind", "common.validation.required"),
                refusal("mediation without parties", WorkKind.MEDIATION, b -> b.parties(""), "parties", "common.validation.required"),
                refusal("long outcome", WorkKind.MEDIATION, b -> b.outcome("果".repeat(2001)), "outcome", "common.validation.tooLong"),
                refusal("aid without applicant", WorkKind.JUDICIAL_AID, b -> b.applicantName(""), "applicantName", "common.validation.required"),
                refusal("aid with a wrong ID", WorkKind.JUDICIAL_AID, b -> b.applicantIdNumber("130402198207290622"),
                        "applicantIdNumber", "common.idnumber.wrongCheckCharacter"),
                refusal("aid without approval", WorkKind.JUDICIAL_AID, b -> b.amountApprovedFen(null).amountPaidFen(null),
                        "amountApprovedFen", "common.validation.required"),
                refusal("paid over approved", WorkKind.JUDICIAL_AID, b -> b.amountApprovedFen(100L).amountPaidFen(101L),
                        "amountPaidFen", "work.validation.paidOverApproved"),
                refusal("negative approval", WorkKind.JUDICIAL_AID, b -> b.amountApprovedFen(-1L).amountPaidFen(null),
                        "amountApprovedFen", "common.money.negative"),
                refusal("negative payment", WorkKind.JUDICIAL_AID, b -> b.amountPaidFen(-1L),
                        "amountPaidFen", "common.money.negative"),
                refusal("hearing without type", WorkKind.HEARING, b -> b.hearingType(""), "hearingType", "common.validation.required"),
                refusal("publicity without topic", WorkKind.PUBLICITY, b -> b.topic(""), "topic", "common.validation.required"),
                refusal("negative audience", WorkKind.PUBLICITY, b -> b.audienceCount(-1), "audienceCount", "common.validation.range"),
                refusal("service without suspect", WorkKind.COMMUNITY_SERVICE, b -> b.parties(""), "parties", "common.validation.required"),
                refusal("service without hours", WorkKind.COMMUNITY_SERVICE, b -> b.hoursAgreed(null), "hoursAgreed", "common.validation.required"),
                refusal("service of zero hours", WorkKind.COMMUNITY_SERVICE, b -> b.hoursAgreed(0), "hoursAgreed", "common.validation.range"),
                refusal("session of 25 hours", WorkKind.COMMUNITY_SERVICE,
                        b -> b.serviceLog(List.of(ServiceSession.of(DAY, 25, ""))), "serviceLog", "work.validation.sessionHours"),
                refusal("session of 0 hours", WorkKind.COMMUNITY_SERVICE,
                        b -> b.serviceLog(List.of(ServiceSession.of(DAY, 0, ""))), "serviceLog", "work.validation.sessionHours"),
                refusal("session before the start", WorkKind.COMMUNITY_SERVICE,
                        b -> b.serviceLog(List.of(ServiceSession.of(DAY.minusDays(1), 4, ""))), "serviceLog",
                        "work.validation.sessionBeforeStart"),
                refusal("session tomorrow", WorkKind.COMMUNITY_SERVICE,
                        b -> b.serviceLog(List.of(ServiceSession.of(TODAY.plusDays(1), 4, ""))), "serviceLog",
                        "work.validation.sessionInFuture"),
                refusal("session without date", WorkKind.COMMUNITY_SERVICE,
                        b -> b.serviceLog(List.of(ServiceSession.of(null, 4, ""))), "serviceLog",
                        "work.validation.sessionDateRequired"));
    }

    private static Arguments refusal(String name, WorkKind kind, UnaryOperator<WorkActivity.Builder> change,
                                     String field, String key) {
        return Arguments.of(name, kind, change, field, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithOneProblemOnTheField(String name, WorkKind kind, UnaryOperator<WorkActivity.Builder> change,
                                         String field, String key) {
        WorkActivity a = change.apply(valid(kind)).build();
        assertEquals(List.of(field), fields(a));
        assertEquals(List.of(key), keys(a));
    }

    @ParameterizedTest(name = "{0} does not check fields of other kinds")
    @EnumSource(value = WorkKind.class, names = {"PUBLICITY", "HEARING", "NON_PROSECUTION_ANNOUNCEMENT", "CIRCUIT_TRIAL"})
    void onlyTheKindsOwnFieldsAreChecked(WorkKind kind) {
        WorkActivity a = valid(kind).applicantIdNumber("bad").amountApprovedFen(1L).amountPaidFen(5L)
                .serviceLog(List.of(ServiceSession.of(null, 99, ""))).build();
        assertEquals(List.of(), WorkRules.check(a, TODAY));
    }

    @Test
    void aSessionProblemNamesItsLine() {
        WorkActivity a = valid(WorkKind.COMMUNITY_SERVICE).serviceLog(List.of(ServiceSession.of(DAY, 4, ""),
                ServiceSession.of(DAY, 30, ""), ServiceSession.of(null, 4, ""))).build();
        List<FieldProblem> problems = WorkRules.check(a, TODAY);
        assertEquals(1, problems.size(), "the first faulty session is reported");
        assertEquals(2, problems.get(0).args()[0]);
    }

    @Test
    void paidEqualToApprovedAndNothingPaidYetAreFine() {
        assertEquals(List.of(), fields(valid(WorkKind.JUDICIAL_AID).amountApprovedFen(500L).amountPaidFen(500L).build()));
        assertEquals(List.of(), fields(valid(WorkKind.JUDICIAL_AID).amountPaidFen(null).build()));
    }

    @Test
    void otherKindsFieldsAreEmptiedForStorage() {
        WorkActivity a = valid(WorkKind.PUBLICITY).parties("张三").resolved(true).amountApprovedFen(5L)
                .panel(List.of(new PanelMember(1, "李四", "听证员"))).serviceLog(List.of(ServiceSession.of(DAY, 4, "")))
                .hoursAgreed(3).build().withOnlyKindFields();
        assertEquals("", a.parties());
        assertNull(a.resolved());
        assertNull(a.amountApprovedFen());
        assertNull(a.hoursAgreed());
        assertTrue(a.panel().isEmpty());
        assertTrue(a.serviceLog().isEmpty());
        assertEquals("防范校园欺凌", a.topic());
        assertEquals(320, a.audienceCount());
        assertEquals("双河小学", a.place(), "common fields stay");
    }

    @Test
    void hoursDoneAddUpTheLog() {
        assertEquals(10, valid(WorkKind.COMMUNITY_SERVICE).build().hoursDone());
    }

    @Test
    void anApplicantUnder18MakesTheActivityInvolveAMinor() {
        // born 2012-05-01: 14 years old on the activity's day
        String minor = "51018420120501123";
        String id = minor + ChineseIdNumber.checkCharacter(minor);
        assertTrue(WorkRules.idShowsMinor(valid(WorkKind.JUDICIAL_AID).applicantIdNumber(id).build()));
        assertFalse(WorkRules.idShowsMinor(valid(WorkKind.JUDICIAL_AID).applicantIdNumber("11010519491231002X").build()));
        assertFalse(WorkRules.idShowsMinor(valid(WorkKind.JUDICIAL_AID).applicantIdNumber("").build()));
    }

    @ParameterizedTest
    @EnumSource(WorkRules.SessionProblem.class)
    void everySessionProblemHasBothTextsInBothBundles(WorkRules.SessionProblem problem) throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            assertNotNull(p.getProperty(problem.lineKey()), problem.lineKey() + " in " + file);
            assertNotNull(p.getProperty(problem.inputKey()), problem.inputKey() + " in " + file);
        }
    }

    @Test
    void theKindsFieldsAreTheOnesTheBriefNames() {
        assertEquals(List.of("parties", "mediator", "channel", "outcome", "resolved"), WorkKind.MEDIATION.fields());
        assertEquals(List.of("parties", "hoursAgreed", "serviceLog", "assessment"), WorkKind.COMMUNITY_SERVICE.fields());
        assertTrue(WorkKind.HEARING.uses("panel"));
        assertFalse(WorkKind.PUBLICITY.uses("parties"));
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = WorkRulesTest.class.getResourceAsStream("/org/liaisondesk/i18n/" + file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
