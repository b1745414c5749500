package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 统计口径 on screen: choosing 回复期限已届满 changes the formula shown, and 保存 keeps it in the settings. */
@ExtendWith(ApplicationExtension.class)
class StatisticsSettingsViewTest {
    private final Settings settings = new Settings();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FxBackgroundExecutor executor;
    private Scene scene;

    @Start
    void start(Stage stage) {
        executor = new FxBackgroundExecutor();
        StatisticsSettingsView view = new StatisticsSettingsView(new StatisticsSettingsViewModel(this::current,
                this::update, executor, dialogs));
        scene = new Scene((Parent) view.root(), 900, 600);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
    }

    private synchronized Settings current() {
        return settings.copy();
    }

    private synchronized Settings update(Consumer<Settings> change) {
        change.accept(settings);
        return settings.copy();
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    @Test
    void aDenominatorIsChosenAndSaved(FxRobot robot) throws Exception {
        assertEquals("按此口径：回复率 = 已回复 ÷ 制发检察建议",
                robot.lookup("#workload-settings-reply-formula").queryLabeled().getText());
        robot.clickOn("回复期限已届满的检察建议");
        assertEquals("按此口径：回复率 = 已回复 ÷ 回复期限已届满",
                robot.lookup("#workload-settings-reply-formula").queryLabeled().getText());
        assertEquals("按此口径：采纳率 = 采纳 ÷ 已回复",
                robot.lookup("#workload-settings-adoption-formula").queryLabeled().getText());
        robot.interact(() -> Screenshots.of(scene, "h4-settings"));
        robot.clickOn("#saveStatisticsSettingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current().getStatistics().getReplyRateBase()
                == ReplyRateBase.DUE && !dialogs.notices.isEmpty());
        assertEquals(AdoptionRateBase.REPLIED, current().getStatistics().getAdoptionRateBase());
        assertEquals("统计口径已保存，下一次统计起生效", dialogs.notices.get(0));
    }
}
