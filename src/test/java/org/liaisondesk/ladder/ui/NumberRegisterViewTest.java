package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The issue register on screen: the year filter, the withdrawn mark, double-click to open, the printed pages. */
@ExtendWith(ApplicationExtension.class)
class NumberRegisterViewTest {
    private LadderFixture f;
    private FxBackgroundExecutor executor;
    private NumberRegisterViewModel model;
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private long withdrawn;

    @Start
    void start(Stage stage) throws Exception {
        f = new LadderFixture(Files.createTempDirectory("number-register"));
        f.settings.setOfficeName("崇州市人民检察院");
        long town = f.recipient("清溪镇人民政府", null);
        long matter = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 3, 1));
        f.served(f.completeDraft(town, matter).title("关于督促整治占用耕地问题的检察建议").build(),
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5));
        withdrawn = f.served(f.completeDraft(town, matter).title("关于督促清理河道垃圾的检察建议").build(),
                LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)).id();
        f.ladder.record(withdrawn, LadderEvent.of(EventKind.WITHDRAWN, LocalDate.of(2026, 1, 9)).text("事实认定有误").build());
        executor = new FxBackgroundExecutor();
        model = new NumberRegisterViewModel(f.ladder, () -> f.settings, executor, new RecordingDialogs(),
                (w, id) -> opened.add(id));
        NumberRegisterView view = new NumberRegisterView(model);
        Scene scene = new Scene((Parent) view.root(), 1100, 600);
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
    void theYearFilterTheWithdrawnMarkAndTheDocumentOpened(FxRobot robot) throws Exception {
        TableView<NumberRegisterItem> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("崇检公建〔2026〕1号", table.getItems().get(0).number());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cellTexts(robot).contains("已撤回（文号保留）"));
        assertTrue(robot.lookup(".number-withdrawn").tryQuery().isPresent(), "the withdrawn number's row is greyed");

        ComboBox<Integer> years = robot.lookup("#yearBox").queryComboBox();
        assertEquals(3, years.getItems().size(), "全部年份, 2026, 2025");
        robot.interact(() -> years.getSelectionModel().select(Integer.valueOf(2025)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().size() == 1 && table.getItems().get(0).number().equals("崇检公建〔2025〕1号"));
        robot.interact(() -> years.getSelectionModel().select(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("全部年份", years.getButtonCell().getText(), "全部年份 shows once chosen");

        robot.clickOn("#searchField").write("河道");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cellTexts(robot).contains("关于督促清理河道垃圾的检察建议"));
        robot.doubleClickOn(cell(robot, "关于督促清理河道垃圾的检察建议"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(withdrawn), opened);

        List<VBox> pages = new ArrayList<>();
        robot.interact(() -> pages.addAll(NumberRegisterPrint.pages(model.printTitle(), model.printFooter(),
                repeat(model.shownItems().get(0), 45), 540, 770)));
        int perPage = NumberRegisterPrint.rowsPerPage(770);
        assertEquals((45 + perPage - 1) / perPage, pages.size());
        assertTrue(pages.size() >= 2, "45 rows do not fit on one A4 page");
        List<String> first = labels(pages.get(0));
        assertEquals("崇州市人民检察院 发文登记簿（全部年份）", first.get(0));
        assertTrue(first.contains("文号") && first.contains("已撤回（文号保留）"), first.toString());
        assertTrue(first.contains("第 1 页 共 " + pages.size() + " 页"), first.toString());
        assertEquals(540, pages.get(0).getWidth(), 0.5);
    }

    private static List<NumberRegisterItem> repeat(NumberRegisterItem item, int times) {
        List<NumberRegisterItem> items = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            items.add(item);
        }
        return items;
    }

    private static List<String> labels(Node page) {
        return page.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream().map(TableCell::getText).toList();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }
}
