package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.ui.TemplatesViewModel.TemplateItem;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 文书模板 on screen: a template selected and checked, its tags filtered by typing, one copied. */
@ExtendWith(ApplicationExtension.class)
class TemplatesViewTest {
    private DocumentsFixture f;
    private FxBackgroundExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TemplatesViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        f = new DocumentsFixture(Files.createTempDirectory("templates-view"));
        executor = new FxBackgroundExecutor();
        model = new TemplatesViewModel(f.templates, executor, dialogs, new RecordingLauncher());
        TemplatesView view = new TemplatesView(model);
        Scene scene = new Scene((Parent) view.root(), 1200, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        f.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void checksTheSelectedTemplateAndFindsATagByTyping(FxRobot robot) throws TimeoutException {
        TableView<TemplateItem> templates = robot.lookup("#templateTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> templates.getItems().size() == DocumentKind.values().length);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DocumentKind.INDIVIDUAL_LETTER, templates.getSelectionModel().getSelectedItem().kind());

        robot.clickOn(cell(templates, "类案检察建议书"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> model.selectedProperty().get().kind() == DocumentKind.CLASS_LETTER);
        robot.clickOn("#checkButton");
        Label summary = robot.lookup("#checkSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().startsWith("模板没有问题"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary.isVisible());
        assertTrue(robot.lookup("#usedTags").queryAs(Label.class).getText().contains("{{案件表}}"));

        TableView<TagRow> tags = robot.lookup("#tagTable").queryAs(TableView.class);
        robot.clickOn("#tagSearchField").write("原建议");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tags.getItems().size() == 2);
        assertEquals("{{案件表}}", tags.getItems().get(0).syntax());
        assertEquals("[原建议文号]", tags.getItems().get(1).syntax());

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cell(tags, "[原建议文号]"));
        robot.clickOn("#copyTagButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("已复制 [原建议文号]，可在 Word 中粘贴。", dialogs.notices.get(dialogs.notices.size() - 1));
    }

    private static Node cell(TableView<?> table, String text) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + text));
    }
}
