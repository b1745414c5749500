package org.liaisondesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseIdNumberTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** "Today" is 2025-06-15 in these tests. */
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atStartOfDay(BEIJING).toInstant(), BEIJING);

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X,        11010519491231002X",
        "11010519491231002x,        11010519491231002X",
        "'  11010519491231002x  ',  11010519491231002X",
        "'110105 19491231 002X',    11010519491231002X",
        "'110105\u300019491231\u3000002X', 11010519491231002X",
        "１１０１０５１９４９１２３１００２Ｘ,  11010519491231002X",
        "１１０１０５１９４９１２３１００２ｘ,  11010519491231002X",
        "'\u200B11010519491231002X\uFEFF', 11010519491231002X",
        "abc,                        abc",
        "'',                         ''",
    })
    void normalize(String raw, String expected) {
        assertEquals(expected, ChineseIdNumber.normalize(raw));
    }

    @Test
    void normalizeNullIsEmpty() {
        assertEquals("", ChineseIdNumber.normalize(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "11010519491231002X",         // domain doc
        "440524188001010014",         // domain doc, born 1880
        "11010519491231002x",         // lowercase x
        "１１０１０５１９４９１２３１００２Ｘ",  // full-width
        " 440524 18800101 0014 ",     // spaces
        "110105200603010013",
        "320106199001011238",
        "440304200002290022",         // born on a leap day
        "650102198506154433",
        "810000199912310012",         // Hong Kong residence permit
        "830000201001010055",         // Taiwan residence permit
        "710000197001010075",
        "110105185001010013",         // earliest accepted birth date
        "110105202506150013",         // born today
    })
    void validNumbersHaveNoProblem(String raw) {
        assertEquals(Optional.empty(), ChineseIdNumber.problem(raw, CLOCK));
    }

    @ParameterizedTest
    @CsvSource({
        "'',                   WRONG_LENGTH",
        "'   ',                WRONG_LENGTH",
        "11010519491231002,    WRONG_LENGTH",           // 17 characters
        "11010519491231002X1,  WRONG_LENGTH",           // 19 characters
        "110105491231002,      WRONG_LENGTH",           // old 15-digit number
        "1101051949123100AX,   ILLEGAL_CHARACTER",
        "X10105194912310021,   ILLEGAL_CHARACTER",
        "11010519491231002Y,   ILLEGAL_CHARACTER",
        "11010519491231002-,   ILLEGAL_CHARACTER",
        "990105194912310023,   UNKNOWN_PROVINCE",       // correct check character, province 99
        "160105194912310029,   UNKNOWN_PROVINCE",
        "000105194912310024,   UNKNOWN_PROVINCE",
        "99010519491231002X,   UNKNOWN_PROVINCE",       // province is checked before the check character
        "110105202302290014,   INVALID_BIRTH_DATE",     // 2023-02-29 does not exist
        "110105199013010018,   INVALID_BIRTH_DATE",     // month 13
        "110105199000000011,   INVALID_BIRTH_DATE",
        "110105199004310011,   INVALID_BIRTH_DATE",     // April 31
        "44052418491231001X,   INVALID_BIRTH_DATE",     // before 1850-01-01
        "110105202506160019,   BIRTH_DATE_IN_FUTURE",   // tomorrow
        "110105203001010011,   BIRTH_DATE_IN_FUTURE",
        "130402198207290622,   WRONG_CHECK_CHARACTER",  // domain doc: should end in 4
        "110105194912310020,   WRONG_CHECK_CHARACTER",
        "440524188001010015,   WRONG_CHECK_CHARACTER",
        "440524188001010014X,  WRONG_LENGTH",
    })
    void problems(String raw, IdNumberProblem expected) {
        assertEquals(Optional.of(expected), ChineseIdNumber.problem(raw, CLOCK));
    }

    @Test
    void nullIsWrongLength() {
        assertEquals(Optional.of(IdNumberProblem.WRONG_LENGTH), ChineseIdNumber.problem(null, CLOCK));
    }

    @Test
    void systemClockOverloadAcceptsPastAndRejectsFarFuture() {
        assertEquals(Optional.empty(), ChineseIdNumber.problem("11010519491231002X"));
        assertEquals(Optional.of(IdNumberProblem.BIRTH_DATE_IN_FUTURE), ChineseIdNumber.problem("110105209912310010"));
        assertTrue(ChineseIdNumber.isValid("440524188001010014"));
        assertFalse(ChineseIdNumber.isValid("130402198207290622"));
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002, X",
        "44052418800101001, 4",
        "13040219820729062, 4",
        "32010619900101121, 1",   // sum mod 11 = 0
        "32010619900101127, 0",   // 1
        "32010619900101122, X",   // 2
        "32010619900101128, 9",   // 3
        "32010619900101123, 8",   // 4
        "32010619900101129, 7",   // 5
        "32010619900101124, 6",   // 6
        "44030420000229006, 5",   // 7
        "32010619900101125, 4",   // 8
        "32010619900101120, 3",   // 9
        "32010619900101126, 2",   // 10
    })
    void checkCharacter(String first17, char expected) {
        assertEquals(expected, ChineseIdNumber.checkCharacter(first17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "110105194912310021", "1101051949123100A", "１1010519491231002"})
    void checkCharacterRejectsAnythingButSeventeenDigits(String bad) {
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.checkCharacter(bad));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "44052418800101001", "65010219850615443", "11010520250615001"})
    void generatedNumbersAreValid(String first17) {
        String id = first17 + ChineseIdNumber.checkCharacter(first17);
        assertEquals(Optional.empty(), ChineseIdNumber.problem(id, CLOCK));
    }

    @ParameterizedTest
    @CsvSource({
        // raw,                value,               birth date,  male,  province
        "11010519491231002X,   11010519491231002X,  1949-12-31,  false, 11",
        "11010519491231002x,   11010519491231002X,  1949-12-31,  false, 11",
        "440524188001010014,   440524188001010014,  1880-01-01,  true,  44",
        "320106199001011238,   320106199001011238,  1990-01-01,  true,  32",
        "650102198506154433,   650102198506154433,  1985-06-15,  true,  65",
        "１１０１０５２００６０３０１００１３, 110105200603010013,  2006-03-01,  true,  11",
    })
    void parse(String raw, String value, LocalDate birthDate, boolean male, String province) {
        ChineseIdNumber id = ChineseIdNumber.parse(raw, CLOCK);
        assertEquals(value, id.value());
        assertEquals(birthDate, id.birthDate());
        assertEquals(male, id.isMale());
        assertEquals(province, id.provinceCode());
    }

    @ParameterizedTest
    @CsvSource({
        "'',                   common.idnumber.wrongLength",
        "1101051949123100AX,   common.idnumber.illegalCharacter",
        "990105194912310023,   common.idnumber.unknownProvince",
        "110105202302290014,   common.idnumber.invalidBirthDate",
        "110105202506160019,   common.idnumber.birthDateInFuture",
        "130402198207290622,   common.idnumber.wrongCheckCharacter",
    })
    void parseRejectsWithMessageKey(String raw, String messageKey) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.parse(raw, CLOCK));
        assertEquals(messageKey, e.getMessage());
    }

    @Test
    void parseWithSystemClock() {
        assertEquals(LocalDate.of(1949, 12, 31), ChineseIdNumber.parse("11010519491231002X").birthDate());
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.parse(null));
    }

    @ParameterizedTest
    @CsvSource({
        // id,                 on,          age, minor
        "110105200603010013,   2006-03-01,  0,   true",
        "110105200603010013,   2024-02-28,  17,  true",
        "110105200603010013,   2024-02-29,  17,  true",
        "110105200603010013,   2024-03-01,  18,  false",   // the 18th birthday counts as a completed year
        "110105200603010013,   2025-06-15,  19,  false",
        "110105200402290020,   2022-02-28,  17,  true",    // born on a leap day
        "110105200402290020,   2022-03-01,  18,  false",
        "110105200402290020,   2024-02-29,  20,  false",
        "11010519491231002X,   2024-12-30,  74,  false",
        "11010519491231002X,   2024-12-31,  75,  false",
        "440524188001010014,   2025-06-15,  145, false",
    })
    void ageAndMinority(String raw, LocalDate on, int age, boolean minor) {
        ChineseIdNumber id = ChineseIdNumber.parse(raw, CLOCK);
        assertEquals(age, id.ageOn(on));
        assertEquals(minor, id.isMinorOn(on));
    }

    @Test
    void ageBeforeBirthIsRejected() {
        ChineseIdNumber id = ChineseIdNumber.parse("110105200603010013", CLOCK);
        assertThrows(IllegalArgumentException.class, () -> id.ageOn(LocalDate.of(2006, 2, 28)));
    }

    @Test
    void equalityIsByNormalizedValue() {
        ChineseIdNumber a = ChineseIdNumber.parse("11010519491231002x", CLOCK);
        ChineseIdNumber b = ChineseIdNumber.parse(" 11010519491231002X ", CLOCK);
        ChineseIdNumber c = ChineseIdNumber.parse("440524188001010014", CLOCK);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, "11010519491231002X");
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X, 110105********002X",
        "440524188001010014, 440524********0014",
    })
    void toStringIsMasked(String raw, String masked) {
        ChineseIdNumber id = ChineseIdNumber.parse(raw, CLOCK);
        assertEquals(masked, id.toString());
        assertEquals(masked, id.masked());
        assertFalse(id.toString().contains(raw.substring(6, 14)));
    }

    @ParameterizedTest
    @EnumSource(IdNumberProblem.class)
    void messageKeysArePrefixed(IdNumberProblem problem) {
        assertTrue(problem.messageKey().startsWith("common.idnumber."));
    }

    @ParameterizedTest
    @CsvSource({
        "WRONG_LENGTH,          common.idnumber.wrongLength",
        "ILLEGAL_CHARACTER,     common.idnumber.illegalCharacter",
        "UNKNOWN_PROVINCE,      common.idnumber.unknownProvince",
        "INVALID_BIRTH_DATE,    common.idnumber.invalidBirthDate",
        "BIRTH_DATE_IN_FUTURE,  common.idnumber.birthDateInFuture",
        "WRONG_CHECK_CHARACTER, common.idnumber.wrongCheckCharacter",
    })
    void messageKeys(IdNumberProblem problem, String key) {
        assertEquals(key, problem.messageKey());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingParsesFromNothing(String raw) {
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.parse(raw, CLOCK));
    }
}
