package org.liaisondesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.liaisondesk.storage.AutomaticBackup;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.VerifiedMarker;

/**
 * Times {@link AppContext#open} of a data folder (a command, not a test; see docs/decisions/0028), and says whether
 * the page-by-page check ran. With {@code exit}, then runs the app's exit ({@link AppContext#backupAndClose}: the
 * exit backup, the close and the verified note) and times it; otherwise closes plainly (no note). Use a COPY of a
 * register: the exit writes a backup into the folder. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.liaisondesk.app.OpenMeasurement FOLDER [exit]}
 */
public final class OpenMeasurement {
    private OpenMeasurement() {
    }

    public static void main(String[] args) {
        DataFolder folder = DataFolder.at(Path.of(args[0]));
        long t0 = System.nanoTime();
        AppContext ctx = AppContext.open(folder, Clock.systemDefaultZone());
        System.out.printf("open-ms %d fullCheck=%s%n", (System.nanoTime() - t0) / 1_000_000,
                ctx.database().fullyCheckedAtOpen());
        if (args.length > 1 && args[1].equals("exit")) {
            long t1 = System.nanoTime();
            AutomaticBackup backup = ctx.backupAndClose();
            System.out.printf("exit-ms %d (%s) note=%s%n", (System.nanoTime() - t1) / 1_000_000,
                    backup.getClass().getSimpleName(), Files.exists(VerifiedMarker.of(folder.database())));
        } else {
            ctx.close();
        }
    }
}
