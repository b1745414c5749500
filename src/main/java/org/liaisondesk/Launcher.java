package org.liaisondesk;

import java.nio.file.Path;
import java.util.Optional;
import org.liaisondesk.app.LiaisonDeskApp;
import org.liaisondesk.app.cli.Cli;
import org.liaisondesk.storage.DataFolder;

/**
 * The entry point. Deliberately not a JavaFX {@code Application}: launched from the class path, a main
 * class that extends Application fails with "JavaFX runtime components are missing".
 * No command (at most {@code --data-dir DIR}) opens the window; otherwise a CLI command runs.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Optional<Path>> window = windowOnly(args);
        if (window.isPresent()) {
            // The usual start: the command line parser (sixteen commands and their options) is left unloaded, which
            // brings the first frame a few hundred milliseconds sooner (decision 0033).
            window.get().ifPresent(dir -> System.setProperty(DataFolder.PROPERTY, dir.toAbsolutePath().toString()));
            LiaisonDeskApp.launchWindow();
            System.exit(Cli.OK);
        }
        System.exit(Cli.run(args, LiaisonDeskApp::launchWindow));
    }

    /**
     * For arguments that only open the window (none, {@code --data-dir DIR} or {@code --data-dir=DIR}), the data
     * folder asked for, if any; empty for anything else, which the command line parser reads.
     */
    static Optional<Optional<Path>> windowOnly(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Optional.of(Optional.of(Path.of(args[1])));
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return Optional.of(Optional.of(Path.of(args[0].substring("--data-dir=".length()))));
        }
        return Optional.empty();
    }
}
