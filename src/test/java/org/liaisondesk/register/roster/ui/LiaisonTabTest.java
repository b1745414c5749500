package org.liaisondesk.register.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
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
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab "联络员名册" on screen, as a prosecutor would use it: add a grid worker typed in Chinese, find the
 * row (phone masked), search for it, edit it, delete it and bring it back from the recycle bin.
 */
@ExtendWith(ApplicationExtension.class)
class LiaisonTabTest {
    private static final String STATION = "清溪村“微检治”联络站";

    @TempDir
    static Path dir;

    TestRegister reg;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;
    Node liaisonTab;

    @Start
    void start(Stage stage) throws IOException {
        reg = new TestRegister(Files.createTempDirectory(dir, "register"));
        reg.station(STATION);
        executor = new FxBackgroundExecutor();
        RosterViewModel model = new RosterViewModel(reg.roster, reg.liaisons,
                new RecipientService(reg.db, new RecipientRepository(reg.audit)), reg.reference, executor, dialogs,
                () -> 50);
        RosterView view = new RosterView(model, stage);
        Scene scene = new Scene(view.root(), 1100, 650);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
        TabPane tabs = (TabPane) view.root().lookup("#tabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "liaisonsTab".equals(t.getId()))
                .findFirst().orElseThrow());
        liaisonTab = tabs.getSelectionModel().getSelectedItem().getContent();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        reg.close();
    }

    @Test
    void addFindSearchEditDeleteAndRestoreALiaison(FxRobot robot) throws TimeoutException {
        TableView<LiaisonListItem> table = robot.from(liaisonTab).lookup("#table").queryTableView();
        ComboBox<ReferenceItem> roleFilter = robot.from(liaisonTab).lookup("#roleBox").queryComboBox();
        waitUntil(() -> roleFilter.getItems().size() > 1);

        robot.clickOn(robot.from(liaisonTab).lookup("#newButton").queryButton());
        waitUntil(() -> robot.lookup("#roleId").tryQuery().isPresent());
        robot.clickOn("#name").write("王秀英");
        ComboBox<ReferenceItem> role = robot.lookup("#roleId").queryComboBox();
        robot.interact(() -> role.getSelectionModel().select(role.getItems().stream()
                .filter(r -> r.name().equals("网格员")).findFirst().orElseThrow()));
        ComboBox<Station> station = robot.lookup("#stationId").queryComboBox();
        robot.interact(() -> station.getSelectionModel().select(station.getItems().stream()
                .filter(s -> s != null && s.name().equals(STATION)).findFirst().orElseThrow()));
        robot.clickOn("#grid").write("清溪村第3网格");
        robot.clickOn("#phone").write("13812345678");
        robot.clickOn("#appointedOn").write("2024年6月1日");
        robot.clickOn("#note").write("兼任村妇联执委");
        robot.clickOn("#saveButton");

        waitUntil(() -> table.getItems().size() == 1);
        LiaisonListItem row = table.getItems().get(0);
        assertEquals("王秀英", row.name());
        assertEquals("网格员", row.role());
        assertEquals(STATION, row.station());
        assertEquals("138****5678", row.phone(), "the list masks the phone");
        assertEquals("2024-06-01", row.appointedOn());
        Liaison stored = reg.liaisons.search("王秀英", 1).get(0).liaison();
        assertEquals("13812345678", stored.phone());
        assertEquals(LocalDate.of(2024, 6, 1), stored.appointedOn());

        TextField search = robot.from(liaisonTab).lookup("#searchField").queryAs(TextField.class);
        robot.clickOn(search).write("第3网格").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> search.setText("不存在的人"));
        robot.clickOn(search).type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().isEmpty());
        robot.interact(() -> search.setText("妇联"));
        robot.clickOn(search).type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#historyButton").tryQuery().isPresent());
        TextField grid = robot.lookup("#grid").queryAs(TextField.class);
        assertEquals("13812345678", robot.lookup("#phone").queryAs(TextField.class).getText(), "the form shows it all");
        robot.interact(() -> grid.setText("清溪村第4网格"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#historyButton").tryQuery().isEmpty());
        waitUntil(() -> table.getItems().size() == 1 && "清溪村第4网格".equals(table.getItems().get(0).grid()));
        assertEquals("清溪村第4网格", reg.liaisons.find(stored.id()).orElseThrow().grid());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(robot.from(liaisonTab).lookup("#deleteButton").queryButton());
        waitUntil(() -> table.getItems().isEmpty());
        assertEquals(0, reg.liaisons.count(LiaisonQuery.firstPage(5)));
        assertEquals("已将 1 名联络员移入回收站。", dialogs.notices.get(dialogs.notices.size() - 1));

        robot.clickOn(robot.from(liaisonTab).lookup("#recycleBinToggle").queryAs(Node.class));
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(robot.from(liaisonTab).lookup("#restoreButton").queryButton());
        waitUntil(() -> table.getItems().isEmpty());
        robot.clickOn(robot.from(liaisonTab).lookup("#recycleBinToggle").queryAs(Node.class));
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(1, reg.liaisons.count(LiaisonQuery.firstPage(5)));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
