package org.liaisondesk.register.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 23-digit case code of the unified business system: its form, as typed and pasted. */
class UnifiedCaseCodeTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "51018420260310000123456    | ''",
            "510184 2026 031 0000123456 | ''",
            "510184-2026-031-0000123456 | ''",
            "５１０１８４２０２６０３１００００１２３４５６ | ''",
            "5101842026031000012345     | WRONG_LENGTH",
            "510184202603100001234567   | WRONG_LENGTH",
            "12345                      | WRONG_LENGTH",
            "51018420260310000l23456    | ILLEGAL_CHARACTER",
            "崇检民支受〔2026〕12号       | ILLEGAL_CHARACTER",
            "5101842026031000012345X    | ILLEGAL_CHARACTER",
    })
    void problemsOfTypedCodes(String typed, String expected) {
        Optional<UnifiedCaseCode.Problem> problem = UnifiedCaseCode.problem(typed);
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(UnifiedCaseCode.Problem.valueOf(expected)),
                problem);
        assertEquals(expected.isEmpty(), UnifiedCaseCode.isValid(typed));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "510184 2026 031 0000123456           | 51018420260310000123456",
            "５１０１８４２０２６０３１００００１２３４５６ | 51018420260310000123456",
            "510184-2026\u3000031\u200B0000123456 | 51018420260310000123456",
    })
    void normalisationKeepsOnlyTheDigits(String typed, String stored) {
        assertEquals(stored, UnifiedCaseCode.normalize(typed));
    }

    @ParameterizedTest
    @CsvSource({"ILLEGAL_CHARACTER, cases.unifiedCode.ILLEGAL_CHARACTER", "WRONG_LENGTH, cases.unifiedCode.WRONG_LENGTH"})
    void everyProblemNamesItsMessage(UnifiedCaseCode.Problem problem, String key) {
        assertEquals(key, problem.messageKey());
    }
}
