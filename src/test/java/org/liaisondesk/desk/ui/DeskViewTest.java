package org.liaisondesk.desk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
import org.liaisondesk.desk.DeskFixture;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desk on screen: its sections and rows, a click and Enter opening records, F5 reloading. */
@ExtendWith(ApplicationExtension.class)
class DeskViewTest {
    private DeskFixture f;
    private FxBackgroundExecutor executor;
    private DeskView view;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private long overdue;
    private long lead;

    @Start
    void start(Stage stage) throws Exception {
        f = new DeskFixture(Files.createTempDirectory("desk-view"));
        overdue = f.overdueReply("关于督促整治清溪村木材加工厂占用耕地的检察建议");
        lead = f.leadNotTold(TestRegister.TODAY.minusDays(30), TestRegister.TODAY.minusDays(20), "李春梅",
                "网格员李春梅反映清溪河沿岸堆放垃圾");
        executor = new FxBackgroundExecutor();
        view = new DeskView(new DeskViewModel(f.desk, executor, new RecordingDialogs(),
                (w, id) -> opened.add("recommendation:" + id), (w, id) -> opened.add("lead:" + id),
                (w, id) -> opened.add("visit:" + id)));
        Scene scene = new Scene((Parent) view.root(), 1100, 700);
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
    void rowsAreShownAndAClickOrEnterOpensTheirRecord(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".desk-row").queryAll().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Node late = robot.lookup("#desk-REPLY_OVERDUE").query();
        assertTrue(late.getStyleClass().contains("desk-late"), "the overdue section is red");
        assertEquals("1", robot.from(late).lookup(".desk-count").queryAs(Label.class).getText());
        assertEquals("逾期 46 天", robot.from(late).lookup(".desk-timing").queryAs(Label.class).getText());
        Node quiet = robot.lookup("#desk-OBJECTION_WAITING").query();
        assertEquals("没有待复核的异议", robot.from(quiet).lookup(".desk-empty").queryAs(Label.class).getText());
        Node leads = robot.lookup("#desk-LEAD_NOT_TOLD").query();
        Label leadDetail = robot.from(leads).lookup(".desk-detail").queryAs(Label.class);
        assertTrue(leadDetail.getText().contains("李某某") && !leadDetail.getText().contains("李春梅"),
                leadDetail.getText());

        robot.clickOn(robot.from(late).lookup(".desk-title").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("recommendation:" + overdue), opened);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("recommendation:" + overdue, "lead:" + lead), opened);

        long second = f.overdueReply("关于督促整治长林村木材加工厂占用耕地的检察建议");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".desk-row").queryAll().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        Node lateAgain = robot.lookup("#desk-REPLY_OVERDUE").query();
        assertEquals("2", robot.from(lateAgain).lookup(".desk-count").queryAs(Label.class).getText());
        assertTrue(second > overdue);

        robot.interact(() -> view.setSuggestions(new Label("升级建议面板")));
        assertTrue(robot.lookup("升级建议面板").tryQuery().isPresent(), "the suggestions slot shows its panel");
    }
}
