package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** 生成文书 on screen: opened on the folder used last, Enter writes the document, Esc closes. */
@ExtendWith(ApplicationExtension.class)
class GenerateDocumentDialogTest {
    private DocumentsFixture f;
    private FxBackgroundExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private GenerateDocumentDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        f = new DocumentsFixture(Files.createTempDirectory("generate-dialog"));
        long town = f.ladder.recipient("青山镇人民政府", null);
        long matter = f.ladder.matter("青山镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        long id = f.ladder.served(f.ladder.completeDraft(town, matter).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)).id();
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
        dialog = GenerateDocumentDialog.show(stage, id, context);
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
    void enterWritesTheDocumentIntoTheFolderUsedLast(FxRobot robot) throws Exception {
        Label what = robot.lookup("#documentDescription").queryAs(Label.class);
        TextField folder = robot.lookup("#outputFolderField").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> what.getText().contains("崇检公建〔2026〕1号")
                && folder.getText().equals(f.out.toString()));

        robot.type(KeyCode.ENTER);

        Label result = robot.lookup("#generateResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.getText().startsWith("已生成"));
        WaitForAsyncUtils.waitForFxEvents();
        String name = "检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx";
        assertEquals("已生成：" + name, result.getText());
        assertEquals(List.of(f.out.resolve(name)), filesIn(f.out));
        assertTrue(robot.lookup("#openDocumentFolderButton").query().isVisible());
        assertEquals(List.of("已生成：" + name), dialogs.notices);

        robot.type(KeyCode.ESCAPE);
        waitClosed();
    }

    private void waitClosed() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.dialog().isShowing());
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
