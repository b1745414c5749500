package org.liaisondesk.register.leads.ui;

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
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lead register on screen, as a prosecutor uses it: record a lead reported through "随手拍" by a grid worker
 * picked from the roster, name its problem, rate it, find it, search for it, filter it by its problem, refer it, see
 * the problem suggested and the duplicate warning on a second report of the same place, delete the lead and take the
 * deletion back; in a narrow window the received date still shows whole.
 */
@ExtendWith(ApplicationExtension.class)
class LeadListViewTest {
    @TempDir
    static Path dir;

    TestRegister reg;
    LeadService leads;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;
    LeadListViewModel model;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        reg = new TestRegister(Files.createTempDirectory(dir, "register"));
        leads = LeadFixtures.service(reg);
        Station station = reg.station("清溪村“微检治”联络站");
        reg.prosecutor("周振宇", station);
        LeadFixtures.gridWorker(reg, "何建国", "清溪村三组", "13812341234");
        executor = new FxBackgroundExecutor();
        model = new LeadListViewModel(leads, reg.roster, executor, dialogs, () -> 50, false);
        LeadEditorOpener opener = new LeadEditorOpener(leads, reg.roster, reg.liaisons, executor, dialogs,
                () -> stage, () -> "周振宇");
        LeadListView view = new LeadListView(model, opener);
        Scene scene = new Scene(view.root(), 1280, 800);
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
    void recordFindReferDeleteAndRestoreALead(FxRobot robot) throws TimeoutException {
        robot.clickOn("#newButton");
        waitUntil(() -> robot.lookup("#description").tryQuery().isPresent());
        select(robot, "#source", LeadSource.SNAPSHOT_APP);
        robot.clickOn("#reporterSearch").write("何建国");
        ListView<?> matches = robot.lookup("#reporterMatches").queryAs(ListView.class);
        waitUntil(() -> matches.getItems().size() == 1);
        robot.clickOn("#reporterSearch").type(KeyCode.ENTER);
        Label chosen = robot.lookup("#reporterChosen").queryAs(Label.class);
        waitUntil(() -> chosen.getText().startsWith("已选：何建国"));

        robot.clickOn("#town").write("清溪镇");
        robot.clickOn("#village").write("清溪村");
        select(robot, "#field", SupervisionField.ECOLOGY);
        typeInto(robot, "#problem", "河道垃圾倾倒");
        typeInto(robot, "#description", "三组河段沿岸堆放大量生活垃圾和建筑废料");
        select(robot, "#ratingIllegality", 4);
        select(robot, "#ratingInvestigability", 3);
        select(robot, "#ratingValue", 5);
        assertEquals("★★★★☆", robot.lookup("#stars").queryAs(Label.class).getText());
        assertEquals("违法可能性 4 + 可查性 3 + 监督价值 5，平均 4.0 → ★★★★☆",
                robot.lookup("#ratingExplanation").queryAs(Label.class).getText());
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#description").tryQuery().isEmpty());

        TableView<LeadListItem> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        LeadListItem row = table.getItems().get(0);
        assertEquals("何某某 138****1234（网格员）", row.reporter());
        assertEquals("★★★★☆", row.stars());
        assertEquals("待研判", row.triage());
        assertEquals("河道垃圾倾倒", row.problem());
        assertEquals("河道垃圾倾倒", shownCell(robot, table, "problemColumn"), "the 问题类型 column shows it");
        Lead stored = leads.find(row.id()).orElseThrow();
        assertEquals(4, stored.stars());
        assertEquals("河道垃圾倾倒", stored.problem());
        assertEquals("清溪村", stored.village());

        search(robot, "垃圾");
        waitUntil(() -> table.getItems().size() == 1);
        search(robot, "不存在的线索内容");
        waitUntil(() -> table.getItems().isEmpty());
        search(robot, "建筑废料");
        waitUntil(() -> table.getItems().size() == 1);

        ComboBox<String> problemFilter = robot.lookup("#problemBox").queryComboBox();
        waitUntil(() -> problemFilter.getItems().contains("河道垃圾倾倒"));
        robot.interact(() -> problemFilter.setValue("占用耕地从事木材加工"));
        waitUntil(table.getItems()::isEmpty);
        robot.interact(() -> problemFilter.getSelectionModel().select("河道垃圾倾倒"));
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#triage").tryQuery().isPresent());
        select(robot, "#triage", Triage.REFERRED);
        typeInto(robot, "#referredTo", "清溪镇人民政府");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#triage").tryQuery().isEmpty());
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).triage().equals("移送：清溪镇人民政府"));
        assertEquals("未反馈", table.getItems().get(0).feedback());
        assertEquals(Triage.REFERRED, leads.find(row.id()).orElseThrow().triage());

        robot.clickOn("#newButton");
        waitUntil(() -> robot.lookup("#description").tryQuery().isPresent());
        typeInto(robot, "#problem", "河道");
        ComboBox<String> problem = robot.lookup("#problem").queryComboBox();
        assertTrue(problem.getItems().isEmpty(), "no field, no suggestions");
        select(robot, "#field", SupervisionField.ECOLOGY);
        waitUntil(() -> problem.getItems().equals(List.of("河道垃圾倾倒")));
        assertEquals("河道", problem.getEditor().getText(), "the suggestions leave what was typed alone");
        typeInto(robot, "#town", "清溪镇");
        typeInto(robot, "#village", "清溪村");
        Label warning = robot.lookup("#lookAlikeWarning").queryAs(Label.class);
        waitUntil(() -> warning.getText().startsWith("可能重复"));
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("三组河段沿岸堆放大量生活垃圾")).tryQuery().isPresent(), "the look-alike is listed");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#description").tryQuery().isEmpty());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.DELETE);
        waitUntil(table.getItems()::isEmpty);
        assertEquals(0, leads.countLive());

        robot.interact(dialogs.lastNoticeAction);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(1, leads.countLive());

        // A narrow window squeezes the columns; the received date must still show whole, not "2026...".
        assertEquals(TestRegister.TODAY.toString(), shownReceivedDate(robot, table));
        robot.interact(() -> stage.setWidth(800));
        waitUntil(() -> table.getWidth() <= 800);
        assertEquals(TestRegister.TODAY.toString(), shownReceivedDate(robot, table));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    /** The text the cell of the first row in the column draws. */
    private static String shownCell(FxRobot robot, TableView<LeadListItem> table, String columnId) {
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .orElseThrow();
        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() == column
                && c.getIndex() == 0 && !c.isEmpty()).query();
        return cell.getText();
    }

    /** The text the received-date cell of the first row draws (ellipsized when the column is too narrow). */
    private static String shownReceivedDate(FxRobot robot, TableView<LeadListItem> table) {
        TableColumn<?, ?> received = table.getColumns().get(0);
        assertEquals("receivedColumn", received.getId());
        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() == received
                && c.getIndex() == 0 && !c.isEmpty()).query();
        Node text = cell.lookup(".text");
        return text instanceof Text t ? t.getText() : null;
    }

    private static <T> void select(FxRobot robot, String id, T value) {
        ComboBox<T> box = robot.lookup(id).queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(value));
    }

    /** Types into a field that may lie below the visible part of the scrolled form. */
    private static void typeInto(FxRobot robot, String id, String text) {
        Node field = robot.lookup(id).query();
        robot.targetWindow(field.getScene().getWindow());
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    private static void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText(text));
        robot.clickOn("#searchField").type(KeyCode.ENTER);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
