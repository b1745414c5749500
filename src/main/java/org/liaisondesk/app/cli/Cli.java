package org.liaisondesk.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.liaisondesk.common.i18n.UserFacingException;
import picocli.CommandLine;

/**
 * Runs LiaisonDesk's command line. Exit codes: 0 success, 2 bad input or refused (nothing written),
 * 1 anything else. Results go to standard output, messages to standard error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REFUSED = 2;

    private Cli() {
    }

    /** Runs the CLI with the process's own streams, in the console's encoding (UTF-8 when redirected). */
    public static int run(String[] args, Runnable launchGui) {
        Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset), true);
        return run(args, out, err, launchGui);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Runnable launchGui) {
        LiaisonDeskCommand root = new LiaisonDeskCommand(launchGui);
        CommandLine cmd = new CommandLine(root);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserFacingException refusal) {
                err.println(refusal.localizedMessage());
                return REFUSED;
            }
            err.println(ex);
            return FAILED;
        });
        cmd.setParameterExceptionHandler((ex, args2) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return REFUSED;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A date option's value in any of the usual Chinese forms; null when the option was not given. */
    static java.time.LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        return org.liaisondesk.common.text.ChineseDates.parse(text)
                .orElseThrow(() -> new UserFacingException("cli.badDate", option, text));
    }
}
