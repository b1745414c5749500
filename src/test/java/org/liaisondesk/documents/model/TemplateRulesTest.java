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

    private static TemplateCheck check(DocumentKind kind, String sign, String container, String name) {
        char s = sign == null || sign.isBlank() ? UsedTag.PLAIN : sign.strip().charAt(0);
        return TemplateRules.check(kind, new TemplateScan(List.of(tag(name, s, container == null ? "" : container.strip()))));
    }

    @ParameterizedTest(name = "{1}{3} in [{2}] of {0} → {4}")
    @CsvSource(delimiter = '|', value = {
            // kind               sign  container  name       expected problem (empty: none)
            "INDIVIDUAL_LETTER| | |院名|",
            "INDIVIDUAL_LETTER| | |院明|documents.check.unknown",
            "INDIVIDUAL_LETTER| | |案件表|documents.check.otherKind",
            "CLASS_LETTER| | |案件表|",
            "SPECIAL_REPORT| | |一览表|",
            "SPECIAL_REPORT| | |异议期限|documents.check.otherKind",
            "INDIVIDUAL_LETTER|?| |有抄送|",
            "INDIVIDUAL_LETTER| | |有抄送|documents.check.wrongSyntax",
            "INDIVIDUAL_LETTER|?| |文号|documents.check.wrongSyntax",
            "INDIVIDUAL_LETTER|?| |建议事项|",
            "INDIVIDUAL_LETTER| |建议事项|序号|",
            "INDIVIDUAL_LETTER| |建议事项|内容|",
            "INDIVIDUAL_LETTER| |建议事项|内荣|documents.check.unknownField",
            "CLASS_LETTER|[|案件表|原建议文号|",
            "CLASS_LETTER|[|案件表|原文号|documents.check.unknownField",
            "INDIVIDUAL_LETTER| |有抄送|抄送|",
            "INDIVIDUAL_LETTER|@| |照片|documents.check.unknown",
            "INDIVIDUAL_LETTER|*| |列表|documents.check.unsupportedWriting",
            "INDIVIDUAL_LETTER|+| |院名|documents.check.unsupportedWriting",
            // the statistics report: its own tags, pictures and whole tables, and the recommendations' tags refused
            "STATISTICS_REPORT| | |院名|",
            "STATISTICS_REPORT| | |标题|",
            "STATISTICS_REPORT| | |日期|",
            "STATISTICS_REPORT| | |综述|",
            "STATISTICS_REPORT| | |文号|documents.check.otherKind",
            "STATISTICS_REPORT| | |主送|documents.check.otherKind",
            "STATISTICS_REPORT|?| |有抄送|documents.check.otherKind",
            "INDIVIDUAL_LETTER| | |综述|documents.check.otherKind",
            "SPECIAL_REPORT|#| |指标表|documents.check.otherKind",
            "STATISTICS_REPORT|#| |指标表|",
            "STATISTICS_REPORT|#| |比率表|",
            "STATISTICS_REPORT| | |指标表|documents.check.wrongSyntax",
            "STATISTICS_REPORT|?| |比率表|documents.check.wrongSyntax",
            "STATISTICS_REPORT|@| |指标表|documents.check.unsupportedWriting",
            "STATISTICS_REPORT|#| |综述|documents.check.unsupportedWriting",
            "STATISTICS_REPORT|?| |图表|",
            "STATISTICS_REPORT| | |图表|documents.check.wrongSyntax",
            "STATISTICS_REPORT|@|图表|图|",
            "STATISTICS_REPORT|#|图表|数据|",
            "STATISTICS_REPORT| |图表|序号|",
            "STATISTICS_REPORT| |图表|说明|",
            "STATISTICS_REPORT| |图表|图|documents.check.wrongSyntax",
            "STATISTICS_REPORT| |图表|数据|documents.check.wrongSyntax",
            "STATISTICS_REPORT|#|图表|图|documents.check.unsupportedWriting",
            "STATISTICS_REPORT|@|图表|说明|documents.check.unsupportedWriting",
            "STATISTICS_REPORT|*|图表|序号|documents.check.unsupportedWriting",
            "STATISTICS_REPORT|@|图表|图片|documents.check.unknownField",
            "STATISTICS_REPORT|@| |图|documents.check.unknown",
    })
    void eachUseIsJudgedAgainstTheCatalogue(DocumentKind kind, String sign, String container, String name,
                                            String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected),
                check(kind, sign, container, name).problems().stream().map(TemplateCheck.Problem::messageKey).toList());
    }

    @ParameterizedTest(name = "{1}{3} in [{2}] of {0}: did you mean {4}")
    @CsvSource(delimiter = '|', value = {
            "STATISTICS_REPORT| | |指标表|{{#指标表}}",
            "STATISTICS_REPORT|@| |比率表|{{#比率表}}",
            "STATISTICS_REPORT|#| |期间|{{期间}}",
            "STATISTICS_REPORT| | |图表|{{?图表}}…{{/图表}}",
            "STATISTICS_REPORT| |图表|图|{{@图}}",
            "STATISTICS_REPORT|#|图表|图|{{@图}}",
            "STATISTICS_REPORT|@|图表|数据|{{#数据}}",
            "STATISTICS_REPORT|@|图表|说明|{{说明}}",
            "STATISTICS_REPORT|@|图表|数剧|{{#数据}}",
            "INDIVIDUAL_LETTER|*| |院名|{{院名}}",
            "INDIVIDUAL_LETTER|@| |主送|{{主送}}",
    })
    void aTagWrittenTheWrongWayComesWithTheRightWay(DocumentKind kind, String sign, String container, String name,
                                                   String suggestion) {
        List<TemplateCheck.Problem> problems = check(kind, sign, container, name).problems();
        assertEquals(1, problems.size());
        assertEquals(suggestion, problems.get(0).suggestions().get(0));
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
