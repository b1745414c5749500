package org.liaisondesk.holidays.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.holidays.data.HolidayEditRepository;
import org.liaisondesk.holidays.service.HolidayService;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The holiday calendar tab on screen: a day added by typing, changed, deleted and brought back. */
@ExtendWith(ApplicationExtension.class)
class HolidayCalendarViewTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 28);

    @TempDir
    static Path dir;

    TestRegister reg;
    HolidayService service;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) throws IOException {
        Messages.use(Messages.CHINESE);
        reg = new TestRegister(Files.createTempDirectory(dir, "register"));
        service = new HolidayService(reg.db, new HolidayEditRepository(reg.audit), TestRegister.CLOCK);
        executor = new FxBackgroundExecutor();
        HolidayCalendarView view = new HolidayCalendarView(new HolidayCalendarViewModel(service, executor, dialogs));
        Scene scene = new Scene((Parent) view.root(), 1100, 650);
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

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static HolidayListItem row(TableView<HolidayListItem> table, LocalDate day) {
        return table.getItems().stream().filter(i -> i.entry().date().equals(day)).findFirst().orElse(null);
    }

    @Test
    void addsChangesDeletesAndRestoresADay(FxRobot robot) throws TimeoutException {
        TableView<HolidayListItem> table = robot.lookup("#holidayTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 39);

        robot.clickOn("#newButton");
        waitUntil(() -> robot.lookup("#name").tryQuery().isPresent());
        robot.clickOn("#day").write("2026-12-28");
        robot.clickOn("#name").write("检察开放日");
        robot.clickOn("#saveButton");

        waitUntil(() -> row(table, DAY) != null);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        HolidayListItem added = row(table, DAY);
        assertEquals("2026-12-28 周一", added.date());
        assertEquals("放假", added.kind());
        assertEquals("检察开放日", added.name());
        assertEquals("自行添加", added.source());
        assertEquals(added, table.getSelectionModel().getSelectedItem(), "the new day is selected");
        assertFalse(service.calendar().isWorkingDay(DAY));

        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#name").tryQuery().isPresent());
        TextField name = robot.lookup("#name").queryAs(TextField.class);
        assertEquals("检察开放日", name.getText());
        robot.interact(name::clear);
        robot.clickOn(name).write("检察开放日（延期）");
        robot.clickOn("#saveButton");
        waitUntil(() -> row(table, DAY) != null && row(table, DAY).name().equals("检察开放日（延期）"));
        assertEquals("检察开放日（延期）", service.calendar().entryOn(DAY).orElseThrow().name());
        waitUntil(() -> row(table, DAY).equals(table.getSelectionModel().getSelectedItem()));

        robot.interact(() -> table.getSelectionModel().select(row(table, DAY)));
        robot.clickOn("#removeButton");
        waitUntil(() -> row(table, DAY) == null);
        assertTrue(service.calendar().isWorkingDay(DAY));

        robot.interact(dialogs.lastNoticeAction);
        waitUntil(() -> row(table, DAY) != null);
        assertEquals("检察开放日（延期）", row(table, DAY).name());
        assertFalse(service.calendar().isWorkingDay(DAY));

        Label notice = robot.lookup("#coverageNotice").queryAs(Label.class);
        assertFalse(notice.isVisible());
        Spinner<Integer> year = robot.lookup("#yearSpinner").queryAs(Spinner.class);
        robot.interact(() -> year.increment());
        waitUntil(notice::isVisible);
        assertEquals("2027 年的放假安排尚未录入，期限只按周末顺延", notice.getText());
        assertTrue(table.getItems().isEmpty());
    }
}
