package org.liaisondesk.ladder.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.DueItem;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.ReplyOutcome;

class RecommendationServiceTest {
    @TempDir
    Path dir;
    LadderFixture f;
    long town;
    long matter;

    @BeforeEach
    void setUp() {
        f = new LadderFixture(dir);
        long district = f.recipient("区人民政府", null);
        town = f.recipient("清溪镇人民政府", district);
        matter = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void issueNumbersServesAndCountsTheReplyDeadlineOverTheCalendar() {
        RecommendationDetail d = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
        assertEquals("崇检公建〔2026〕1号", d.number());
        assertEquals(LadderStatus.SERVED, d.state().status());
        assertEquals(LocalDate.of(2026, 3, 9), d.state().replyDueOn(), "2026-03-08 is a Sunday");
        assertEquals(d.recommendation().superiorId(), f.recipients.find(town).orElseThrow().superiorId(),
                "the superior defaults to the recipient's");
        RecommendationDetail second = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4));
        assertEquals("崇检公建〔2026〕2号", second.number());
    }

    @Test
    void aReplyBeforeServiceIsRefusedAndChangesNothing() {
        long id = f.ladder.save(f.completeDraft(town, matter).build()).id();
        UserFacingException e = assertThrows(UserFacingException.class, () -> f.ladder.record(id,
                LadderEvent.of(EventKind.REPLIED, LocalDate.of(2026, 2, 1)).replyOutcome(ReplyOutcome.ADOPTED).build()));
        assertEquals("ladder.refused.replyBeforeService", e.messageKey());
        assertTrue(f.ladder.find(id).orElseThrow().events().isEmpty());
    }

    @Test
    void anIssueIsNeverTakenBackAndAWithdrawnNumberIsNotGivenAgain() {
        RecommendationDetail d = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
        f.ladder.undoLast(d.id());
        UserFacingException e = assertThrows(UserFacingException.class, () -> f.ladder.undoLast(d.id()));
        assertEquals("ladder.undo.issued", e.messageKey());
        f.ladder.record(d.id(), LadderEvent.of(EventKind.WITHDRAWN, LocalDate.of(2026, 1, 9)).text("事实认定有误").build());
        assertThrows(UserFacingException.class, () -> f.ladder.delete(List.of(d.id())));
        RecommendationDetail next = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4));
        assertEquals("崇检公建〔2026〕2号", next.number());
        assertEquals(List.of("崇检公建〔2026〕1号", "崇检公建〔2026〕2号"),
                f.ladder.numbers(2026).stream().map(n -> n.number()).toList());
        assertTrue(f.ladder.numbers(2026).get(0).withdrawn());
    }

    @Test
    void theDueListShowsOverdueReplies() {
        f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 4),
                LocalDate.of(2026, 8, 5));
        List<DueItem> due = f.ladder.due(LocalDate.of(2026, 11, 23));
        assertEquals(1, due.size());
        assertEquals(DueItem.Kind.REPLY_OVERDUE, due.get(0).kind());
        assertEquals(LocalDate.of(2026, 10, 8), due.get(0).dueOn(), "10-05 falls in the National Day holiday (10-01 to 10-07)");
    }
}
