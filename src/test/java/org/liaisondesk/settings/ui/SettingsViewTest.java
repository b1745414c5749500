package org.liaisondesk.settings.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.settings.data.SettingsStore;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings section on screen: typed values, including a number not yet committed, are saved by Ctrl+S. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;

    SettingsStore store;
    RecordingDialogs dialogs = new RecordingDialogs();
    FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) throws IOException {
        store = new SettingsStore(Files.createTempDirectory(dir, "data").resolve("settings.json"), CLOCK);
        executor = new FxBackgroundExecutor();
        SettingsViewModel model = new SettingsViewModel(new Settings(), change -> {
            Settings next = new Settings();
            change.accept(next);
            store.save(next);
            return next;
        }, store.file().getParent(), executor, dialogs);
        SettingsView view = new SettingsView(model);
        Scene scene = new Scene(view.root(), 900, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    @Test
    void ctrlSSavesWhatWasTyped(FxRobot robot) throws TimeoutException {
        robot.clickOn("#officeName").write("四川省崇州市人民检察院");
        robot.clickOn("#officeAbbreviation").write("崇");
        Spinner<?> pageSize = robot.lookup("#pageSize").queryAs(Spinner.class);
        robot.interact(() -> pageSize.getEditor().setText("100"));
        robot.clickOn(pageSize.getEditor()).press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialogs.notices.isEmpty());
        assertEquals("设置已保存", dialogs.notices.get(0));
        Settings saved = store.load();
        assertEquals("四川省崇州市人民检察院", saved.getOfficeName());
        assertEquals("崇", saved.getOfficeAbbreviation());
        assertEquals(100, saved.getPageSize());
    }
}
