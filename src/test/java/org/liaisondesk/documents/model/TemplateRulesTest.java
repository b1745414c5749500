package org.liaisondesk.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateRulesTest {

    private static UsedTag tag(String name, char sign, String container) {
        return new UsedTag(name, sign, container, "");
    }

    @ParameterizedTest(name = "{0}{1} in [{2}] as {3} → {4}")
    @CsvSource(delimiter = '#', value = {
            // kind               sign  container  name       expected problem (empty: none)
            "INDIVIDUAL_LETTER# # #院名#",
            "INDIVIDUAL_LETTER# # #院明#documents.check.unknown",
            "INDIVIDUAL_LETTER# # #案件表#documents.check.otherKind",
            "CLASS_LETTER# # #案件表#",
            "SPECIAL_REPORT# # #一览表#",
            "SPECIAL_REPORT# # #异议期限#documents.check.otherKind",
            "INDIVIDUAL_LETTER#?# #有抄送#",
            "INDIVIDUAL_LETTER# # #有抄送#documents.check.wrongSyntax",
            "INDIVIDUAL_LETTER#?# #文号#documents.check.wrongSyntax",
            "INDIVIDUAL_LETTER#?# #建议事项#",
            "INDIVIDUAL_LETTER# #建议事项#序号#",
            "INDIVIDUAL_LETTER# #建议事项#内容#",
            "INDIVIDUAL_LETTER# #建议事项#内荣#documents.check.unknownField",
            "CLASS_LETTER#[#案件表#原建议文号#",
            "CLASS_LETTER#[#案件表#原文号#documents.check.unknownField",
            "INDIVIDUAL_LETTER# #有抄送#抄送#",
            "INDIVIDUAL_LETTER#@# #照片#documents.check.unsupported",
            "INDIVIDUAL_LETTER#*# #列表#documents.check.unsupported",
    })
    void eachUseIsJudgedAgainstTheCatalogue(DocumentKind kind, String sign, String container, String name,
                                            String expected) {
        char s = sign == null || sign.isEmpty() ? UsedTag.PLAIN : sign.charAt(0);
        TemplateCheck check = TemplateRules.check(kind, new TemplateScan(List.of(tag(name, s, container == null ? "" : container.strip()))));
        assertEquals(expected == null ? List.of() : List.of(expected),
                check.problems().stream().map(TemplateCheck.Problem::messageKey).toList());
    }

    @Test
    void unknownTagsComeWithSuggestionsAndRepeatsAreListedOnce() {
        TemplateCheck check = TemplateRules.check(DocumentKind.INDIVIDUAL_LETTER, new TemplateScan(List.of(
                tag("院名", UsedTag.PLAIN, ""), tag("院名", UsedTag.PLAIN, ""), tag("文号码", UsedTag.PLAIN, ""))));
        assertEquals(2, check.tags().size());
        assertEquals(1, check.problems().size());
        assertEquals(List.of("{{文号}}"), check.problems().get(0).suggestions().subList(0, 1));
        assertTrue(!check.ok());
    }
}
