package org.liaisondesk.register.cases.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.cases.CaseFixtures;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case register on screen, driven as a prosecutor would: record a case with Chinese text (first with a
 * wrong unified code), name its problem from the suggestions of its field, link a lead found through the picker,
 * find the case in the list, search for it, filter it by its problem, edit it, look at its history, delete it and
 * bring it back with 撤销.
 */
@ExtendWith(ApplicationExtension.class)
class MatterListViewTest {
    private static final String NAME = "清溪村三组河段生活垃圾污染行政公益诉讼案";

    @TempDir
    static Path dir;

    TestRegister reg;
    MatterService service;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;
    long lead;

    @Start
    void start(Stage stage) throws IOException {
        reg = new TestRegister(Files.createTempDirectory(dir, "register"));
        service = CaseFixtures.service(reg);
        reg.prosecutor("周振宇", reg.station("清溪村“微检治”联络站"));
        lead = CaseFixtures.insertLead(reg, TODAY.minusDays(3), "公益诉讼观察员随手拍：清溪村三组河道堆放生活垃圾",
                SupervisionField.ECOLOGY, "河道垃圾倾倒");
        executor = new FxBackgroundExecutor();
        MatterListViewModel model = new MatterListViewModel(service, reg.roster, reg.reference, executor, dialogs,
                () -> 50, false);
        MatterEditorOpener opener = new MatterEditorOpener(service, reg.roster, reg.reference, executor, dialogs,
                () -> stage, () -> "周振宇");
        MatterListView view = new MatterListView(model, opener);
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
    void recordLinkFindEditDeleteAndRestoreACase(FxRobot robot) throws TimeoutException {
        robot.clickOn("#newButton");
        waitUntil(() -> robot.lookup("#name").tryQuery().isPresent());

        clickField(robot, "#name").write(NAME);
        ComboBox<BusinessLine> line = robot.lookup("#businessLine").queryComboBox();
        ComboBox<SupervisionField> field = robot.lookup("#field").queryComboBox();
        robot.interact(() -> {
            line.getSelectionModel().select(BusinessLine.PUBLIC_INTEREST);
            field.getSelectionModel().select(SupervisionField.ECOLOGY);
        });
        ComboBox<String> problem = robot.lookup("#problem").queryComboBox();
        waitUntil(() -> problem.getItems().equals(List.of("河道垃圾倾倒")));
        clickField(robot, "#problem").write("河道垃圾倾倒");
        clickField(robot, "#officeNumber").write("崇检公益立〔2026〕3号");
        clickField(robot, "#parties").write("何建国、李秀兰");
        clickField(robot, "#unifiedCode").write("5101842026");
        clickField(robot, "#name");
        Label error = errorUnder(robot, "#unifiedCode");
        waitUntil(error::isVisible);
        assertEquals("统一业务应用系统案件编码应为23位数字", error.getText());
        clickField(robot, "#summary").write("督促清溪镇人民政府清运垃圾并建立河道巡查机制");

        clickField(robot, "#addLinkButton");
        waitUntil(() -> robot.lookup("#linkSearchField").tryQuery().isPresent());
        robot.clickOn("#linkSearchField").write("河道");
        ListView<LinkedRecord> results = robot.lookup("#linkResults").queryListView();
        waitUntil(() -> results.getItems().size() == 1);
        robot.interact(() -> results.getSelectionModel().select(0));
        robot.clickOn(visibleButton(robot, "关联"));
        waitUntil(() -> robot.lookup("#removeLink-LEAD-" + lead).tryQuery().isPresent());

        robot.clickOn(visibleButton(robot, "保存"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#name").tryQuery().isPresent(), "a refused save keeps the form open");
        assertEquals(0, service.countLive());

        TextField code = robot.lookup("#unifiedCode").queryAs(TextField.class);
        robot.interact(() -> code.setText("51018420260310000123456"));
        robot.clickOn(visibleButton(robot, "保存"));
        waitUntil(() -> robot.lookup("#name").tryQuery().isEmpty());
        assertEquals(1, service.countLive());
        Matter stored = service.page(org.liaisondesk.register.cases.model.MatterQuery.firstPage(5)).items().stream()
                .findFirst().map(r -> service.find(r.id()).orElseThrow()).orElseThrow();
        assertEquals(List.of(new MatterLink(LinkKind.LEAD, lead)), stored.links());
        assertEquals("何建国、李秀兰", stored.parties());
        assertEquals("河道垃圾倾倒", stored.problem());

        TableView<MatterListItem> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        MatterListItem row = table.getItems().get(0);
        assertEquals(NAME, row.name());
        assertEquals("何某某、李某某", row.parties());
        assertEquals("1", row.linkCount());
        assertEquals("河道垃圾倾倒", row.problem());
        assertEquals("河道垃圾倾倒", shownCell(robot, table, "problemColumn"), "the 问题类型 column shows it");

        search(robot, "垃圾污染");
        waitUntil(() -> table.getItems().size() == 1);
        search(robot, "不存在的案件");
        waitUntil(() -> table.getItems().isEmpty());
        search(robot, "何建国");
        waitUntil(() -> table.getItems().size() == 1);
        ComboBox<String> problemFilter = robot.lookup("#problemBox").queryComboBox();
        waitUntil(() -> problemFilter.getItems().contains("河道垃圾倾倒"));
        robot.interact(() -> problemFilter.setValue("占用耕地从事木材加工"));
        waitUntil(() -> table.getItems().isEmpty());
        robot.interact(() -> problemFilter.getSelectionModel().select("河道垃圾倾倒"));
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#name").tryQuery().isPresent());
        TextField parties = robot.lookup("#parties").queryAs(TextField.class);
        assertEquals("何建国、李秀兰", parties.getText(), "the editor shows full names");
        assertEquals("河道垃圾倾倒", robot.lookup("#problem").<String>queryComboBox().getEditor().getText());
        clickField(robot, "#summary").write("，回访时已清运完毕");
        robot.clickOn(visibleButton(robot, "修改记录"));
        waitUntil(() -> robot.lookup("#historyTable").tryQuery().isPresent());
        TableView<?> history = robot.lookup("#historyTable").queryTableView();
        assertFalse(history.getItems().isEmpty());
        robot.clickOn(visibleButton(robot, "关闭"));
        waitUntil(() -> robot.lookup("#historyTable").tryQuery().isEmpty());
        robot.clickOn(visibleButton(robot, "保存"));
        waitUntil(() -> robot.lookup("#name").tryQuery().isEmpty());
        assertTrue(service.find(stored.id()).orElseThrow().summary().endsWith("回访时已清运完毕"));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.DELETE);
        waitUntil(() -> table.getItems().isEmpty());
        assertEquals(0, service.countLive());

        waitUntil(() -> dialogs.lastNoticeAction != null);
        robot.interact(dialogs.lastNoticeAction);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(1, service.countLive());
        assertEquals("1", table.getItems().get(0).linkCount(), "restored with its link");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    /** Scrolls the form so that the field shows (the dialog is shorter than the form), then clicks it. */
    private static FxRobotInterface clickField(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / hidden)));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(node);
    }

    /** The text the cell of the first row in the column draws. */
    private static String shownCell(FxRobot robot, TableView<MatterListItem> table, String columnId) {
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .orElseThrow();
        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() == column
                && c.getIndex() == 0 && !c.isEmpty()).query();
        return cell.getText();
    }

    private static void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText(text));
        robot.clickOn("#searchField").type(KeyCode.ENTER);
    }

    private static Label errorUnder(FxRobot robot, String fieldId) {
        Node field = robot.lookup(fieldId).query();
        return (Label) field.getParent().getChildrenUnmodifiable().get(1);
    }

    private static Button visibleButton(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.isVisible()
                && b.getScene() != null && b.getScene().getWindow().isShowing()).queryAs(Button.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
