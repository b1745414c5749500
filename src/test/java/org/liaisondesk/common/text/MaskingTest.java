package org.liaisondesk.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
        "张三,           张某",
        "张三丰,         张某某",
        "王小明,         王某某",
        "' 王小明 ',     王某某",
        "'张 三',        张某",
        "欧阳娜娜,       欧阳某某",
        "欧阳修,         欧阳某",
        "司马光,         司马某",
        "诸葛亮,         诸葛某",
        "上官婉儿,       上官某某",
        "第五伦,         第五某",
        "万俟卨,         万俟某",
        "欧阳,           欧某",          // two characters: read as surname 欧
        "司马小,         司马某",
        "马司,           马某",
        "李,             某",
        "王𠈌,           王某",           // a character outside the BMP counts once
        "𠈌王五,         𠈌某某",
        "买买提·艾力,    买某某",
        "阿依古丽·买买提, 阿某某",
        "买买提.艾力,    买某某",
        "'John Smith',   J***",
        "smith,          s***",
        "'',             ''",
        "'   ',          ''",
    })
    void maskName(String name, String expected) {
        assertEquals(expected, Masking.maskName(name));
    }

    @ParameterizedTest
    @CsvSource({
        "13812341234,            138****1234",
        "'+86 138 1234 1234',    138****1234",
        "138-1234-1234,          138****1234",
        "010-12345678,           010-****5678",
        "01012345678,            010-****5678",
        "0755-1234567,           0755-****4567",
        "0755-12345678,          0755-****5678",
        "010-12345678转123,      010-****5678转123",
        "4008105678,             400****5678",
        "400-810-5678,           400****5678",
        "'+44 20 7946 0958',     +44****0958",
        "87654321,               ****4321",       // 8 digits: first 3 + last 4 would hide only 1
        "8123456,                ****3456",
        "123456,                 123456",
        "12345,                  12345",
        "'',                     ''",
    })
    void maskPhone(String phone, String expected) {
        assertEquals(expected, Masking.maskPhone(phone));
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002X,     110105********002X",
        "11010519491231002x,     110105********002X",
        "'110105 19491231 002X', 110105********002X",
        "440524188001010014,     440524********0014",
        "130402198207290622,     130402********0622",   // masked even when invalid
        "ABCDEFGHIJKLMNOPQR,     ABCDEF********OPQR",
        "110105491231002,        110**********02",      // old 15-digit number: birth date hidden too
        "1234567890,             123*****90",
        "11010519491231002,      110************02",
        "123456789,              *********",
        "12,                     **",
        "'',                     ''",
    })
    void maskIdNumber(String id, String expected) {
        assertEquals(expected, Masking.maskIdNumber(id));
    }

    @Test
    void nullGivesEmpty() {
        assertEquals("", Masking.maskName(null));
        assertEquals("", Masking.maskPhone(null));
        assertEquals("", Masking.maskIdNumber(null));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "王秀英、张强|王某某、张某",
            "王秀英,张强；李四|王某某、张某、李某",
            "欧阳娜娜|欧阳某某",
            "钱大 钱二　钱三|钱某、钱某、钱某",
            "John Smith、李秀兰|J***、李某某",
            "''|''",
    })
    void aListOfNamesIsMaskedNameByName(String list, String expected) {
        assertEquals(expected, Masking.maskNames(list));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "罗秀英离婚纠纷支持起诉案|罗秀英|罗某某离婚纠纷支持起诉案",
            "王秀与王秀英邻里纠纷|王秀、王秀英|王某与王某某邻里纠纷",
            "张某盗窃案|张|张某盗窃案",
            "无当事人的名称|''|无当事人的名称",
    })
    void namesInsideATextAreMaskedLongestFirst(String text, String names, String expected) {
        assertEquals(expected, Masking.maskNamesIn(text, names));
    }
}
