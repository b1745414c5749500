package org.liaisondesk;

import org.liaisondesk.app.LiaisonDeskApp;
import org.liaisondesk.app.cli.Cli;

/**
 * The entry point. Deliberately not a JavaFX {@code Application}: launched from the class path, a main
 * class that extends Application fails with "JavaFX runtime components are missing".
 * No command (at most {@code --data-dir DIR}) opens the window; otherwise a CLI command runs.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, LiaisonDeskApp::launchWindow));
    }
}
