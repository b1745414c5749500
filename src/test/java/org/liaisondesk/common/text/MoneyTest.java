package org.liaisondesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" = {1} fen")
    @CsvSource(delimiter = '|', value = {
        "2000          | 200000",
        "'2,000.50'    | 200050",
        "2000.5元      | 200050",
        "２０００       | 200000",
        "２，０００．５０ | 200050",
        "' 2 000 '     | 200000",
        "2万           | 2000000",
        "2.5万元       | 2500000",
        "0.0001万      | 100",
        "1.234567万    | 1234567",
        "0             | 0",
        "0.01          | 1",
        "¥1,234,567.89 | 123456789",
        "￥300元        | 30000",
        "'12,345'      | 1234500",
        "007           | 700",
        "1000000000000 | 100000000000000",
    })
    void parsesWhatPeopleType(String text, long fen) {
        assertEquals(fen, Money.parseYuan(text));
        assertTrue(Money.problem(text).isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @CsvSource(delimiter = '|', value = {
        "''            | common.money.empty",
        "'   '         | common.money.empty",
        "2000.505      | common.money.tooManyDecimals",
        "0.001         | common.money.tooManyDecimals",
        "1.2345678万   | common.money.tooManyDecimals",
        "-5            | common.money.negative",
        "－５          | common.money.negative",
        "−5元          | common.money.negative",
        "abc           | common.money.notANumber",
        "两千          | common.money.notANumber",
        "元            | common.money.notANumber",
        "万元          | common.money.notANumber",
        "'2,00'        | common.money.notANumber",
        "',200'        | common.money.notANumber",
        "'1,2345'      | common.money.notANumber",
        "1e5           | common.money.notANumber",
        ".5            | common.money.notANumber",
        "5.            | common.money.notANumber",
        "2万万         | common.money.notANumber",
        "2元万         | common.money.notANumber",
        "1000000000000.01 | common.money.tooLarge",
        "99999999999999999999 | common.money.tooLarge",
    })
    void refusesWithAMessageKey(String text, String key) throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parseYuan(text));
        assertEquals(key, e.getMessage());
        assertEquals(key, Money.problem(text).orElseThrow());
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            String message = load(bundle).getProperty(key);
            assertNotNull(message, key + " missing in " + bundle);
            assertFalse(message.isBlank(), key + " blank in " + bundle);
        }
    }

    @Test
    void nullIsEmpty() {
        assertEquals(Money.EMPTY, assertThrows(IllegalArgumentException.class, () -> Money.parseYuan(null)).getMessage());
    }

    @ParameterizedTest(name = "{0} fen = {1} / {2} / {3} / {4}")
    @CsvSource(delimiter = '|', value = {
        "0           | 0.00 元            | 0.00 万元      | 0 | 0",
        "1           | 0.01 元            | 0.00 万元      | 0.01 | 0",
        "200050      | 2,000.50 元        | 0.20 万元      | 2000.50 | 0.2",
        "200000      | 2,000.00 元        | 0.20 万元      | 2000 | 0.2",
        "2000000     | 20,000.00 元       | 2.00 万元      | 20000 | 2",
        "2500000     | 25,000.00 元       | 2.50 万元      | 25000 | 2.5",
        "2495000     | 24,950.00 元       | 2.50 万元      | 24950 | 2.5",
        "2494999     | 24,949.99 元       | 2.49 万元      | 24949.99 | 2.49",
        "123456789   | 1,234,567.89 元    | 123.46 万元    | 1234567.89 | 123.46",
        "12345678900 | 123,456,789.00 元  | 12,345.68 万元 | 123456789 | 12345.68",
    })
    void formats(long fen, String yuan, String wan, String plain, String sentenceWan) {
        assertEquals(yuan, Money.formatYuan(fen));
        assertEquals(sentenceWan, Money.wan(fen), "万 as a report's sentence writes it");
        assertEquals(wan, Money.formatWan(fen));
        assertEquals(plain, Money.plainYuan(fen));
        assertEquals(fen, Money.parseYuan(plain), "what the form shows parses back to the same amount");
        assertEquals(fen, Money.parseYuan(yuan.replace(" ", "")), "the displayed amount parses back too");
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = MoneyTest.class.getResourceAsStream("/org/liaisondesk/i18n/" + file)) {
            assertNotNull(in, file);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
