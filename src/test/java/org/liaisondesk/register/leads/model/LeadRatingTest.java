package org.liaisondesk.register.leads.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case-worthiness rating: stars are the mean of three scores rounded half up, and say why. */
class LeadRatingTest {

    @ParameterizedTest(name = "{0} + {1} + {2} → mean {3}, {4} stars")
    @CsvSource({
        "1, 1, 1, 1.0, 1",
        "1, 1, 2, 1.3, 1",
        "1, 2, 2, 1.7, 2",
        "2, 3, 4, 3.0, 3",
        "3, 3, 4, 3.3, 3",
        "3, 4, 4, 3.7, 4",
        "4, 3, 5, 4.0, 4",
        "5, 5, 4, 4.7, 5",
        "5, 5, 5, 5.0, 5",
        "1, 5, 1, 2.3, 2",
    })
    void starsAreTheMeanRoundedHalfUp(int illegality, int investigability, int value, String mean, int stars) {
        LeadRating r = new LeadRating(illegality, investigability, value);
        assertTrue(r.isComplete());
        assertEquals(mean, r.mean().toPlainString());
        assertEquals(stars, r.stars());
    }

    @Test
    void theExplanationShowsEveryScoreTheMeanAndTheStars() {
        assertEquals("违法可能性 4 + 可查性 3 + 监督价值 5，平均 4.0 → ★★★★☆",
                new LeadRating(4, 3, 5).explanation());
        assertEquals("违法可能性 1 + 可查性 2 + 监督价值 2，平均 1.7 → ★★☆☆☆",
                new LeadRating(1, 2, 2).explanation());
    }

    @ParameterizedTest(name = "{0}, {1}, {2} is not a complete rating")
    @CsvSource({
        ", , ",
        "4, , 5",
        ", 3, ",
        "0, 3, 5",
        "4, 6, 5",
    })
    void withoutThreeValidScoresThereAreNoStars(Integer illegality, Integer investigability, Integer value) {
        LeadRating r = new LeadRating(illegality, investigability, value);
        assertFalse(r.isComplete());
        assertNull(r.stars());
        assertNull(r.mean());
        assertEquals("三项评分（违法可能性、可查性、监督价值）都填写后，自动计算成案指数。", r.explanation());
    }

    @ParameterizedTest(name = "{0} stars show as {1}")
    @CsvSource({"1, ★☆☆☆☆", "3, ★★★☆☆", "5, ★★★★★"})
    void starText(int stars, String text) {
        assertEquals(text, LeadRating.starText(stars));
    }

    @Test
    void noStarsShowNothingAndAnEmptyRatingIsEmpty() {
        assertEquals("", LeadRating.starText(null));
        assertTrue(LeadRating.none().isEmpty());
        assertFalse(new LeadRating(null, 2, null).isEmpty());
    }

    @Test
    void aBuiltLeadCarriesTheComputedStarsWhateverWasThereBefore() {
        Lead rated = Lead.builder().rating(5, 5, 4).build();
        assertEquals(5, rated.stars());
        assertNull(rated.toBuilder().ratingValue(null).build().stars(), "an incomplete rating loses its stars");
    }
}
