package org.liaisondesk.ladder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Document numbers (文号): rendering, the scope that shares serials, and what is wrong with a pattern. */
class DocumentNumberFormatTest {
    static final String DEFAULT = "{院简称}检{代字}建〔{年}〕{序号}号";

    static Stream<Arguments> rendered() {
        return Stream.of(
                Arguments.of(DEFAULT, "", "崇", 2024, 3, "崇检建〔2024〕3号"),
                Arguments.of(DEFAULT, "公", "崇", 2026, 1, "崇检公建〔2026〕1号"),
                Arguments.of(DEFAULT, "民", "清", 2025, 12, "清检民建〔2025〕12号"),
                Arguments.of(DEFAULT, " 社 ", " 崇 ", 2026, 105, "崇检社建〔2026〕105号"),
                Arguments.of("{院简称}检{代字}报〔{年}〕{序号}号", "", "崇", 2026, 2, "崇检报〔2026〕2号"),
                Arguments.of("{年}年第{序号}号", "", "崇", 2026, 7, "2026年第7号"));
    }

    @ParameterizedTest(name = "{0} + {1} → {5}")
    @MethodSource("rendered")
    void rendersWithoutLeadingZeros(String pattern, String code, String office, int year, int serial, String expected) {
        assertEquals(expected, new DocumentNumberFormat(pattern, code).render(office, year, serial));
    }

    @Test
    void aSerialMustBePositive() {
        DocumentNumberFormat f = new DocumentNumberFormat(DEFAULT, "公");
        assertThrows(IllegalArgumentException.class, () -> f.render("崇", 2026, 0));
    }

    @Test
    void theScopeLeavesTheSerialOutSoThatEqualScopesShareSerials() {
        DocumentNumberFormat publicInterest = new DocumentNumberFormat(DEFAULT, "公");
        assertEquals("崇检公建〔2026〕#号", publicInterest.scope("崇", 2026));
        assertEquals(publicInterest.scope("崇", 2026), new DocumentNumberFormat(DEFAULT, "公").scope("崇", 2026),
                "two schemes with the same pattern and code number together");
        assertNotEquals(publicInterest.scope("崇", 2026), publicInterest.scope("崇", 2027), "serials restart each year");
        assertNotEquals(publicInterest.scope("崇", 2026), new DocumentNumberFormat(DEFAULT, "民").scope("崇", 2026));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(DEFAULT, List.of()),
                Arguments.of("{年}第{序号}号", List.of()),
                Arguments.of("", List.of("ladder.number.empty")),
                Arguments.of("   ", List.of("ladder.number.empty")),
                Arguments.of("{院简称}检{代号}建〔{年}〕{序号}号", List.of("ladder.number.unknownPlaceholder {代号}")),
                Arguments.of("{院简称}检{代字}建〔{年}〕{号}号{x}",
                        List.of("ladder.number.unknownPlaceholder {号}", "ladder.number.unknownPlaceholder {x}",
                                "ladder.number.missing {序号}")),
                Arguments.of("{院简称}检建〔{年}〕号", List.of("ladder.number.missing {序号}")),
                Arguments.of("{院简称}检建〔2024〕{序号}号", List.of("ladder.number.missing {年}")),
                Arguments.of("{院简称}检建号", List.of("ladder.number.missing {年}", "ladder.number.missing {序号}")),
                Arguments.of("{院简称}检建〔{年}〕{序号号", List.of("ladder.number.missing {序号}", "ladder.number.brace")),
                Arguments.of("{院简称}检建〔{年}〕{序号}}号", List.of("ladder.number.brace")));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("problems")
    void aPatternSaysWhatIsWrongWithIt(String pattern, List<String> expected) {
        List<String> found = new DocumentNumberFormat(pattern, "").problems().stream()
                .map(r -> r.args().length == 0 || r.messageKey().equals("ladder.number.brace") ? r.messageKey()
                        : r.messageKey() + " " + r.args()[0])
                .toList();
        assertEquals(expected, found);
    }

    @Test
    void anUnknownPlaceholderNamesTheOnesThatExist() {
        Refusal r = new DocumentNumberFormat("{院简称}{编号}{年}{序号}", "").problems().get(0);
        assertEquals(List.of("{编号}", "{院简称} {代字} {年} {序号}"), Arrays.asList(r.args()));
    }
}
