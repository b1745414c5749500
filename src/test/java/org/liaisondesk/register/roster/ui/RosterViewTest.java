package org.liaisondesk.register.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.register.roster.ui.RosterViewModel.ProsecutorItem;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The roster section on screen: a station and a prosecutor added by typing, as a user would. */
@ExtendWith(ApplicationExtension.class)
class RosterViewTest {
    private static final String STATION = "崇阳街道微检治联络站";

    @TempDir
    static Path dir;

    TestRegister reg;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;
    RosterViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        reg = new TestRegister(Files.createTempDirectory(dir, "register"));
        executor = new FxBackgroundExecutor();
        model = new RosterViewModel(reg.roster, reg.liaisons,
                new RecipientService(reg.db, new RecipientRepository(reg.audit)), reg.reference, executor, dialogs,
                () -> 50);
        RosterView view = new RosterView(model, stage);
        Scene scene = new Scene(view.root(), 1000, 600);
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
    void addsAStationThenAProsecutorAssignedToIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("#newStationButton");
        robot.clickOn("#name").write(STATION);
        ComboBox<StationKind> kind = robot.lookup("#kind").queryComboBox();
        robot.interact(() -> kind.getSelectionModel().select(StationKind.COMMUNITY));
        robot.clickOn("#address").write("蜀州中路1号");
        robot.clickOn("#saveButton");

        TableView<Station> stations = robot.lookup("#stationTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> stations.getItems().stream().anyMatch(s -> s.name().equals(STATION)));
        WaitForAsyncUtils.waitForFxEvents();
        Station saved = reg.roster.stations().get(0);
        assertEquals(STATION, saved.name());
        assertEquals(StationKind.COMMUNITY, saved.kind());
        assertEquals(saved, stations.getSelectionModel().getSelectedItem(), "the new station is selected");
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(cell -> "社区联络站".equals(cell.getText())), "the kind is shown by its Chinese name");

        robot.clickOn("#newProsecutorButton");
        robot.clickOn("#name").write("陈检察官");
        ComboBox<Station> home = robot.lookup("#stationId").queryComboBox();
        robot.interact(() -> home.getSelectionModel().select(saved));
        robot.clickOn("#phone").write("13812341234");
        robot.clickOn("#saveButton");

        TableView<ProsecutorItem> prosecutors = robot.lookup("#prosecutorTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !prosecutors.getItems().isEmpty());
        ProsecutorItem row = prosecutors.getItems().get(0);
        assertEquals("陈检察官", row.prosecutor().name());
        assertEquals(STATION, row.stationName());
        assertEquals("138****1234", row.maskedPhone());
        Prosecutor stored = reg.roster.prosecutors().get(0);
        assertEquals(saved.id(), stored.stationId());
        assertEquals("13812341234", stored.phone());
    }

    @Test
    void aDuplicateNameIsShownInTheOpenDialogAndEscAsksBeforeDroppingIt(FxRobot robot) throws TimeoutException {
        reg.station(STATION);
        robot.interact(model::refresh);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.stations().size() == 1);

        robot.clickOn("#newStationButton");
        robot.clickOn("#name").write(STATION);
        ComboBox<StationKind> kind = robot.lookup("#kind").queryComboBox();
        robot.interact(() -> kind.getSelectionModel().select(StationKind.VILLAGE));
        robot.clickOn("#saveButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".field-error").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.isVisible() && l.getText().startsWith("名册中已有")));
        TextField name = robot.lookup("#name").queryAs(TextField.class);
        assertEquals(STATION, name.getText(), "the dialog stays open with what was typed");
        Window dialog = name.getScene().getWindow();

        dialogs.confirmAnswer = false;
        robot.type(KeyCode.ESCAPE);
        assertTrue(dialog.isShowing(), "declining to discard keeps the dialog");

        dialogs.confirmAnswer = true;
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertEquals(1, reg.roster.stations().size());
    }

    @Test
    void aStationInUseIsNotDeletedAndTheMessageCountsTheRecords(FxRobot robot) throws TimeoutException {
        Station station = reg.station(STATION);
        Prosecutor chen = reg.prosecutor("陈检察官", null);
        for (int i = 0; i < 3; i++) {
            reg.visits.save(TestRegister.visit(station, chen, TestRegister.TODAY.minusDays(i), "咨询土地流转合同").build());
        }
        robot.interact(model::refresh);
        TableView<Station> stations = robot.lookup("#stationTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stations.getItems().size() == 1);

        robot.interact(() -> stations.getSelectionModel().select(0));
        robot.clickOn("#deleteStationButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertEquals("“崇阳街道微检治联络站”仍被 3 条接访记录使用，不能删除。可先将这些记录改到其他联络站。",
                dialogs.errors.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, stations.getItems().size());
        assertEquals(1, reg.roster.stations().size());
    }
}
