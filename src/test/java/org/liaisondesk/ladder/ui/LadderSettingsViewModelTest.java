package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.NumberScheme;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.settings.model.LadderSettings;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.RecordingDialogs;

/** The ladder's settings form, saving into the settings the service counts with; no JavaFX toolkit. */
class LadderSettingsViewModelTest {
    @TempDir
    Path dir;
    LadderFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    LadderSettingsViewModel form;
    int updates;

    @BeforeEach
    void setUp() {
        f = new LadderFixture(dir);
        form = new LadderSettingsViewModel(f.settings::copy, this::update, f.ladder, new DirectBackgroundExecutor(),
                dialogs);
    }

    /** Like AppContext.updateSettings: the change applied to the settings in force. */
    Settings update(Consumer<Settings> change) {
        updates++;
        change.accept(f.settings);
        return f.settings.copy();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void showsTheSettingsInForceWithAnExampleNumberPerScheme() {
        assertEquals(2, form.periodProperty("replyMonths").get());
        assertEquals(15, form.periodProperty("urgentReplyDays").get());
        assertEquals(14, form.periodProperty("dueSoonDays").get());
        assertEquals(10, form.periodProperty("objectionDays").get());
        assertEquals(30, form.periodProperty("returnVisitDays").get());
        assertEquals(3, form.periodProperty("classCaseThreshold").get());
        assertEquals(12, form.periodProperty("classCaseWindowMonths").get());
        assertEquals("{院简称}检{代字}建〔{年}〕{序号}号", form.patternProperty(NumberScheme.PUBLIC_INTEREST).get());
        assertEquals("公", form.codeProperty(NumberScheme.PUBLIC_INTEREST).get());
        assertEquals("示例：崇检公建〔2026〕1号", form.previewProperty(NumberScheme.PUBLIC_INTEREST).get());
        assertEquals("示例：崇检报〔2026〕1号", form.previewProperty(NumberScheme.SPECIAL_REPORT).get());
        assertEquals("", form.officeHintProperty().get());
        assertFalse(form.isDirty());
    }

    @Test
    void thePreviewFollowsTheTyping() {
        form.codeProperty(NumberScheme.SOCIAL_GOVERNANCE).set("社治");
        assertEquals("示例：崇检社治建〔2026〕1号", form.previewProperty(NumberScheme.SOCIAL_GOVERNANCE).get());
        form.patternProperty(NumberScheme.SOCIAL_GOVERNANCE).set("{院简称}{代字}字〔{年}〕第{序号}号");
        assertEquals("示例：崇社治字〔2026〕第1号", form.previewProperty(NumberScheme.SOCIAL_GOVERNANCE).get());
        assertTrue(form.isDirty());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "{院简称}检{代号}建〔{年}〕{序号}号 | 文号格式中的 {代号} 无法识别，可用：{院简称} {代字} {年} {序号}，不能保存",
            "{院简称}检建〔{年}〕号 | 文号格式缺少 {序号}，不能保存",
            "{院简称}检建〔2026〕{序号}号 | 文号格式缺少 {年}，不能保存",
            "{院简称}检建〔{年}〕{序号号 | 文号格式缺少 {序号}；文号格式中有不成对的花括号，不能保存"})
    void aPatternThatCannotNumberIsShownWithItsProblemsAndNotSaved(String pattern, String message) {
        NumberScheme scheme = NumberScheme.CORRECTION;
        form.patternProperty(scheme).set(pattern);
        assertEquals(message, form.errors().get(LadderSettingsViewModel.patternField(scheme)),
                "shown while typing, before any save");
        assertEquals("", form.previewProperty(scheme).get());
        form.save();
        assertEquals(0, updates);
        assertTrue(f.settings.getLadder().getNumberFormats().isEmpty());
    }

    @Test
    void aPeriodOutOfRangeIsRefusedOnSave() {
        form.periodProperty("replyMonths").set(13);
        assertFalse(form.errors().containsKey("replyMonths"), "not before the field was left or saved");
        form.save();
        assertEquals("应在 1 至 12 之间", form.errors().get("replyMonths"));
        form.periodProperty("objectionDays").set(null);
        assertEquals("此项必填", form.errors().get("objectionDays"));
        assertEquals(0, updates);
    }

    @Test
    void savingWritesTheSettingsAndRecountsTheStoredDeadlines() {
        long district = f.recipient("清溪区人民政府", null);
        long town = f.recipient("清溪镇人民政府", district);
        long matter = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        long id = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 5)).id();
        assertEquals(LocalDate.of(2027, 1, 5), storedReplyDue(id));

        form.periodProperty("replyMonths").set(3);
        form.periodProperty("classCaseThreshold").set(4);
        form.codeProperty(NumberScheme.PUBLIC_INTEREST).set("公益");
        form.save();

        assertEquals(1, updates);
        LadderSettings saved = f.settings.getLadder();
        assertEquals(3, saved.getReplyMonths());
        assertEquals(4, saved.getClassCaseThreshold());
        assertEquals(Map.of("PUBLIC_INTEREST", new LadderSettings.NumberFormatSetting(
                "{院简称}检{代字}建〔{年}〕{序号}号", "公益")), saved.getNumberFormats(),
                "only the scheme that differs from its built-in pattern is stored");
        assertEquals(LocalDate.of(2027, 2, 5), storedReplyDue(id));
        assertEquals(List.of("已保存。已按新设置重新计算 1 个期限。"), dialogs.notices);
        assertFalse(form.isDirty());

        form.restoreDefault(NumberScheme.PUBLIC_INTEREST);
        form.save();
        assertTrue(f.settings.getLadder().getNumberFormats().isEmpty());
        assertEquals("已保存。现有期限无需调整。", dialogs.notices.get(1));
    }

    @Test
    void withoutAnOfficeAbbreviationTheFormSaysNumbersCannotBeGivenYet() {
        f.settings.setOfficeAbbreviation("");
        form.reload();
        assertEquals("请先在“设置”中填写院简称（如“崇”），才能编文号", form.officeHintProperty().get());
        assertEquals("示例：某检公建〔2026〕1号", form.previewProperty(NumberScheme.PUBLIC_INTEREST).get());
    }

    @Test
    void reloadKeepsChangesThatWereNotSaved() {
        form.periodProperty("returnVisitDays").set(45);
        f.settings.setOfficeAbbreviation("清");
        form.reload();
        assertEquals(45, form.periodProperty("returnVisitDays").get());
    }

    LocalDate storedReplyDue(long id) {
        return f.ladder.page(RecommendationQuery.firstPage(10, f.ladder.today())).items().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow().replyDueOn();
    }
}
