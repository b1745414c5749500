package org.liaisondesk.app;

import java.io.IOException;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.liaisondesk.storage.DataFolder;

/**
 * Log to rotating files in the data folder's logs/ (what support asks for), and only warnings to the console,
 * so the CLI's output stays clean. Personal data is never logged: records are logged by id only.
 */
final class Logging {
    private static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    private static final int FILE_COUNT = 5;
    private static FileHandler fileHandler;

    private Logging() {
    }

    static synchronized void configure(DataFolder folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.WARNING);
            }
        }
        if (fileHandler != null) {
            root.removeHandler(fileHandler);
            fileHandler.close();
            fileHandler = null;
        }
        try {
            FileHandler handler = new FileHandler(folder.logs().resolve("liaisondesk-%g.log").toString(),
                    FILE_LIMIT_BYTES, FILE_COUNT, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
            fileHandler = handler;
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "no log file in " + folder.logs() + ": " + e.getMessage());
        }
    }
}
