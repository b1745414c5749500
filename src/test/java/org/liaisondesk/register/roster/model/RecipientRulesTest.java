package org.liaisondesk.register.roster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What makes a recipient organisation acceptable, one case per line. */
class RecipientRulesTest {
    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // name                 | superior | contact | phone          | expected problems (field:key, …)
        "区市场监督管理局        | 1        | 赵科长   | 028-82212345   | ''",
        "区市场监督管理局        | NULL     | ''      | ''             | ''",
        "区市场监督管理局        | 1        | ''      | 12345          | ''",
        "''                     | 1        | ''      | ''             | name:common.validation.required",
        "区市场监督管理局        | 7        | ''      | ''             | superiorId:roster.recipient.ownSuperior",
        "区市场监督管理局        | 1        | ''      | 8221           | phone:common.phone.unknownFormat",
        "''                     | 7        | ''      | 8221           | name:common.validation.required,superiorId:roster.recipient.ownSuperior,phone:common.phone.unknownFormat",
    })
    void recipientProblems(String name, Long superior, String contact, String phone, String expected) {
        Recipient r = new Recipient(7L, "u", name, superior, "", contact, phone, "");

        List<String> problems = RosterRules.check(r).stream().map(p -> p.field() + ":" + p.messageKey()).toList();

        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), problems);
    }

    @ParameterizedTest
    @CsvSource({"60, 0", "61, 1"})
    void namesAndContactsHaveAMaximumLength(int length, int problemsEach) {
        String text = "局".repeat(length);

        assertEquals(problemsEach * 2,
                RosterRules.check(new Recipient(null, null, text, null, "", text, "", "")).size());
    }
}
