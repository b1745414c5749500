package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A served recommendation's page on screen: the reply is recorded through its dialog with Chinese text typed by
 * the robot, the timeline and status follow; a step that makes no sense then says why and opens nothing.
 */
@ExtendWith(ApplicationExtension.class)
class RecommendationPageTest {
    @TempDir
    static Path dir;

    LadderFixture f;
    FxBackgroundExecutor executor;
    RecordingDialogs dialogs = new RecordingDialogs();
    RecommendationPage page;
    Stage owner;
    long id;
    List<Long> edited = new ArrayList<>();
    List<Long> written = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger changes = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        f = new LadderFixture(Files.createTempDirectory(dir, "register"));
        long district = f.recipient("清溪区人民政府", null);
        long town = f.recipient("清溪镇人民政府", district);
        long matter = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        id = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 5)).id();
        executor = new FxBackgroundExecutor();
        page = new RecommendationPage(f.ladder, executor, dialogs, (window, doc) -> edited.add(doc),
                (window, doc) -> written.add(doc));
        owner = stage;
        Scene scene = new Scene(new StackPane(new Label("LiaisonDesk")), 400, 300);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != owner).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        f.close();
    }

    @Test
    void recordsAReplyThroughItsDialogAndExplainsAStepThatMakesNoSense(FxRobot robot) throws TimeoutException {
        robot.interact(() -> page.open(owner, id, changes::incrementAndGet));
        waitUntil(() -> text(robot, "#statusLabel").equals("已送达，待回复"));
        assertEquals("崇检公建〔2026〕1号", text(robot, "#numberLabel"));
        assertTrue(timeline(robot).contains("书面送达"), () -> "timeline: " + timeline(robot));
        robot.clickOn("#writeDocumentButton");
        waitUntil(() -> written.equals(List.of(id)));

        robot.clickOn("#step-REPLIED");
        waitUntil(() -> robot.lookup("#replyOutcome").tryQuery().isPresent());
        ComboBox<ReplyOutcome> outcome = robot.lookup("#replyOutcome").queryComboBox();
        robot.interact(() -> outcome.getSelectionModel().select(ReplyOutcome.ADOPTED));
        robot.clickOn("#text").write("已责令停止占用并复垦");
        robot.clickOn("#recordStepButton");

        waitUntil(() -> text(robot, "#statusLabel").equals("已回复"));
        waitUntil(() -> timeline(robot).contains("采纳；已责令停止占用并复垦"));
        assertTrue(timeline(robot).contains("收到回复"));
        assertTrue(robot.lookup("#recordStepButton").tryQuery().isEmpty(), "the dialog closed");
        assertEquals(LadderStatus.REPLIED, f.ladder.find(id).orElseThrow().state().status());
        assertEquals("已责令停止占用并复垦", f.ladder.find(id).orElseThrow().events().get(3).text());
        assertEquals(1, changes.get());

        robot.clickOn("#step-OBJECTION_RAISED");
        waitUntil(() -> text(robot, "#stepReason").equals("不能提出异议：只有送达后、回复前才能提出异议"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#recordStepButton").tryQuery().isEmpty(), "a refused step opens no dialog");
        assertEquals(4, f.ladder.find(id).orElseThrow().events().size(), "and records nothing");
        assertEquals(1, changes.get());
        assertEquals(List.of(), dialogs.errors);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** All the words of the timeline, cell by cell. */
    private static String timeline(FxRobot robot) {
        return robot.lookup("#timeline").tryQuery().map(grid -> String.join("|", ((GridPane) grid).getChildren()
                .stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList())).orElse("");
    }

    /** Waits for the condition, then for the JavaFX thread to finish what it was drawing. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
