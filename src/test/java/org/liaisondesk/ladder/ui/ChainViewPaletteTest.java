package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;

/** Which colour a document is drawn in, from where it stands on 2026-11-23. */
class ChainViewPaletteTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0}, due {1}, replied {2} {3}, rectification {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            "DRAFT,         -,          -,          -,           -,       DRAFT",
            "APPROVED,      -,          -,          -,           -,       DRAFT",
            "ISSUED,        -,          -,          -,           -,       RUNNING",
            "SERVED,        2026-11-23, -,          -,           -,       RUNNING",
            "SERVED,        2026-11-22, -,          -,           -,       ALERT",
            "UNDER_REVIEW,  2026-11-01, -,          -,           -,       ALERT",
            "REPLIED,       2026-11-01, 2026-10-30, ADOPTED,     -,       RUNNING",
            "REPLIED,       2026-11-01, 2026-10-30, NOT_ADOPTED, -,       ALERT",
            "VERIFIED,      2026-11-01, 2026-10-30, ADOPTED,     DONE,    DONE",
            "VERIFIED,      2026-11-01, 2026-10-30, PARTLY,      PARTIAL, RUNNING",
            "VERIFIED,      2026-11-01, 2026-10-30, ADOPTED,     NONE,    ALERT",
            "ESCALATED,     2026-11-01, -,          -,           -,       ESCALATED",
            "LAWSUIT_FILED, 2026-11-01, -,          -,           NONE,    ESCALATED",
            "CLOSED,        2026-11-01, 2026-10-30, ADOPTED,     DONE,    DONE",
            "WITHDRAWN,     2026-11-01, -,          -,           -,       WITHDRAWN"})
    void eachDocumentGetsTheToneOfWhereItStands(LadderStatus status, LocalDate due, LocalDate replied,
                                                ReplyOutcome outcome, Rectification rectification,
                                                ChainViewPalette expected) {
        LadderState s = new LadderState(status, null, null, null, due, null, replied, outcome, false, rectification,
                false, false, false, null, null, null, null);
        assertEquals(expected, ChainViewPalette.of(s, TODAY));
    }

    @Test
    void everyStatusAloneHasATone() {
        EnumSet<ChainViewPalette> used = EnumSet.noneOf(ChainViewPalette.class);
        Arrays.stream(LadderStatus.values()).map(ChainViewPalette::of).forEach(used::add);
        assertEquals(EnumSet.complementOf(EnumSet.of(ChainViewPalette.ALERT)), used,
                "an alert needs the dates and the reply, which the status alone does not tell");
    }

    @Test
    void theCurrentDocumentHasAHeavierBorder() {
        assertEquals(true, ChainViewPalette.RUNNING.boxStyle(true).contains("-fx-border-width: 0.25em"));
        assertEquals(true, ChainViewPalette.RUNNING.boxStyle(false).contains("-fx-border-width: 0.1em"));
    }
}
