package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A class-case suggestion resting on many records (hundreds in a district's register): its evidence is made only when
 * the pane is opened, and then as a list that makes only the rows it shows, not one label per record.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsEvidenceViewTest {
    private static final int RECORDS = 45;

    @TempDir
    static Path dir;

    LadderFixture f;
    FxBackgroundExecutor executor;
    SuggestionsViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        Messages.use(Messages.CHINESE);
        f = new LadderFixture(Files.createTempDirectory(dir, "register"));
        for (int i = 1; i <= RECORDS; i++) {
            f.matters.save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.ECOLOGY)
                    .name("清溪河第" + i + "段采砂案").problem("河道非法采砂")
                    .acceptedOn(LocalDate.of(2026, 10, 1).plusDays(i % 20)).build());
        }
        executor = new FxBackgroundExecutor();
        model = SuggestionsViewTest.show(stage, f, executor, new RecordingDialogs(), (owner, id) -> { });
    }

    @AfterEach
    void tearDown() {
        executor.close();
        f.close();
    }

    @Test
    void manyRecordsAreListedWhenThePaneIsOpenedAndOnlyTheVisibleRowsAreMade(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.items().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        TitledPane pane = robot.lookup(".suggestion-evidence-pane").queryAs(TitledPane.class);
        assertTrue(pane.getText().contains(String.valueOf(RECORDS)), pane.getText());
        assertNull(pane.getContent(), "nothing is made for the evidence before it is opened");

        robot.clickOn(pane.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> lines = (ListView<String>) pane.getContent();
        assertEquals(RECORDS, lines.getItems().size());
        assertTrue(lines.getItems().stream().anyMatch(l -> l.contains("清溪河第7段采砂案")), lines.getItems().toString());
        long made = robot.lookup(".suggestion-evidence .list-cell").queryAllAs(ListCell.class).size();
        assertTrue(made > 0 && made < RECORDS, "rows made: " + made);
    }
}
