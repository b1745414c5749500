package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.settings.model.DocumentSettings;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** 生成文书 for one recommendation, with the real services and the shipped templates; no JavaFX toolkit. */
class GenerateDocumentViewModelTest {
    @TempDir
    Path temp;
    DocumentsFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    RecordingLauncher launcher = new RecordingLauncher();
    RecommendationDetail issued;
    int settingsSaved;

    @BeforeEach
    void setUp() throws IOException {
        f = new DocumentsFixture(temp);
        long town = f.ladder.recipient("青山镇人民政府", null);
        long matter = f.ladder.matter("青山镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        issued = f.ladder.served(f.ladder.completeDraft(town, matter).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Like AppContext.updateSettings: the change applied to the settings in force. */
    Settings update(Consumer<Settings> change) {
        settingsSaved++;
        change.accept(f.ladder.settings);
        return f.ladder.settings.copy();
    }

    GenerationContext context() {
        return new GenerationContext(f.documents, () -> f.ladder.settings.copy(), this::update,
                new DirectBackgroundExecutor(), dialogs, launcher, TestRegister.CLOCK);
    }

    GenerateDocumentViewModel model(long id) {
        GenerateDocumentViewModel model = new GenerateDocumentViewModel(id, context());
        model.load();
        return model;
    }

    private void saveFolder(Path folder) {
        DocumentSettings d = f.ladder.settings.getDocuments();
        d.setOutputFolder(folder.toString());
        f.ladder.settings.setDocuments(d);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void namesTheDocumentAndStartsInTheFolderUsedLast() {
        saveFolder(f.out);
        GenerateDocumentViewModel model = model(issued.id());
        assertEquals("诉前检察建议书　崇检公建〔2026〕1号\n关于督促整治占用耕地从事木材加工问题的检察建议",
                model.descriptionProperty().get());
        assertEquals(f.out.toString(), model.output().folderProperty().get());
        assertFalse(model.output().overwriteProperty().get(), "a file of the same name is kept by default");
        assertEquals("", model.errorProperty().get());
    }

    @ParameterizedTest(name = "saved folder {0}, Documents exists {1} → {2}")
    @CsvSource({"saved, true, saved", "saved, false, saved", "gone, true, Documents", "gone, false, home",
            "'', true, Documents", "'', false, home"})
    void theStartingFolder(String saved, boolean documentsExists, String expected) throws IOException {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path savedFolder = Files.createDirectories(temp.resolve("saved"));
        if (documentsExists) {
            Files.createDirectories(home.resolve("Documents"));
        }
        String setting = switch (saved) {
            case "saved" -> savedFolder.toString();
            case "gone" -> temp.resolve("gone").toString();
            default -> "";
        };
        Path start = OutputFolder.initialFolder(setting, home);
        Path want = switch (expected) {
            case "saved" -> savedFolder;
            case "Documents" -> home.resolve("Documents");
            default -> home;
        };
        assertEquals(want, start);
    }

    @Test
    void writesTheDocumentKeepsTheFolderAndOffersToOpenIt() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("文书输出"));
        GenerateDocumentViewModel model = model(issued.id());
        model.output().folderProperty().set(folder.toString());

        model.generate();

        Path file = model.generatedProperty().get();
        assertNotNull(file, model.errorProperty().get());
        assertEquals(List.of(folder.resolve("检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx")), filesIn(folder));
        assertEquals(filesIn(folder).get(0), file);
        assertTrue(DocumentsFixture.text(file).contains("青山镇人民政府"));
        assertEquals("已生成：检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx", model.resultProperty().get());
        assertEquals(List.of("已生成：检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx"), dialogs.notices);
        assertEquals(folder.toAbsolutePath().toString(), f.ladder.settings.getDocuments().getOutputFolder());
        assertEquals(1, settingsSaved);

        dialogs.lastNoticeAction.run();
        model.openFolder();
        assertEquals(List.of(file, folder.toAbsolutePath()), launcher.opened);

        model.generate();
        assertEquals(1, filesIn(folder).size(), "once written, the dialog does not write a copy");
    }

    @Test
    void anExistingFileIsKeptUnlessOverwritingIsTicked() throws IOException {
        GenerateDocumentViewModel first = model(issued.id());
        first.output().folderProperty().set(f.out.toString());
        first.generate();
        GenerateDocumentViewModel second = model(issued.id());
        second.generate();
        assertEquals("检察建议书_崇检公建〔2026〕1号_青山镇人民政府（2）.docx",
                second.generatedProperty().get().getFileName().toString());
        GenerateDocumentViewModel third = model(issued.id());
        third.output().overwriteProperty().set(true);
        third.generate();
        assertEquals(first.generatedProperty().get(), third.generatedProperty().get());
        assertEquals(2, filesIn(f.out).size());
    }

    @Test
    void aRefusalStaysInTheDialogAndTheFolderIsNotKept() {
        GenerateDocumentViewModel model = model(issued.id());
        Path missing = temp.resolve("没有这个文件夹");
        model.output().folderProperty().set(missing.toString());

        model.generate();

        assertEquals("文件夹“" + missing.toAbsolutePath() + "”不存在或无法访问，请重新选择保存位置。", model.errorProperty().get());
        assertNull(model.generatedProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(), dialogs.notices);
        assertEquals(0, settingsSaved);

        model.output().folderProperty().set(f.out.toString());
        model.generate();
        assertNotNull(model.generatedProperty().get(), "the same dialog writes once the folder is right");
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void noFolderIsRefusedBeforeAnythingRuns() {
        GenerateDocumentViewModel model = model(issued.id());
        model.output().folderProperty().set("  ");
        model.generate();
        assertEquals("请选择保存文书的文件夹", model.errorProperty().get());
        assertNull(model.generatedProperty().get());
    }

    @Test
    void withoutAnOfficeNameTheServiceRefusalIsShown() {
        f.ladder.settings.setOfficeName("");
        GenerateDocumentViewModel model = model(issued.id());
        model.output().folderProperty().set(f.out.toString());
        model.generate();
        assertEquals("尚未设置检察院名称，文书无法落款。请在“设置 → 常规”中填写院名和简称。", model.errorProperty().get());
    }

    @Test
    void aRecommendationThatIsGoneSaysSoWhenOpened() {
        GenerateDocumentViewModel model = model(987654);
        assertEquals("", model.descriptionProperty().get());
        assertEquals("该文书已不存在或已删除", model.errorProperty().get());
    }
}
