package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The recommendation list and its editor on screen, driven as a prosecutor would: draft an individual
 * recommendation with Chinese text (recipient and case found by typing), find it in the list, search for it, change
 * its content, open its page, delete it, undo, delete it again and bring it back from the recycle bin.
 */
@ExtendWith(ApplicationExtension.class)
class RecommendationListViewTest {
    private static final String TITLE = "关于督促清理河道生活垃圾的检察建议";

    @TempDir
    static Path dir;

    LadderFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;
    List<Long> opened = new CopyOnWriteArrayList<>();
    List<List<Long>> written = new CopyOnWriteArrayList<>();
    long matter;

    @Start
    void start(Stage stage) throws IOException {
        f = new LadderFixture(Files.createTempDirectory(dir, "register"));
        f.reg.prosecutor("周振宇", f.reg.station("清溪村“微检治”联络站"));
        long district = f.recipient("清溪区人民政府", null);
        f.recipient("清溪镇人民政府", district);
        matter = f.matter("清溪村三组河段生活垃圾污染行政公益诉讼案", TestRegister.TODAY.minusDays(20));
        executor = new FxBackgroundExecutor();
        RecommendationListViewModel model = new RecommendationListViewModel(f.ladder, f.recipients, executor,
                dialogs, () -> 50, () -> 14);
        RecommendationEditor editor = new RecommendationEditor(f.ladder, f.recipients, f.matters,
                LeadFixtures.service(f.reg), f.reg.roster, executor, dialogs);
        RecommendationListView view = new RecommendationListView(model, editor, (owner, id) -> opened.add(id),
                (owner, ids) -> written.add(ids));
        Scene scene = new Scene(view.root(), 1280, 800);
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
    void draftFindSearchChangeOpenDeleteAndRestoreARecommendation(FxRobot robot) throws TimeoutException {
        robot.clickOn("#newButton");
        robot.clickOn("新建个案检察建议");
        waitUntil(() -> robot.lookup("#title").tryQuery().isPresent());

        ComboBox<RecommendationType> type = robot.lookup("#type").queryComboBox();
        ComboBox<BusinessLine> line = robot.lookup("#businessLine").queryComboBox();
        ComboBox<SupervisionField> field = robot.lookup("#field").queryComboBox();
        robot.interact(() -> {
            type.getSelectionModel().select(RecommendationType.PUBLIC_INTEREST);
            line.getSelectionModel().select(BusinessLine.PUBLIC_INTEREST);
            field.getSelectionModel().select(SupervisionField.ECOLOGY);
        });
        clickField(robot, "#title").write(TITLE);

        clickField(robot, "#recipientSearch").write("清溪镇");
        ListView<?> matches = robot.lookup("#recipientMatches").queryListView();
        waitUntil(() -> matches.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        TextField recipient = robot.lookup("#recipientSearch").queryAs(TextField.class);
        waitUntil(() -> recipient.getText().equals("清溪镇人民政府"));
        Label superiorHint = robot.lookup("#superiorHint").queryAs(Label.class);
        assertEquals("不选择时，保存时自动使用被建议单位的上级：清溪区人民政府。", superiorHint.getText());

        clickField(robot, "#matterLinkSearch").write("河段");
        ListView<?> cases = robot.lookup("#matterLinkMatches").queryListView();
        waitUntil(() -> cases.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#removeLink-MATTER-" + matter).tryQuery().isPresent());

        clickField(robot, "#facts").write("经查，清溪村三组河段沿岸堆放生活垃圾约20吨");
        robot.clickOn(robot.lookup("#addItemButton").queryAs(Button.class));
        waitUntil(() -> robot.lookup("#item-0").tryQuery().isPresent());
        clickField(robot, "#item-0").write("及时清运河道垃圾");

        robot.clickOn(visibleButton(robot, "保存"));
        waitUntil(() -> robot.lookup("#title").tryQuery().isEmpty());
        assertEquals(1, f.ladder.countLive());
        long id = f.ladder.page(RecommendationQuery.firstPage(5, TestRegister.TODAY)).items().get(0).id();
        Recommendation stored = f.ladder.find(id).orElseThrow().recommendation();
        assertEquals(TITLE, stored.title());
        assertEquals(List.of(RecordLink.matter(matter)), stored.links());
        assertEquals(List.of("及时清运河道垃圾"), stored.items());
        assertEquals(TestRegister.TODAY, stored.draftedOn());

        TableView<RecommendationListItem> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(TITLE, table.getItems().get(0).title());
        assertEquals("草稿", table.getItems().get(0).status());
        assertEquals("清溪镇人民政府", table.getItems().get(0).recipient());

        search(robot, "生活垃圾");
        waitUntil(() -> table.getItems().size() == 1);
        search(robot, "不存在的建议");
        waitUntil(() -> table.getItems().isEmpty());
        search(robot, "20吨");
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#title").tryQuery().isPresent());
        assertEquals("清溪镇人民政府", robot.lookup("#recipientSearch").queryAs(TextField.class).getText());
        TextArea facts = robot.lookup("#facts").queryAs(TextArea.class);
        clickField(robot, "#facts");
        robot.interact(() -> facts.positionCaret(facts.getLength()));
        robot.write("，另有建筑垃圾");
        robot.clickOn(visibleButton(robot, "保存"));
        waitUntil(() -> robot.lookup("#title").tryQuery().isEmpty());
        assertTrue(f.ladder.find(id).orElseThrow().recommendation().facts().endsWith("另有建筑垃圾"));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.ENTER);
        waitUntil(() -> opened.contains(id));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#writeDocumentsButton");
        waitUntil(() -> written.contains(List.of(id)));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#deleteButton");
        waitUntil(() -> table.getItems().isEmpty());
        assertEquals(0, f.ladder.countLive());
        waitUntil(() -> dialogs.lastNoticeAction != null);
        robot.interact(dialogs.lastNoticeAction);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(1, f.ladder.countLive());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#deleteButton");
        waitUntil(() -> table.getItems().isEmpty());
        robot.clickOn("#recycleBinToggle");
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restoreButton");
        waitUntil(() -> table.getItems().isEmpty());
        robot.clickOn("#recycleBinToggle");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(List.of(RecordLink.matter(matter)), f.ladder.find(id).orElseThrow().recommendation().links(),
                "restored with its links");
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

    private static void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText(text));
        robot.clickOn("#searchField").type(KeyCode.ENTER);
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
