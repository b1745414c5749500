package org.liaisondesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which arguments open the window straight away, and which go to the command line parser. */
class LauncherTest {
    static Stream<Arguments> windowStarts() {
        return Stream.of(
                Arguments.of(new String[] {"--data-dir", "/tmp/站点数据"}, "/tmp/站点数据"),
                Arguments.of(new String[] {"--data-dir=/tmp/a b"}, "/tmp/a b"),
                Arguments.of(new String[] {"--data-dir", "relative"}, "relative"));
    }

    @Test
    void noArgumentsOpenTheWindowOnTheDefaultFolder() {
        assertEquals(Optional.of(Optional.empty()), Launcher.windowOnly(new String[0]));
    }

    @ParameterizedTest
    @MethodSource("windowStarts")
    void aDataFolderAloneOpensTheWindowOnIt(String[] args, String folder) {
        assertEquals(Optional.of(Optional.of(Path.of(folder))), Launcher.windowOnly(args));
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"check"}),
                Arguments.of((Object) new String[] {"--data-dir", "/tmp/x", "check"}),
                Arguments.of((Object) new String[] {"--data-dir"}),
                Arguments.of((Object) new String[] {"--data-dir="}),
                Arguments.of((Object) new String[] {"--data-dir", "--help"}),
                Arguments.of((Object) new String[] {"--help"}),
                Arguments.of((Object) new String[] {"-V"}),
                Arguments.of((Object) new String[] {"--data-dir", " "}));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void anythingElseIsLeftToTheParser(String[] args) {
        assertEquals(Optional.empty(), Launcher.windowOnly(args));
    }
}
