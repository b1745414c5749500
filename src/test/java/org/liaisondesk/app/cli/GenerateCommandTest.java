package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterCheck;
import org.liaisondesk.testsupport.TestRegister;
import picocli.CommandLine;

/** {@code generate --records N --seed S}: fills an empty register, refuses anything else with exit code 2. */
class GenerateCommandTest {
    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @TempDir
    Path dir;

    @Test
    void anEmptyRegisterIsFilledAndAFullOneIsRefusedUntouched() {
        CliHarness.Run first = generate("--records", "2000", "--seed", "7");

        assertEquals(Cli.OK, first.code(), first.err());
        assertEquals(1, first.lines().size(), first.out());
        assertTrue(first.err().strip().lines().count() >= 1, "progress on standard error");
        Map<String, Long> counts = counts();
        assertEquals(Map.of("visit", 900L, "lead", 500L, "matter", 240L, "work_activity", 300L, "recommendation", 60L),
                Map.of("visit", counts.get("visit"), "lead", counts.get("lead"), "matter", counts.get("matter"),
                        "work_activity", counts.get("work_activity"), "recommendation", counts.get("recommendation")));

        CliHarness.Run again = generate("--records", "10");

        assertEquals(Cli.REFUSED, again.code());
        assertTrue(again.err().contains(Messages.tr("demo.registerNotEmpty")), again.err());
        assertEquals("", again.out());
        assertEquals(counts, counts());
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(Arguments.of((Object) new String[] {"--records", "0"}),
                Arguments.of((Object) new String[] {"--records", "-5"}),
                Arguments.of((Object) new String[] {"--records", "many"}),
                Arguments.of((Object) new String[] {"--seed", "3"}));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsAreRefusedBeforeAnythingIsWritten(String[] args) {
        CliHarness.Run run = generate(args);

        assertEquals(Cli.REFUSED, run.code(), run.err());
        assertFalse(run.err().isBlank());
        assertFalse(Files.exists(dir.resolve("liaisondesk.db")));
    }

    /**
     * Runs {@code --data-dir dir generate ARGS} in-process. The command is added here when the root command does not
     * list it yet.
     */
    private CliHarness.Run generate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new LiaisonDeskCommand(() -> fail("the window must not open")));
        if (!cmd.getSubcommands().containsKey("generate")) {
            cmd.addSubcommand("generate", new GenerateCommand());
        }
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("--data-dir", dir.toString(), "generate"), Stream.of(args))
                .toArray(String[]::new);
        int code = cmd.execute(all);
        return new CliHarness.Run(code, out.toString(), err.toString());
    }

    private Map<String, Long> counts() {
        return RegisterCheck.of(dir.resolve("liaisondesk.db"), new Migrations(TestRegister.CLOCK)).liveCounts();
    }
}
