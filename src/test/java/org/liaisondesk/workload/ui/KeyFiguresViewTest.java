package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.desk.service.DeskService;
import org.liaisondesk.desk.ui.DeskView;
import org.liaisondesk.desk.ui.DeskViewModel;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The key figures at the top of the desk: six cards read in the background; a click or Enter opens 统计. */
@ExtendWith(ApplicationExtension.class)
class KeyFiguresViewTest {
    private StatisticsUiFixture f;
    private FxBackgroundExecutor executor;
    private Scene scene;
    private final AtomicInteger opened = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        f = new StatisticsUiFixture(Files.createTempDirectory("key-figures"));
        executor = new FxBackgroundExecutor();
        DeskService desk = new DeskService(f.w.ladder.ladder, f.w.leads, f.w.reg.visits, f::settings,
                TestRegister.CLOCK);
        DeskView deskView = new DeskView(new DeskViewModel(desk, executor, new RecordingDialogs(), (w, id) -> { },
                (w, id) -> { }, (w, id) -> { }));
        KeyFiguresView cards = new KeyFiguresView(new KeyFiguresViewModel(f.w.statistics, f::settings, executor,
                opened::incrementAndGet));
        deskView.setKeyFigures(cards.root());
        scene = new Scene((Parent) deskView.root(), 1100, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        deskView.show();
        cards.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        f.close();
    }

    @Test
    void theCardsSitAtTheTopOfTheDeskAndOpenTheStatistics(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".key-card").queryAll().size() == 6
                && robot.lookup(".desk-block").queryAll().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        Node issued = robot.lookup("#card-issued").query();
        assertEquals("本年制发检察建议", robot.from(issued).lookup(".key-card-title").queryAs(Label.class).getText());
        assertEquals("8件", robot.from(issued).lookup(".key-card-value").queryAs(Label.class).getText());
        Node reply = robot.lookup("#card-replyRate").query();
        assertEquals("37.5%", robot.from(reply).lookup(".key-card-value").queryAs(Label.class).getText());
        Node firstBlock = robot.lookup(".desk-block").query();
        assertTrue(issued.localToScene(0, 0).getY() < firstBlock.localToScene(0, 0).getY(), "above the desk's sections");
        robot.interact(() -> Screenshots.of(scene, "h4-desk"));

        robot.clickOn(reply);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.get());
        robot.interact(issued::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, opened.get());
    }
}
