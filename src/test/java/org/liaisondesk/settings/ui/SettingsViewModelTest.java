package org.liaisondesk.settings.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.settings.data.SettingsStore;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.RecordingDialogs;

/** The settings form against a real settings.json: what is saved, what is refused, and what is left alone. */
class SettingsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    SettingsStore store;
    Settings current;
    int updates;
    RecordingDialogs dialogs = new RecordingDialogs();
    SettingsViewModel model;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("settings.json"), CLOCK);
        Settings initial = new Settings();
        initial.setOfficeName("四川省崇州市人民检察院");
        initial.setUserName("陈检察官");
        store.save(initial);
        current = store.load();
        model = new SettingsViewModel(current, this::update, dir, new DirectBackgroundExecutor(), dialogs);
    }

    /** What the application does: apply the change to a copy, write it, then use it. */
    private Settings update(Consumer<Settings> change) {
        updates++;
        Settings next = current.copy();
        change.accept(next);
        store.save(next);
        current = next;
        return next.copy();
    }

    private JsonNode file() throws IOException {
        return new ObjectMapper().readTree(Files.readString(store.file()));
    }

    @Test
    void showsTheStoredSettings() {
        assertEquals("四川省崇州市人民检察院", model.officeNameProperty().get());
        assertEquals("陈检察官", model.userNameProperty().get());
        assertEquals("zh", model.languageProperty().get());
        assertEquals(Settings.DEFAULT_PAGE_SIZE, model.pageSizeProperty().get());
        assertFalse(model.isDirty());
    }

    @Test
    void savingWritesSettingsJsonAndSaysSo() throws IOException {
        model.officeAbbreviationProperty().set(" 崇 ");
        model.userNameProperty().set("李检察官");
        model.reminderLeadDaysProperty().set(7);
        model.pageSizeProperty().set(100);
        assertTrue(model.isDirty());

        model.save();

        JsonNode json = file();
        assertEquals("四川省崇州市人民检察院", json.get("officeName").asText());
        assertEquals("崇", json.get("officeAbbreviation").asText());
        assertEquals("李检察官", json.get("userName").asText());
        assertEquals(7, json.get("reminderLeadDays").asInt());
        assertEquals(100, json.get("pageSize").asInt());
        assertEquals("zh", json.get("language").asText());
        assertEquals(List.of("设置已保存"), dialogs.notices);
        assertEquals("崇", model.officeAbbreviationProperty().get());
        assertFalse(model.isDirty());
    }

    @Test
    void aLanguageChangeIsSavedWithANoteAboutRestarting() throws IOException {
        model.languageProperty().set("en");

        model.save();

        assertEquals("en", file().get("language").asText());
        assertEquals(List.of("设置已保存。界面语言将在重新启动本程序后更改。"), dialogs.notices);
    }

    @Test
    void aTooLongAbbreviationIsRefusedInlineAndTheFileIsLeftAlone() throws IOException {
        byte[] before = Files.readAllBytes(store.file());
        model.officeAbbreviationProperty().set("崇州市检察");
        model.userNameProperty().set("李检察官");

        model.save();

        assertEquals("内容过长，最多 4 个字", model.errors().get("officeAbbreviation"));
        assertEquals(0, updates);
        assertArrayEquals(before, Files.readAllBytes(store.file()));
        assertEquals("李检察官", model.userNameProperty().get(), "what was typed is kept");
        assertTrue(dialogs.notices.isEmpty());

        model.officeAbbreviationProperty().set("崇");
        assertTrue(model.errors().isEmpty(), "the problem goes as soon as it is fixed");
    }

    @Test
    void theOfficeNameIsRequiredAndNumbersMustBeInRange() {
        model.officeNameProperty().set("  ");
        model.reminderLeadDaysProperty().set(61);
        model.pageSizeProperty().set(5);

        model.save();

        assertEquals("此项必填", model.errors().get("officeName"));
        assertEquals("应在 0 至 60 之间", model.errors().get("reminderLeadDays"));
        assertEquals("应在 10 至 500 之间", model.errors().get("pageSize"));
        assertEquals(0, updates);
    }

    @Test
    void aProblemShowsOnceTheFieldIsLeft() {
        model.officeNameProperty().set("");
        assertTrue(model.errors().isEmpty());
        model.touch("officeName");
        assertEquals("此项必填", model.errors().get("officeName"));
    }

    @Test
    void aFailedWriteIsShownAsAnErrorAndNothingChanges() {
        Function<Consumer<Settings>, Settings> failing = change -> {
            throw new UserFacingException("settings.saveFailed", store.file(), "磁盘已满");
        };
        model = new SettingsViewModel(current, failing, dir, new DirectBackgroundExecutor(), dialogs);
        model.userNameProperty().set("李检察官");

        model.save();

        assertEquals(List.of("设置没有保存到“" + store.file() + "”：磁盘已满"), dialogs.errors);
        assertTrue(dialogs.notices.isEmpty());
        assertTrue(model.isDirty(), "the typed change is still there to retry");
        assertFalse(model.savingProperty().get());
    }

    @Test
    void withoutADesktopTheDataFolderPathIsShown() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "a desktop would really open a file manager");

        model.openDataFolder();

        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).contains(dir.toAbsolutePath().toString()));
    }
}
