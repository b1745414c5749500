package org.liaisondesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key used in Java ({@code tr("key")}, {@code "feature.key"} literals, {@code messageKey()}
 * prefixes) and FXML ({@code %key}) exists in both bundles, and both bundles have the same keys.
 */
class MessageBundleConsistencyTest {
    private static final Path MAIN = Paths.get("src/main");
    private static final Path BUNDLES = MAIN.resolve("resources/org/liaisondesk/i18n");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:common|storage|settings|cli|app|field|visits|roster|demo|reference|leads|cases|work|exchange|search|history|export|ladder|desk|holidays|suggest|documents|workload|backup|audit|resilience)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][A-Za-z0-9_.]*)\"");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        assertEquals(Set.of(), onlyZh, "keys missing from messages_en.properties");
        assertEquals(Set.of(), onlyEn, "keys missing from messages.properties");
    }

    @Test
    void everyKeyUsedInCodeAndFxmlExists() throws IOException {
        Properties zh = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                Pattern pattern = name.endsWith(".java") ? JAVA_KEY : name.endsWith(".fxml") ? FXML_KEY : null;
                if (pattern == null) {
                    continue;
                }
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (!zh.containsKey(key) && !isPrefixOfSomeKey(zh, key) && !isFileName(key)) {
                        missing.add(key + " (" + MAIN.relativize(file) + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** Enums show their values through messageKey(): every constant of every such enum needs its text. */
    @Test
    void everyEnumValueHasItsText() throws Exception {
        Properties zh = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        JavaClasses classes = new ClassFileImporter().withImportOption(new ArchitectureTest.MainClassesOnly())
                .importPackages("org.liaisondesk");
        int enums = 0;
        for (JavaClass c : classes) {
            if (!c.isEnum() || c.tryGetMethod("messageKey").isEmpty()) {
                continue;
            }
            enums++;
            Class<?> type = Class.forName(c.getName());
            Method messageKey = type.getMethod("messageKey");
            for (Object constant : type.getEnumConstants()) {
                String key = (String) messageKey.invoke(constant);
                if (!zh.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(enums >= 8, "the scan found the enums (" + enums + ")");
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertTrue(!text.isBlank(), bundle + ": " + key + " is empty");
                new MessageFormat(text); // throws on a broken pattern (e.g. an unbalanced quote or brace)
            }
        }
    }

    /** A resource's file name ("desk.css", "settings.json") looks like a key but is not one. */
    private static boolean isFileName(String key) {
        return key.matches(".*\\.(json|css|fxml|csv|png)");
    }

    /** Keys built at run time from a prefix and an enum name, e.g. "visits.form." + name(). */
    private static boolean isPrefixOfSomeKey(Properties p, String key) {
        return p.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
