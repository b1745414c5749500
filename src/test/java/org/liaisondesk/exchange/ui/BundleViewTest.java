package org.liaisondesk.exchange.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.exchange.BundleFixture;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 交换包 view on screen: a previewed bundle fills the table and enables 合并, which merges it. */
@ExtendWith(ApplicationExtension.class)
class BundleViewTest {
    @TempDir
    static Path dir;

    Path bundle;
    BundleFixture office;
    FxBackgroundExecutor executor;
    BundleViewModel model;
    RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.CHINESE);
        bundle = Files.createTempDirectory(dir, "bundle").resolve("清溪村.json");
        try (BundleFixture station = BundleFixture.demo(Files.createTempDirectory(dir, "station"), "清溪村联络站")) {
            station.bundles.export(bundle);
        }
        office = new BundleFixture(Files.createTempDirectory(dir, "office"), "区院");
        executor = new FxBackgroundExecutor();
        model = new BundleViewModel(office.bundles, executor, dialogs);
        BundleView view = new BundleView(model);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 700, 500);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        office.close();
    }

    @Test
    void aPreviewedBundleIsMergedWithOneClick(FxRobot robot) throws TimeoutException {
        Button merge = robot.lookup("#commitButton").queryButton();
        assertTrue(merge.isDisabled(), "nothing to merge before a bundle is chosen");

        robot.interact(() -> model.preview(bundle));
        TableView<BundleViewModel.Row> table = robot.lookup("#previewTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && !merge.isDisabled());
        assertEquals(0L, office.count("SELECT count(*) FROM visit"), "the preview writes nothing");

        robot.clickOn(merge);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.notices.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(office.count("SELECT count(*) FROM visit") > 0);
        assertTrue(merge.isDisabled(), "a merged bundle is not merged twice");
    }
}
