package org.liaisondesk.register.roster.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.settings.ui.SettingsView;
import org.liaisondesk.settings.ui.SettingsViewModel;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ZzSnapshotTmpTest {
    @TempDir static Path dir;
    Stage stage;
    TestRegister reg;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        reg = new TestRegister(Files.createTempDirectory(dir, "r"));
        Station s = reg.roster.save(new Station(null, null, "崇阳街道微检治联络站", StationKind.COMMUNITY, "蜀州中路1号", ""));
        reg.roster.save(new Station(null, null, "白头镇检察联络站", StationKind.VILLAGE, "", ""));
        reg.roster.save(new Prosecutor(null, null, "陈检察官", "13812341234", s.id(), ""));
        RosterView view = new RosterView(new RosterViewModel(reg.roster, new FxBackgroundExecutor(), new RecordingDialogs()), stage);
        Scene scene = new Scene(view.root(), 1100, 500);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
    }

    static void save(Node n, String file) throws Exception {
        WritableImage img = n.snapshot(null, null);
        PixelReader r = img.getPixelReader();
        BufferedImage b = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < b.getHeight(); y++) for (int x = 0; x < b.getWidth(); x++) b.setRGB(x, y, r.getArgb(x, y));
        ImageIO.write(b, "png", new File(file));
    }

    @Test
    void snap(FxRobot robot) throws Exception {
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { try { save(stage.getScene().getRoot(), "/tmp/helperC-roster.png"); } catch (Exception e) { throw new RuntimeException(e); } });
        robot.clickOn("#newProsecutorButton");
        robot.clickOn("#phone").write("12");
        robot.clickOn("#name");
        robot.interact(() -> { for (Window w : Window.getWindows()) if (w != stage) try { save(w.getScene().getRoot(), "/tmp/helperC-dialog.png"); } catch (Exception e) { throw new RuntimeException(e); } });
        robot.interact(() -> {
            Settings st = new Settings(); st.setOfficeName("四川省崇州市人民检察院");
            SettingsView sv = new SettingsView(new SettingsViewModel(st, c -> st, dir, new FxBackgroundExecutor(), new RecordingDialogs()));
            Stage s2 = new Stage(); Scene sc = new Scene(sv.root(), 900, 650); Theme.apply(sc); s2.setScene(sc); s2.show();
        });
        robot.interact(() -> { for (Window w : Window.getWindows()) if (w.getScene().getRoot().lookup("#officeName") != null) try { save(w.getScene().getRoot(), "/tmp/helperC-settings.png"); } catch (Exception e) { throw new RuntimeException(e); } });
    }
}
