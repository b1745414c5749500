package org.liaisondesk.register.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.register.reference.model.SupervisionField;

/** What a case must satisfy before it is saved, one rule per row. */
class MatterRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Matter.Builder valid() {
        return Matter.builder().name("清溪村三组河段生活垃圾污染行政公益诉讼案").businessLine(BusinessLine.PUBLIC_INTEREST)
                .field(SupervisionField.ECOLOGY).acceptedOn(TODAY.minusDays(30)).status(MatterStatus.OPEN);
    }

    @Test
    void aCompleteCaseHasNoProblem() {
        assertEquals(List.of(), MatterRules.check(valid().build(), TODAY));
        assertEquals(List.of(), MatterRules.check(valid().status(MatterStatus.CONCLUDED).concludedOn(TODAY)
                .unifiedCode("51018420260310000123456").officeNumber("崇检公益立〔2026〕3号").build(), TODAY));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                row("name blank", b -> b.name("  "), "name", "common.validation.required"),
                row("name too long", b -> b.name("案".repeat(MatterRules.MAX_NAME_LENGTH + 1)), "name",
                        "common.validation.tooLong"),
                row("no business line", b -> b.businessLine(null), "businessLine", "common.validation.required"),
                row("no field", b -> b.field(null), "field", "common.validation.required"),
                row("no status", b -> b.status(null), "status", "common.validation.required"),
                row("problem too long", b -> b.problem("问".repeat(MatterRules.MAX_PROBLEM_LENGTH + 1)), "problem",
                        "cases.validation.problemTooLong"),
                row("no acceptance date", b -> b.acceptedOn(null), "acceptedOn", "common.validation.required"),
                row("accepted tomorrow", b -> b.acceptedOn(TODAY.plusDays(1)), "acceptedOn",
                        "common.validation.notInFuture"),
                row("unified code of 22 digits", b -> b.unifiedCode("5101842026031000012345"), "unifiedCode",
                        "cases.unifiedCode.WRONG_LENGTH"),
                row("unified code with a letter", b -> b.unifiedCode("51018420260310000l23456"), "unifiedCode",
                        "cases.unifiedCode.ILLEGAL_CHARACTER"),
                row("concluded without a date", b -> b.status(MatterStatus.CONCLUDED), "concludedOn",
                        "cases.validation.concludedOnRequired"),
                row("concluded tomorrow", b -> b.status(MatterStatus.CONCLUDED).concludedOn(TODAY.plusDays(1)),
                        "concludedOn", "common.validation.notInFuture"),
                row("concluded before accepted", b -> b.status(MatterStatus.CONCLUDED)
                        .concludedOn(TODAY.minusDays(31)), "concludedOn", "cases.validation.concludedBeforeAccepted"),
                row("open with a date of conclusion", b -> b.concludedOn(TODAY), "concludedOn",
                        "cases.validation.concludedOnOnlyWhenConcluded"),
                row("suspended with a date of conclusion", b -> b.status(MatterStatus.SUSPENDED).concludedOn(TODAY),
                        "concludedOn", "cases.validation.concludedOnOnlyWhenConcluded"),
                row("office number too long", b -> b.officeNumber("号".repeat(MatterRules.MAX_OFFICE_NUMBER_LENGTH + 1)),
                        "officeNumber", "common.validation.tooLong"),
                row("parties too long", b -> b.parties("张".repeat(MatterRules.MAX_PARTIES_LENGTH + 1)), "parties",
                        "common.validation.tooLong"),
                row("summary too long", b -> b.summary("案".repeat(MatterRules.MAX_SUMMARY_LENGTH + 1)), "summary",
                        "common.validation.tooLong"));
    }

    private static Arguments row(String what, UnaryOperator<Matter.Builder> change, String field, String key) {
        return Arguments.of(what, change, field, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void eachRuleNamesItsFieldAndMessage(String what, UnaryOperator<Matter.Builder> change, String field, String key) {
        List<FieldProblem> problems = MatterRules.check(change.apply(valid()).build(), TODAY);
        assertEquals(List.of(field + " " + key), problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "李秀兰、王建军        | 李秀兰、王建军",
            "李秀兰，王建军;赵四   | 李秀兰、王建军、赵四",
            "' 李秀兰 、、 王建军 ' | 李秀兰、王建军",
            "John Smith、李秀兰    | John Smith、李秀兰",
            "''                   | ''",
    })
    void partiesAreStoredSeparatedByTheEnumerationComma(String typed, String stored) {
        assertEquals(stored, MatterRules.normalizeParties(typed));
    }

    static Stream<Arguments> typedProblems() {
        return Stream.of(
                Arguments.of("河道垃圾倾倒", "河道垃圾倾倒"),
                Arguments.of("\t河道垃圾倾倒  ", "河道垃圾倾倒"),
                Arguments.of("占用耕地\u3000从事 \n 木材加工", "占用耕地 从事 木材加工"),
                Arguments.of("\u00a0\u3000", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @MethodSource("typedProblems")
    void theProblemIsKeptInOneFormWhateverSpacesWereTyped(String typed, String stored) {
        assertEquals(stored, valid().problem(typed).build().problem());
        assertEquals(stored, MatterRules.normalizeProblem(typed));
    }

    @Test
    void aProblemOfThirtyCharactersIsAccepted() {
        String thirty = "问".repeat(MatterRules.MAX_PROBLEM_LENGTH);
        assertEquals(List.of(), MatterRules.check(valid().problem(" " + thirty + " ").build(), TODAY));
        assertEquals(List.of("problem"), MatterRules.check(valid().problem(thirty + "题").build(), TODAY).stream()
                .map(FieldProblem::field).toList());
    }

    @Test
    void linksAreKeptOnceAndInOrder() {
        Matter m = valid().links(List.of(new MatterLink(LinkKind.VISIT, 7), new MatterLink(LinkKind.LEAD, 3),
                new MatterLink(LinkKind.VISIT, 7))).build();
        assertEquals(List.of(new MatterLink(LinkKind.LEAD, 3), new MatterLink(LinkKind.VISIT, 7)), m.links());
        assertEquals("LEAD:3", m.links().get(0).key());
        assertEquals(m.links().get(1), MatterLink.parse("VISIT:7"));
        assertTrue(MatterRules.check(m, TODAY).isEmpty());
    }
}
