package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;
import org.liaisondesk.testsupport.RecordingDialogs;

/** 统计口径: the choices on screen, their formulas, saving them, and a refused save. */
class StatisticsSettingsViewModelTest {
    private final Settings settings = new Settings();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private int saves;

    private synchronized Settings update(Consumer<Settings> change) {
        saves++;
        change.accept(settings);
        return settings.copy();
    }

    private StatisticsSettingsViewModel model() {
        return new StatisticsSettingsViewModel(settings::copy, this::update, new DirectBackgroundExecutor(), dialogs);
    }

    @Test
    void showsTheConventionsInForceWithTheirFormulas() {
        StatisticsSettingsViewModel m = model();
        assertEquals(ReplyRateBase.ISSUED, m.replyBaseProperty().get());
        assertEquals(AdoptionRateBase.REPLIED, m.adoptionBaseProperty().get());
        assertEquals("回复率 = 已回复 ÷ 制发检察建议", m.replyFormulaProperty().get());
        assertEquals("采纳率 = 采纳 ÷ 已回复", m.adoptionFormulaProperty().get());
        assertFalse(m.isDirty());
    }

    @Test
    void savesTheChoicesForTheNextComputation() {
        StatisticsSettingsViewModel m = model();
        m.replyBaseProperty().set(ReplyRateBase.DUE);
        m.adoptionBaseProperty().set(AdoptionRateBase.ISSUED);
        assertEquals("回复率 = 已回复 ÷ 回复期限已届满", m.replyFormulaProperty().get());
        assertEquals("采纳率 = 采纳 ÷ 制发检察建议", m.adoptionFormulaProperty().get());
        assertTrue(m.isDirty());
        m.reload();
        assertEquals(ReplyRateBase.DUE, m.replyBaseProperty().get(), "a reload keeps choices not saved yet");
        m.save();
        assertEquals(1, saves);
        assertEquals(ReplyRateBase.DUE, settings.getStatistics().getReplyRateBase());
        assertEquals(AdoptionRateBase.ISSUED, settings.getStatistics().getAdoptionRateBase());
        assertFalse(m.isDirty());
        assertEquals(List.of("统计口径已保存，下一次统计起生效"), dialogs.notices);
        assertFalse(m.savingProperty().get());
    }

    @Test
    void aRefusedSaveIsShownAndTheChoicesStay() {
        StatisticsSettingsViewModel m = new StatisticsSettingsViewModel(settings::copy, change -> {
            throw new UserFacingException("settings.saveFailed", "settings.json");
        }, new DirectBackgroundExecutor(), dialogs);
        m.replyBaseProperty().set(ReplyRateBase.DUE);
        m.save();
        assertEquals(1, dialogs.errors.size());
        assertEquals(ReplyRateBase.DUE, m.replyBaseProperty().get());
        assertTrue(m.isDirty());
        assertEquals(ReplyRateBase.ISSUED, settings.getStatistics().getReplyRateBase());
        assertFalse(m.savingProperty().get());
    }
}
