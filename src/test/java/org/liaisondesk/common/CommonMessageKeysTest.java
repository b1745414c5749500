package org.liaisondesk.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.text.IdNumberProblem;
import org.liaisondesk.common.text.PhoneNumberProblem;
import org.liaisondesk.common.time.DeadlineStatus;

/** Every message key of the common text and time rules has a Chinese and an English text. */
class CommonMessageKeysTest {

    static Stream<String> keys() {
        return Stream.of(
                Stream.of(IdNumberProblem.values()).map(IdNumberProblem::messageKey),
                Stream.of(PhoneNumberProblem.values()).map(PhoneNumberProblem::messageKey),
                Stream.of(DeadlineStatus.values()).map(DeadlineStatus::messageKey))
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keyIsInBothBundles(String key) throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            String text = load(file).getProperty(key);
            assertNotNull(text, key + " missing in " + file);
            assertFalse(text.isBlank(), key + " blank in " + file);
        }
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = CommonMessageKeysTest.class.getResourceAsStream("/org/liaisondesk/i18n/" + file)) {
            assertNotNull(in, file);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
