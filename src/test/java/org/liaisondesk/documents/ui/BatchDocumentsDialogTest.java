package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.settings.model.DocumentSettings;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 批量生成文书 on screen: two selected recommendations written into a folder typed in, then the summary. */
@ExtendWith(ApplicationExtension.class)
class BatchDocumentsDialogTest {
    private DocumentsFixture f;
    private FxBackgroundExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private BatchDocumentsDialog dialog;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("batch-dialog");
        f = new DocumentsFixture(temp);
        folder = Files.createDirectories(temp.resolve("batch"));
        long town = f.ladder.recipient("青山镇人民政府", null);
        long river = f.ladder.recipient("溪口镇人民政府", null);
        long matter = f.ladder.matter("青山镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        long first = f.ladder.served(f.ladder.completeDraft(town, matter).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)).id();
        long second = f.ladder.served(f.ladder.completeDraft(river, matter).build(), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4)).id();
        // The dialog starts in a folder of the test, never in the home folder; the test then types another.
        DocumentSettings d = f.ladder.settings.getDocuments();
        d.setOutputFolder(f.out.toString());
        f.ladder.settings.setDocuments(d);
        executor = new FxBackgroundExecutor();
        GenerationContext context = new GenerationContext(f.documents, () -> f.ladder.settings.copy(), this::update,
                executor, dialogs, new RecordingLauncher(), TestRegister.CLOCK);
        Scene scene = new Scene(new StackPane(), 500, 300);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        dialog = new BatchDocumentsDialog(stage, new BatchDocumentsViewModel(List.of(first, second), context,
                Platform::runLater));
        dialog.open();
    }

    private synchronized Settings update(Consumer<Settings> change) {
        change.accept(f.ladder.settings);
        return f.ladder.settings.copy();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        f.close();
    }

    @Test
    void writesTheTwoSelectedDocumentsAndSumsUp(FxRobot robot) throws Exception {
        TextField folderField = robot.lookup("#outputFolderField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> folderField.getText().equals(f.out.toString()));
        Label count = robot.lookup("#periodCount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().equals("该期间共制发 2 件建议"));
        assertEquals("所选的 2 件建议", robot.lookup("#scopeSelected").queryLabeled().getText());

        robot.doubleClickOn(folderField);
        robot.interact(folderField::selectAll);
        robot.write(folder.toString());
        robot.clickOn("#startBatchButton");

        Label summary = robot.lookup("#batchSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().equals("2 份已生成"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary.isVisible());
        assertFalse(robot.lookup("#batchFailures").query().isVisible(), "nothing refused, no list of refusals");
        assertEquals(List.of("检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx", "检察建议书_崇检公建〔2026〕2号_溪口镇人民政府.docx"),
                filesIn(folder));
        assertEquals(List.of(), filesIn(f.out), "the folder typed in is used, not the one shown first");
        assertEquals(folder.toAbsolutePath().toString(), f.ladder.settings.getDocuments().getOutputFolder());
        assertTrue(robot.lookup("#openBatchFolderButton").query().isVisible());

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.dialog().isShowing());
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
