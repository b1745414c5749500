package org.liaisondesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.visits.ui.VisitListItem;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the main window as a prosecutor would: log a visit with Chinese text (first with a wrong ID number),
 * find it in the list, search for it, delete it, and bring it back from the recycle bin.
 */
@ExtendWith(ApplicationExtension.class)
class VisitLogWindowTest {
    @TempDir
    static Path dataDir;
    private AppContext context;
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) {
        context = AppContext.open(DataFolder.at(dataDir.resolve("data-" + System.nanoTime())), TestRegister.CLOCK);
        Station station = context.roster().save(Station.draft("崇阳街道微检治联络站", StationKind.VILLAGE));
        context.roster().save(new Prosecutor(null, null, "李明", "13800001111", station.id(), ""));
        context.updateSettings(s -> {
            s.setUserName("李明");
            s.setFirstRunCompleted(true);
        });
        executor = new FxBackgroundExecutor();
        MainWindow window = new MainWindow(context, executor, stage);
        Scene scene = new Scene(window.root(), 1280, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        window.start();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        context.close();
    }

    @Test
    void logFindDeleteAndRestoreAVisit(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#summary").tryQuery().isPresent());

        robot.clickOn("#summary").write("反映建筑工地拖欠农民工工资，欠薪三个月");
        robot.clickOn("#visitorName").write("王秀英");
        robot.clickOn("#visitorIdNumber").write("130402198207290622");
        robot.clickOn("#visitorPhone");
        Label error = errorUnder(robot, "#visitorIdNumber");
        waitUntil(error::isVisible);
        assertEquals("身份证号码校验位不正确，请核对最后一位", error.getText());

        robot.clickOn(saveButton(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#summary").tryQuery().isPresent(), "a refused save keeps the form open");
        assertEquals(0, context.visits().countLive());

        TextField id = robot.lookup("#visitorIdNumber").queryAs(TextField.class);
        robot.interact(() -> id.setText("11010519491231002X"));
        robot.clickOn(saveButton(robot));
        waitUntil(() -> robot.lookup("#summary").tryQuery().isEmpty());
        assertEquals(1, context.visits().countLive());

        TableView<VisitListItem> table = visitTable(robot);
        waitUntil(() -> table.getItems().size() == 1);
        VisitListItem row = table.getItems().get(0);
        assertTrue(row.summary().startsWith("反映建筑工地"));
        assertEquals("王某某", row.visitor());

        robot.clickOn("#searchField").write("欠薪");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("不存在的事由"));
        robot.clickOn("#searchField").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().isEmpty());
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("农民工"));
        robot.clickOn("#searchField").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.DELETE);
        waitUntil(() -> table.getItems().isEmpty());
        assertEquals(0, context.visits().countLive());

        @SuppressWarnings("unchecked")
        ListView<Section> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        Section recycleBin = navigation.getItems().stream()
                .filter(s -> s.titleKey().equals("app.recycleBin.title")).findFirst().orElseThrow();
        robot.interact(() -> navigation.getSelectionModel().select(recycleBin));
        TableView<VisitListItem> bin = visitTable(robot);
        waitUntil(() -> bin.getItems().size() == 1);
        robot.interact(() -> bin.getSelectionModel().select(0));
        robot.clickOn(visibleButton(robot, "恢复"));
        waitUntil(() -> bin.getItems().isEmpty());
        assertEquals(1, context.visits().countLive());

        Section visits = navigation.getItems().stream()
                .filter(s -> s.titleKey().equals("visits.title")).findFirst().orElseThrow();
        robot.interact(() -> navigation.getSelectionModel().select(visits));
        TableView<VisitListItem> back = visitTable(robot);
        waitUntil(() -> back.getItems().size() == 1);
    }

    private static Label errorUnder(FxRobot robot, String fieldId) {
        Node field = robot.lookup(fieldId).query();
        return (Label) field.getParent().getChildrenUnmodifiable().get(1);
    }

    private static Button saveButton(FxRobot robot) {
        return visibleButton(robot, "保存");
    }

    private static Button visibleButton(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && isShown(b)
                && b.getScene().getWindow().isShowing()).queryAs(Button.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<VisitListItem> visitTable(FxRobot robot) {
        List<Window> windows = robot.listWindows();
        return robot.lookup((Node n) -> n instanceof TableView<?> && n.isVisible() && n.getScene() != null
                && windows.contains(n.getScene().getWindow()) && n.getParent() != null
                && n.getParent().isVisible() && isShown(n)).queryAs(TableView.class);
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
