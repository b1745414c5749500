package org.liaisondesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "13812341234,               13812341234",
        "' 138 1234 1234 ',         13812341234",
        "138-1234-1234,             13812341234",
        "'+86 138 1234 1234',       13812341234",
        "+86-13812341234,           13812341234",
        "8613812341234,             13812341234",
        "１３８１２３４１２３４,        13812341234",
        "'１３８\u3000１２３４\u3000１２３４', 13812341234",
        "010-12345678,              010-12345678",
        "01012345678,               010-12345678",
        "'010 1234 5678',           010-12345678",
        "021-87654321,              021-87654321",
        "0755-1234567,              0755-1234567",
        "07551234567,               0755-1234567",
        "075512345678,              0755-12345678",
        "(010)12345678,             010-12345678",
        "（０１０）１２３４５６７８,       010-12345678",
        "(0755)-1234567,            0755-1234567",
        "０１０－１２３４５６７８,        010-12345678",
        "010-12345678-123,          010-12345678-123",
        "010-12345678转123,         010-12345678转123",
        "'010 12345678 转 6',       010-12345678转6",
        "12345,                     12345",
        "' 12309 ',                 12309",
        "400-810-5678,              4008105678",
        "'800 810 5678',            8008105678",
        "'a b c',                   abc",
        "'',                        ''",
        "'   ',                     ''",
    })
    void normalize(String raw, String expected) {
        assertEquals(expected, PhoneNumbers.normalize(raw));
    }

    @Test
    void normalizeNullIsEmpty() {
        assertEquals("", PhoneNumbers.normalize(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "13812341234", "13000000000", "19912345678", "16612345678", "+8613812341234", "86 138 1234 1234",
        "010-12345678", "01012345678", "021-12345678", "029-1234567", "0571-87654321", "0891-6543210",
        "(010)12345678", "010-12345678-1", "010-12345678-123456", "0755-1234567转888",
        "12345", "12309", "12315", "4008105678", "400-810-5678", "800-810-5678",
    })
    void acceptedNumbers(String raw) {
        assertEquals(Optional.empty(), PhoneNumbers.problem(raw));
        assertTrue(PhoneNumbers.isValid(raw));
    }

    @ParameterizedTest
    @CsvSource({
        "'',                    WRONG_LENGTH",
        "'   ',                 WRONG_LENGTH",
        "1381234123,            WRONG_LENGTH",       // 10 digits
        "138123412345,          WRONG_LENGTH",       // 12 digits
        "'+86 138 1234 123',    WRONG_LENGTH",
        "1234,                  WRONG_LENGTH",
        "110,                   WRONG_LENGTH",
        "010-123456,            WRONG_LENGTH",       // 6-digit number
        "010-123456789,         WRONG_LENGTH",       // 9-digit number
        "0755-123456789,        WRONG_LENGTH",
        "0101234,               WRONG_LENGTH",
        "400810567,             WRONG_LENGTH",
        "40081056789,           WRONG_LENGTH",
        "138a1234123,           ILLEGAL_CHARACTER",
        "tel:13812341234,       ILLEGAL_CHARACTER",
        "13812341234#,          ILLEGAL_CHARACTER",
        "张三,                   ILLEGAL_CHARACTER",
        "12012345678,           UNKNOWN_FORMAT",     // 12x is not a mobile prefix
        "11012345678,           UNKNOWN_FORMAT",
        "011-12345678,          UNKNOWN_FORMAT",     // no such area code
        "010-12345678-1234567,  UNKNOWN_FORMAT",     // extension too long
        "010-12345678转,        UNKNOWN_FORMAT",
        "'+44 20 7946 0958',    UNKNOWN_FORMAT",     // foreign
        "500-123-4567,          UNKNOWN_FORMAT",
        "--,                    UNKNOWN_FORMAT",
        "87654321,              UNKNOWN_FORMAT",     // local number without area code
    })
    void problems(String raw, PhoneNumberProblem expected) {
        assertEquals(Optional.of(expected), PhoneNumbers.problem(raw));
        assertFalse(PhoneNumbers.isValid(raw));
    }

    @Test
    void nullIsWrongLength() {
        assertEquals(Optional.of(PhoneNumberProblem.WRONG_LENGTH), PhoneNumbers.problem(null));
    }

    @ParameterizedTest
    @CsvSource({
        "ILLEGAL_CHARACTER, common.phone.illegalCharacter",
        "WRONG_LENGTH,      common.phone.wrongLength",
        "UNKNOWN_FORMAT,    common.phone.unknownFormat",
    })
    void messageKeys(PhoneNumberProblem problem, String key) {
        assertEquals(key, problem.messageKey());
    }
}
