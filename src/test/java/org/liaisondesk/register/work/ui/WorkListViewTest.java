package org.liaisondesk.register.work.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.WorkFixtures;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The work register on screen, as a prosecutor uses it: record a lenient-plea suspect's community service with
 * Chinese text and a logged session (after a refused save), find it, search for it, edit it and read its history,
 * delete it and bring it back with its log.
 */
@ExtendWith(ApplicationExtension.class)
class WorkListViewTest {
    @TempDir
    static Path dir;

    TestRegister reg;
    WorkService work;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) throws IOException {
        reg = new TestRegister(Files.createTempDirectory(dir, "register"));
        Station station = reg.station("崇阳街道微检治联络站");
        reg.prosecutor("孟书瑶", station);
        work = WorkFixtures.service(reg);
        executor = new FxBackgroundExecutor();
        WorkListViewModel model = new WorkListViewModel(work, reg.roster, executor, dialogs, () -> 50, false);
        WorkEditorOpener opener = new WorkEditorOpener(work, reg.roster, reg.liaisons, executor, dialogs,
                () -> stage, () -> "孟书瑶");
        WorkListView view = new WorkListView(model, opener);
        Scene scene = new Scene(view.root(), 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        reg.close();
    }

    @Test
    void recordFindEditDeleteAndRestoreACommunityService(FxRobot robot) throws TimeoutException {
        TableView<WorkListItem> table = robot.lookup("#table").queryTableView();
        robot.clickOn("#newButton");
        waitUntil(() -> robot.lookup("#title").tryQuery().isPresent());
        ComboBox<WorkKind> kind = robot.lookup("#kind").queryComboBox();
        robot.interact(() -> kind.getSelectionModel().select(WorkKind.COMMUNITY_SERVICE));
        assertTrue(robot.lookup("#mediator").tryQuery().isEmpty(), "fields of other kinds are not on the form");
        assertTrue(robot.lookup("#serviceLog").query().isVisible(), "the fields of the kind are");

        robot.clickOn(reveal(robot, "#parties")).write("黄志伟");
        robot.clickOn(reveal(robot, "#hoursAgreed")).write("40");
        robot.clickOn(reveal(robot, "#sessionHours")).write("6");
        robot.clickOn(reveal(robot, "#sessionNote")).write("道路交通协勤");
        robot.clickOn(reveal(robot, "#sessionAdd"));
        waitUntil(() -> robot.lookup("#hoursDone").queryAs(Label.class).getText().equals("已完成 6 小时 / 约定 40 小时"));

        robot.clickOn("#saveButton");
        Label titleError = errorUnder(robot, "#title");
        waitUntil(titleError::isVisible);
        assertEquals("此项必填", titleError.getText());
        assertEquals(0, work.countLive(), "a refused save writes nothing and keeps the form open");
        assertEquals("黄志伟", robot.lookup("#parties").queryAs(TextField.class).getText());

        robot.clickOn(reveal(robot, "#title")).write("危险驾驶案犯罪嫌疑人社会公益服务");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#title").tryQuery().isEmpty());
        waitUntil(() -> table.getItems().size() == 1);
        WorkListItem row = table.getItems().get(0);
        assertEquals("黄某某", row.parties());
        assertEquals("6/40 小时", row.keyFigure());
        assertEquals("社会公益服务", row.kind());
        assertTrue(robot.lookup("#totalsLabel").queryAs(Label.class).getText().contains("社会公益服务 6 小时"));

        robot.clickOn("#searchField").write("危险驾驶");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("不存在的活动"));
        robot.clickOn("#searchField").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().isEmpty());
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("公益服务"));
        robot.clickOn("#searchField").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#hoursAgreed").tryQuery().isPresent());
        TextField hours = robot.lookup("#hoursAgreed").queryAs(TextField.class);
        assertEquals("40", hours.getText());
        robot.interact(() -> hours.setText("36"));
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#hoursAgreed").tryQuery().isEmpty());
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0).keyFigure().equals("6/36 小时"));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#historyButton").tryQuery().isPresent());
        robot.clickOn("#historyButton");
        waitUntil(() -> robot.lookup("#historyTable").tryQuery().isPresent());
        TableView<?> history = robot.lookup("#historyTable").queryTableView();
        assertTrue(history.getItems().toString().contains("约定服务时长（小时）"), history.getItems().toString());
        Window historyWindow = history.getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !historyWindow.isShowing());
        Window editor = robot.lookup("#hoursAgreed").query().getScene().getWindow();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !editor.isShowing());

        long id = table.getItems().get(0).id();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.DELETE);
        waitUntil(table.getItems()::isEmpty);
        assertEquals(0, work.countLive());
        assertEquals(1, work.count(WorkQuery.firstPage(10).withRecycleBin(true)));
        assertTrue(dialogs.notices.contains("已将 1 项履职活动移入回收站"));

        robot.interact(dialogs.lastNoticeAction);
        waitUntil(() -> table.getItems().size() == 1);
        WorkActivity restored = work.find(id).orElseThrow();
        assertEquals(1, restored.serviceLog().size(), "the log comes back with the activity");
        assertEquals("道路交通协勤", restored.serviceLog().get(0).note());
        assertEquals(36, restored.hoursAgreed());
        assertEquals(List.of(), dialogs.errors);
    }

    /** Scrolls the form so that the field is inside its viewport (the robot clicks where things are on screen). */
    private static Node reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / room)));
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static Label errorUnder(FxRobot robot, String fieldId) {
        Node field = robot.lookup(fieldId).query();
        return (Label) field.getParent().getChildrenUnmodifiable().get(1);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
