package org.liaisondesk.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentFileNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '#', value = {
            "崇检建〔2024〕3号#崇检建〔2024〕3号",
            "a\\b#a＼b",
            "a/b#a／b",
            "a:b#a：b",
            "a*b#a＊b",
            "a?b#a？b",
            "a\"b#a＂b",
            "a<b>#a＜b＞",
            "a|b#a｜b",
            "名称. . .#名称",
            "CON#_CON",
            "nul.txt#_nul.txt",
            "'  '#文书",
            "'多个   空格'#多个 空格",
    })
    void safeNamesOnWindows(String raw, String expected) {
        assertEquals(expected, DocumentFileNames.safe(raw));
    }

    @Test
    void controlCharactersAndLineBreaksBecomeSpaces() {
        assertEquals("第一行 第二行", DocumentFileNames.safe("第一行\n\t第二行\u0007"));
    }

    @Test
    void issuedDocumentIsNamedByKindNumberAndRecipient() {
        assertEquals("检察建议书_崇检建〔2024〕3号_青山镇人民政府.docx",
                DocumentFileNames.of(DocumentKind.INDIVIDUAL_LETTER, "崇检建〔2024〕3号", "标题", "青山镇人民政府"));
        assertEquals("专项法律监督报告_崇检报〔2026〕1号_崇溪区人民政府.docx",
                DocumentFileNames.of(DocumentKind.SPECIAL_REPORT, "崇检报〔2026〕1号", "标题", "崇溪区人民政府"));
    }

    @Test
    void draftIsNamedByItsTitleAndMarkedAsDraft() {
        assertEquals("检察建议书_草稿_关于整治／规范的检察建议_青山镇人民政府.docx",
                DocumentFileNames.of(DocumentKind.CLASS_LETTER, "", "关于整治/规范的检察建议", "青山镇人民政府"));
    }

    @Test
    void longNamesAreBoundedAndKeepTheirExtension() {
        String name = DocumentFileNames.of(DocumentKind.INDIVIDUAL_LETTER, "", "很长的标题".repeat(60), "青山镇人民政府");
        assertTrue(name.endsWith(".docx"));
        assertEquals(DocumentFileNames.MAX_STEM + ".docx".length(), name.codePointCount(0, name.length()));
        assertTrue(name.startsWith("检察建议书_草稿_很长的标题"));
    }

    @Test
    void existingNamesGetANumber() {
        Set<String> taken = Set.of("a.docx", "a（2）.docx");
        assertEquals("a（3）.docx", DocumentFileNames.unused("a.docx", taken::contains));
        assertEquals("b.docx", DocumentFileNames.unused("b.docx", taken::contains));
        assertFalse(taken.contains(DocumentFileNames.unused("a.docx", taken::contains)));
    }
}
