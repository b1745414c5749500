package org.liaisondesk.register.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Masking a case's parties on their own and inside the case name or summary. */
class PartyMaskingTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "罗春梅、黄志勇   | 罗某某、黄某某",
            "欧阳娜娜；李四   | 欧阳某某、李某",
            "买买提·艾力     | 买某某",
            "李              | 某",
            "''             | ''",
    })
    void eachPartyIsMaskedOnItsOwn(String parties, String masked) {
        assertEquals(masked, PartyMasking.mask(parties));
    }

    @ParameterizedTest(name = "[{0}] with [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', value = {
            // a full name anywhere in the text, every time it occurs
            "罗春梅诉黄志勇抚养费纠纷支持起诉案 | 罗春梅、黄志勇 | 罗某某诉黄某某抚养费纠纷支持起诉案",
            "黄志勇多次殴打罗春梅，罗春梅报警  | 罗春梅、黄志勇 | 黄某某多次殴打罗某某，罗某某报警",
            // the longer name first, so that a shorter party name inside it does not leave the rest showing
            "王秀英与王秀签订协议             | 王秀、王秀英   | 王某某与王某签订协议",
            // one-character names are not searched for: the text would be garbled
            "李家沟村民委员会                 | 李            | 李家沟村民委员会",
            "没有提到当事人                   | 罗春梅        | 没有提到当事人",
            "''                             | 罗春梅        | ''",
            "罗春梅诉讼                       | ''           | 罗春梅诉讼",
    })
    void fullNamesInsideATextAreMasked(String text, String parties, String masked) {
        assertEquals(masked, PartyMasking.maskIn(text, parties));
    }
}
