package org.liaisondesk.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {
    private static final PeopleInRecords PEOPLE = new PeopleInRecords(List.of("王秀英"), List.of("李小明", "赵举报"),
            List.of("13812341234"));

    @ParameterizedTest(name = "{0} (mask names: {1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            // ID numbers are masked whatever the setting, in running text and at its ends.
            "身份证号11010519491231002X。|false|身份证号110105********002X。",
            "440524188001010014|false|440524********0014",
            "旧证号110105491231002|false|旧证号110**********02",
            // Numbers that cannot be ID numbers stay: too long, or no birth date in them.
            "账号6222021234567890123|false|账号6222021234567890123",
            "编号123456789012345678|false|编号123456789012345678",
            // Phones of the people behind the document are masked always.
            "联系电话13812341234|false|联系电话138****1234",
            "热线12345|false|热线12345",
            // Minors and reporters are masked always; other names only with the setting.
            "李小明与王秀英|false|李某某与王秀英",
            "李小明与王秀英|true|李某某与王某某",
            "赵举报反映|false|赵某某反映",
            "无人名的文字|true|无人名的文字",
    })
    void masksWhatMustNotAppear(String text, boolean maskNames, String expected) {
        assertEquals(expected, new Redactor(PEOPLE, maskNames).apply(text));
    }

    @org.junit.jupiter.api.Test
    void nullAndEmptyBecomeEmpty() {
        assertEquals("", new Redactor(PeopleInRecords.NONE, true).apply(null));
        assertEquals("", new Redactor(PeopleInRecords.NONE, true).apply(""));
    }
}
