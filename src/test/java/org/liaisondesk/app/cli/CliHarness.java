package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.DataFolder;

/**
 * The CLI tests' harness ({@code @RegisterExtension static final CliHarness CLI = new CliHarness();}): runs the CLI
 * in-process with its output captured, and afterwards puts back what a run changes in the JVM — the data-folder
 * property the CLI passes on to the window, and the message language a register's settings select.
 */
final class CliHarness implements BeforeEachCallback, AfterEachCallback {
    /** What one run of the CLI did. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\\R"));
        }
    }

    private String savedDataDir;
    private Locale savedLocale;

    @Override
    public void beforeEach(ExtensionContext context) {
        savedDataDir = System.getProperty(DataFolder.PROPERTY);
        savedLocale = Messages.current().locale();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (savedDataDir == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, savedDataDir);
        }
        Messages.use(savedLocale);
    }

    /** Runs the CLI with exactly {@code args}; opening the window fails the test. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                () -> fail("the window must not be opened by: " + String.join(" ", args)));
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs the CLI on the data folder {@code dataDir} ({@code --data-dir} first). */
    static Run in(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }
}
