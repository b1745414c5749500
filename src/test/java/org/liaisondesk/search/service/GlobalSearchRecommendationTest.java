package org.liaisondesk.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.search.data.GlobalSearchRepository;
import org.liaisondesk.search.model.SearchHit;
import org.liaisondesk.search.model.SearchKind;

/** The global search finds recommendations by title, number and content, and shows number and recipient. */
class GlobalSearchRecommendationTest {
    @TempDir
    Path dir;

    @Test
    void findsARecommendationByWordsOfItsContentAndByItsNumber() {
        try (LadderFixture f = new LadderFixture(dir)) {
            long town = f.recipient("清溪镇人民政府", null);
            long matter = f.matter("木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
            RecommendationDetail d = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 1, 6),
                    LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
            GlobalSearchService search = new GlobalSearchService(f.reg.db, new GlobalSearchRepository());

            for (String words : List.of("巡查机制", "基本农田", "崇检公建", "耕")) {
                List<SearchHit> hits = search.search(words, EnumSet.of(SearchKind.RECOMMENDATION), 10).hits();
                assertEquals(List.of(d.id()), hits.stream().map(SearchHit::id).toList(), words);
                assertEquals("崇检公建〔2026〕1号 清溪镇人民政府", hits.get(0).context(), words);
            }
            assertEquals(0, search.search("拖欠工资", EnumSet.of(SearchKind.RECOMMENDATION), 10).total());
        }
    }
}
