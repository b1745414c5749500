package org.liaisondesk.workload.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;

class RateTest {

    @ParameterizedTest(name = "{0} ÷ {1} = {2}")
    @CsvSource({
        "12, 14, 85.7%",
        "1, 2, 50%",
        "2, 3, 66.7%",
        "1, 3, 33.3%",
        "0, 5, 0%",
        "5, 5, 100%",
        "1, 8, 12.5%",
        "1, 2000, 0.1%",
        "0, 0, —",
        "3, 0, —",
    })
    void statesOneDecimalOrNothingWithoutADenominator(long num, long den, String text) {
        Rate r = new Rate(RateKind.REPLY, Metric.REPLIED, Metric.ISSUED, num, den);
        assertEquals(text, r.text());
        assertEquals(den == 0, r.percent().isEmpty());
    }

    @ParameterizedTest(name = "{0} with {1}/{2}: {3} ÷ {4}")
    @CsvSource({
        "REPLY,           ISSUED, REPLIED, REPLIED,        ISSUED",
        "REPLY,           DUE,    REPLIED, REPLIED,        DUE",
        "ADOPTION,        ISSUED, REPLIED, ADOPTED,        REPLIED",
        "ADOPTION,        ISSUED, ISSUED,  ADOPTED,        ISSUED",
        "RECTIFICATION,   DUE,    ISSUED,  RECTIFIED,      ADOPTED",
        "LEAD_CONVERSION, DUE,    ISSUED,  LEADS_TO_CASES, LEADS_TRIAGED",
    })
    void conventionsChooseTheDenominator(RateKind kind, ReplyRateBase reply, AdoptionRateBase adoption, Metric numerator,
                                         Metric denominator) {
        Figures f = new Figures(Map.of(Metric.ISSUED, 14L, Metric.DUE, 10L, Metric.REPLIED, 9L, Metric.ADOPTED, 6L,
                Metric.RECTIFIED, 3L, Metric.LEADS_TRIAGED, 40L, Metric.LEADS_TO_CASES, 8L));
        Rate r = f.rate(kind, new RateConventions(reply, adoption));
        assertEquals(numerator, r.numerator());
        assertEquals(denominator, r.denominator());
        assertEquals(f.get(numerator), r.num());
        assertEquals(f.get(denominator), r.den());
    }

    @Test
    void figuresNotCountedAreZeroAndAnEmptySetSaysSo() {
        Figures f = new Figures(Map.of(Metric.VISITORS, 3L));
        assertEquals(0, f.get(Metric.LAWSUITS));
        assertEquals(3, f.get(Metric.VISITORS));
        assertTrue(Figures.empty().isEmpty());
        assertEquals(false, f.isEmpty());
    }

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "12, 10, +20%",
        "9, 12, -25%",
        "10, 10, 0%",
        "7, 3, +133.3%",
        "0, 4, -100%",
        "5, 0, —",
        "0, 0, —",
    })
    void changesAgainstAnEarlierPeriod(long now, long before, String text) {
        assertEquals(text, new Change(now, before).text());
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @CsvSource({
        "JUDICIAL_AID_PAID, 2000000, 2",
        "JUDICIAL_AID_PAID, 1234500, 1.23",
        "JUDICIAL_AID_PAID, 0, 0",
        "VISITORS, 59, 59",
    })
    void valuesAreFormattedForTheirUnit(Metric metric, long value, String text) {
        assertEquals(text, metric.format(value));
    }
}
