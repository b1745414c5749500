package org.liaisondesk.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TagCatalogueTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({"院名,院名,0", "院明,院名,1", "文号码,文号,1", "abc,abd,1", "主送机关,主送,2", "'',abc,3"})
    void editDistanceCountsCodePoints(String a, String b, int expected) {
        assertEquals(expected, TagCatalogue.distance(a, b));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"院明|院名", "文号码|文号", "主送机关|主送", "抄送单位|抄送", "建议事相|建议事项"})
    void didYouMeanFindsTheIntendedTag(String typo, String intended) {
        List<String> known = TagCatalogue.all().stream().map(Tag::name).toList();
        assertEquals(intended, TagCatalogue.closest(typo, known).get(0));
    }

    @Test
    void farOffNamesSuggestNothing() {
        assertTrue(TagCatalogue.closest("完全无关的名字", List.of("院名", "文号")).isEmpty());
    }

    @Test
    void namesAreUniqueAndEveryRepeatingTagHasFieldsAndExamples() {
        Set<String> names = new HashSet<>();
        for (Tag t : TagCatalogue.all()) {
            assertTrue(names.add(t.name()), "duplicate " + t.name());
            assertFalse(t.description().isBlank(), t.name());
            if (t.repeats()) {
                assertFalse(t.fields().isEmpty(), t.name());
                assertFalse(t.exampleRows().isEmpty(), t.name());
                t.exampleRows().forEach(row -> assertEquals(t.fields().keySet(), row.keySet(), t.name()));
            } else {
                assertFalse(t.example().isBlank(), t.name());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void sampleDataFillsEveryTagOfTheKind(DocumentKind kind) {
        var data = SampleData.of(kind);
        for (Tag t : TagCatalogue.forKind(kind)) {
            assertTrue(data.containsKey(t.name()), t.name());
        }
        assertFalse(TagCatalogue.forKind(kind).isEmpty());
    }

    @Test
    void documentKindFollowsTierAndType() {
        assertEquals(DocumentKind.PRE_SUIT_LETTER, DocumentKind.of(org.liaisondesk.ladder.model.Tier.INDIVIDUAL,
                org.liaisondesk.ladder.model.RecommendationType.PUBLIC_INTEREST));
        assertEquals(DocumentKind.INDIVIDUAL_LETTER, DocumentKind.of(org.liaisondesk.ladder.model.Tier.INDIVIDUAL,
                org.liaisondesk.ladder.model.RecommendationType.SOCIAL_GOVERNANCE));
        assertEquals(DocumentKind.CLASS_LETTER, DocumentKind.of(org.liaisondesk.ladder.model.Tier.CLASS,
                org.liaisondesk.ladder.model.RecommendationType.PUBLIC_INTEREST));
        assertEquals(DocumentKind.SPECIAL_REPORT, DocumentKind.of(org.liaisondesk.ladder.model.Tier.SPECIAL_REPORT,
                org.liaisondesk.ladder.model.RecommendationType.OTHER));
        assertEquals(DocumentKind.CLASS_LETTER, DocumentKind.byFileName("类案检察建议书.docx").orElseThrow());
        assertTrue(DocumentKind.byFileName("别的.docx").isEmpty());
    }
}
