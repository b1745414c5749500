package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.settings.model.DocumentSettings;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.RecordingDialogs;

/** 文书设置: the form over the documents' settings, saved like the other settings panes; no JavaFX toolkit. */
class DocumentSettingsViewModelTest {
    @TempDir
    Path temp;
    DocumentsFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    RecordingLauncher launcher = new RecordingLauncher();
    DocumentSettingsViewModel form;
    int updates;
    boolean refuseSaving;

    @BeforeEach
    void setUp() throws IOException {
        f = new DocumentsFixture(temp);
        form = new DocumentSettingsViewModel(f.ladder.settings::copy, this::update, f.templates,
                new DirectBackgroundExecutor(), dialogs, launcher);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    Settings update(Consumer<Settings> change) {
        updates++;
        if (refuseSaving) {
            throw new UserFacingException("settings.saveFailed", "settings.json", "磁盘已满");
        }
        change.accept(f.ladder.settings);
        return f.ladder.settings.copy();
    }

    @Test
    void showsTheSettingsInForceWithTheDefaultsOfANewOffice() {
        assertEquals(ChineseDates.Style.ARABIC, form.dateStyleProperty().get());
        assertTrue(form.maskNamesProperty().get(), "names are masked unless the office decides otherwise");
        assertEquals("", form.printingOfficeProperty().get());
        assertEquals("留空时印为：崇溪区人民检察院办公室", form.printingOfficeHintProperty().get());
        assertEquals(f.store.folder().toAbsolutePath().toString(), form.templatesFolderText());
        assertFalse(form.isDirty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ARABIC, 2024年10月12日", "CHINESE_NUMERALS, 二〇二四年十月十二日"})
    void eachDateStyleIsShownByTheSameDate(ChineseDates.Style style, String shown) {
        assertEquals(shown, DocumentSettingsViewModel.example(style));
    }

    @Test
    void savesTheChangesAndSaysSo() {
        form.dateStyleProperty().set(ChineseDates.Style.CHINESE_NUMERALS);
        form.maskNamesProperty().set(false);
        form.printingOfficeProperty().set("  崇溪区人民检察院第五检察部 ");
        assertTrue(form.isDirty());
        assertEquals("", form.printingOfficeHintProperty().get(), "a value typed needs no explaining");

        form.save();

        DocumentSettings saved = f.ladder.settings.getDocuments();
        assertEquals(ChineseDates.Style.CHINESE_NUMERALS, saved.getDateStyle());
        assertFalse(saved.isMaskNames());
        assertEquals("崇溪区人民检察院第五检察部", saved.getPrintingOffice());
        assertEquals(List.of("文书设置已保存"), dialogs.notices);
        assertFalse(form.isDirty());
        assertEquals("崇溪区人民检察院第五检察部", form.printingOfficeProperty().get());
    }

    @Test
    void aTooLongOfficeIsRefusedAndKeptOnScreen() {
        String office = "崇".repeat(DocumentSettingsViewModel.MAX_PRINTING_OFFICE + 1);
        form.printingOfficeProperty().set(office);
        form.save();
        assertEquals(0, updates);
        assertEquals("内容过长，最多 40 个字", form.errors().get("printingOffice"));
        assertEquals(office, form.printingOfficeProperty().get());

        form.printingOfficeProperty().set("崇".repeat(DocumentSettingsViewModel.MAX_PRINTING_OFFICE));
        assertFalse(form.errors().containsKey("printingOffice"), "the problem goes as soon as the text is right");
    }

    @Test
    void aSettingsFileThatCannotBeWrittenIsReportedAndTheFormKeepsItsValues() {
        refuseSaving = true;
        form.maskNamesProperty().set(false);
        form.save();
        assertEquals(1, dialogs.errors.size());
        assertFalse(form.maskNamesProperty().get());
        assertTrue(form.isDirty());
        assertFalse(form.savingProperty().get());
    }

    @Test
    void reloadingKeepsUnsavedChangesAndOtherwiseShowsTheSettingsInForce() {
        DocumentSettings elsewhere = f.ladder.settings.getDocuments();
        elsewhere.setPrintingOffice("办公室（由其他窗口保存）");
        f.ladder.settings.setDocuments(elsewhere);
        form.reload();
        assertEquals("办公室（由其他窗口保存）", form.printingOfficeProperty().get());

        form.maskNamesProperty().set(false);
        elsewhere.setPrintingOffice("又改了");
        f.ladder.settings.setDocuments(elsewhere);
        form.reload();
        assertEquals("办公室（由其他窗口保存）", form.printingOfficeProperty().get(), "unsaved edits are never dropped");
    }

    @Test
    void withoutAnOfficeNameTheHintSaysWhereToSetIt() {
        f.ladder.settings.setOfficeName("");
        DocumentSettingsViewModel fresh = new DocumentSettingsViewModel(f.ladder.settings::copy, this::update,
                f.templates, new DirectBackgroundExecutor(), dialogs, launcher);
        assertEquals("留空时印为院名加“办公室”（尚未在“常规”中设置院名）", fresh.printingOfficeHintProperty().get());
    }

    @Test
    void theTemplatesFolderIsFilledThenOpened() {
        form.openTemplatesFolder();
        assertEquals(List.of(f.store.folder()), launcher.opened);
        assertTrue(Files.exists(f.store.path(DocumentKind.INDIVIDUAL_LETTER)));
    }
}
