package org.liaisondesk.search.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.search.data.GlobalSearchRepository;
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.search.service.GlobalSearchService;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Type two Chinese characters into the global search, see the visit, open it with Enter. */
@ExtendWith(ApplicationExtension.class)
class GlobalSearchViewTest {
    private TestRegister reg;
    private FxBackgroundExecutor executor;
    private final List<String> opened = new ArrayList<>();
    private long visitId;

    @Start
    void start(Stage stage) throws Exception {
        reg = new TestRegister(Files.createTempDirectory("search-view"));
        Station s = reg.station("双河街道检察联络站");
        Prosecutor p = reg.prosecutor("许检察官", s);
        visitId = reg.visits.save(visit(s, p, TODAY, "工地欠薪三个月，农民工来访").visitorName("刘德福").build()).id();
        reg.visits.save(visit(s, p, TODAY, "邻里纠纷").build());
        executor = new FxBackgroundExecutor();
        GlobalSearchView view = new GlobalSearchView(new GlobalSearchViewModel(
                new GlobalSearchService(reg.db, new GlobalSearchRepository()), executor, new RecordingDialogs()),
                (kind, id) -> opened.add(kind + ":" + id));
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
    @SuppressWarnings("unchecked")
    void typeFindAndOpen(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("欠薪");
        TableView<SearchRow> table = robot.lookup("#table").queryAs(TableView.class);
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().size() == 1 && summary.getText().startsWith("共找到 1 条"));
        WaitForAsyncUtils.waitForFxEvents();
        SearchRow row = table.getItems().get(0);
        assertEquals(SearchKind.VISIT, row.kind());
        assertTrue(row.context().contains("刘某某"), row.context());

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("VISIT:" + visitId), opened);
    }

}
