package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.settings.model.StatisticsSettings;

/**
 * The desk's key figures on the known register of {@link org.liaisondesk.workload.WorkloadFixture}: nothing was
 * registered in November 2026 or the month before; 2026 has 8 recommendations issued, 3 of them replied.
 */
class KeyFiguresViewModelTest {
    @TempDir
    Path temp;

    private StatisticsUiFixture f;
    private final AtomicInteger opened = new AtomicInteger();
    private KeyFiguresViewModel model;

    @BeforeEach
    void setUp() {
        f = new StatisticsUiFixture(temp);
        model = new KeyFiguresViewModel(f.w.statistics, f::settings, new DirectBackgroundExecutor(),
                opened::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private KeyFigureCard card(String id) {
        return model.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCardsShowThisMonthWithItsChangeAndThisYear() {
        model.refresh();
        assertEquals(List.of("visitors", "leads", "cases", "issued", "replyRate", "disputes"),
                model.cards().stream().map(KeyFigureCard::id).toList());
        KeyFigureCard visitors = card("visitors");
        assertEquals(List.of("本月接待来访", "0人次", "环比 —"), List.of(visitors.title(), visitors.value(),
                visitors.detail()));
        assertTrue(visitors.tooltip().startsWith("2026年11月："), visitors.tooltip());
        assertTrue(visitors.tooltip().endsWith("2026年10月：0人次"), visitors.tooltip());
        assertEquals(List.of("本月受理线索", "0条"), List.of(card("leads").title(), card("leads").value()));
        assertEquals(List.of("本月受理案件", "0件"), List.of(card("cases").title(), card("cases").value()));
        assertEquals(List.of("8件", "2026年以来累计"), List.of(card("issued").value(), card("issued").detail()));
        assertEquals(List.of("本年化解矛盾纠纷", "2件"), List.of(card("disputes").title(), card("disputes").value()));
        KeyFigureCard reply = card("replyRate");
        assertEquals(List.of("37.5%", "已回复 ÷ 制发检察建议 = 3 ÷ 8"), List.of(reply.value(), reply.detail()));
        assertTrue(reply.tooltip().contains("回复率 = 已回复 ÷ 制发检察建议"), reply.tooltip());
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void theReplyRateFollowsTheConventionInForce() {
        f.update(s -> {
            StatisticsSettings st = s.getStatistics();
            st.setReplyRateBase(StatisticsSettings.ReplyRateBase.DUE);
            s.setStatistics(st);
        });
        model.refresh();
        KeyFigureCard reply = card("replyRate");
        assertTrue(reply.detail().startsWith("已回复 ÷ 回复期限已届满 = 3 ÷ "), reply.detail());
        assertTrue(reply.tooltip().contains("回复率 = 已回复 ÷ 回复期限已届满"), reply.tooltip());
    }

    @Test
    void aCardOpensTheStatistics() {
        model.refresh();
        model.open();
        assertEquals(1, opened.get());
    }
}
