package org.liaisondesk.settings.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.settings.model.Settings;

class SettingsStoreTest {
    /** 2024-10-12 10:30:15 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-12T02:30:15Z"), ZoneId.of("Asia/Shanghai"));
    private static final String ASIDE = "settings.json.unreadable-20241012-103015";

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.json"), CLOCK);
    }

    private static Settings everyFieldSet() {
        Settings s = new Settings();
        s.setOfficeName("某市某区人民检察院");
        s.setOfficeAbbreviation("某区院");
        s.setUserName("林晓岚");
        s.setLanguage("en");
        s.setReminderLeadDays(7);
        s.setPageSize(120);
        s.setFirstRunCompleted(true);
        s.setWindow(new Settings.WindowState(-1280.5, 40.25, 1600, 900, true));
        return s;
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Settings saved = everyFieldSet();
        store().save(saved);

        Settings loaded = store().load();

        assertEquals("某市某区人民检察院", loaded.getOfficeName());
        assertEquals("某区院", loaded.getOfficeAbbreviation());
        assertEquals("林晓岚", loaded.getUserName());
        assertEquals("en", loaded.getLanguage());
        assertEquals(7, loaded.getReminderLeadDays());
        assertEquals(120, loaded.getPageSize());
        assertTrue(loaded.isFirstRunCompleted());
        assertEquals(new Settings.WindowState(-1280.5, 40.25, 1600, 900, true), loaded.getWindow());
        assertEquals(Optional.empty(), store().setAside());
    }

    static Stream<Arguments> singleFields() {
        return Stream.of(
                field("officeName", s -> s.setOfficeName("某区院"), Settings::getOfficeName),
                field("officeAbbreviation", s -> s.setOfficeAbbreviation("区院"), Settings::getOfficeAbbreviation),
                field("userName", s -> s.setUserName("周振宇"), Settings::getUserName),
                field("language", s -> s.setLanguage("en"), Settings::getLanguage),
                field("reminderLeadDays", s -> s.setReminderLeadDays(0), Settings::getReminderLeadDays),
                field("pageSize", s -> s.setPageSize(500), Settings::getPageSize),
                field("firstRunCompleted", s -> s.setFirstRunCompleted(true), Settings::isFirstRunCompleted),
                field("window", s -> s.setWindow(new Settings.WindowState(0, 0, 800, 600, false)), Settings::getWindow));
    }

    private static Arguments field(String name, Consumer<Settings> change, Function<Settings, Object> get) {
        return Arguments.of(name, change, get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFields")
    void eachFieldIsStoredOnItsOwn(String name, Consumer<Settings> change, Function<Settings, Object> get) {
        Settings changed = new Settings();
        change.accept(changed);
        Object expected = get.apply(changed);
        assertFalse(expected.equals(get.apply(new Settings())), name + " differs from its default in this case");

        store().save(changed);
        Settings loaded = store().load();

        assertEquals(expected, get.apply(loaded));
    }

    @Test
    void noFileGivesDefaultsAndCreatesNothing() {
        Settings loaded = store().load();
        Settings defaults = new Settings();
        assertEquals(defaults.getLanguage(), loaded.getLanguage());
        assertEquals(Settings.DEFAULT_PAGE_SIZE, loaded.getPageSize());
        assertEquals(Settings.DEFAULT_REMINDER_LEAD_DAYS, loaded.getReminderLeadDays());
        assertFalse(loaded.isFirstRunCompleted());
        assertNull(loaded.getWindow());
        assertEquals(List.of(), names());
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFile() throws IOException {
        store().save(everyFieldSet());
        assertEquals(List.of("settings.json"), names());

        Settings second = everyFieldSet();
        second.setUserName("孟书瑶");
        store().save(second);
        assertEquals(List.of("settings.json"), names());
        assertEquals("孟书瑶", store().load().getUserName());
        assertTrue(Files.readString(dir.resolve("settings.json"), StandardCharsets.UTF_8).contains("孟书瑶"),
                "Chinese is written as UTF-8 text");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{not json",
        "",
        "[1, 2, 3]",
        "{\"pageSize\": \"fifty\"}",
        "{\"officeName\": \"某区院\"",
        "\u0000\u0001\u0002 binary",
    })
    void unreadableFileIsSetAsideAndDefaultsAreUsed(String garbage) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, garbage, StandardCharsets.UTF_8);
        SettingsStore store = store();

        Settings loaded = store.load();

        assertEquals("", loaded.getOfficeName());
        assertEquals(Settings.DEFAULT_PAGE_SIZE, loaded.getPageSize());
        assertFalse(loaded.isFirstRunCompleted());
        assertFalse(Files.exists(file), "the unreadable file is no longer under the settings name");
        Path aside = dir.resolve(ASIDE);
        assertEquals(Optional.of(aside), store.setAside());
        assertEquals(garbage, Files.readString(aside, StandardCharsets.UTF_8), "kept byte for byte");
        assertEquals(List.of(ASIDE), names());

        // The next save writes fresh settings and does not touch the kept file.
        store.save(everyFieldSet());
        assertEquals(List.of("settings.json", ASIDE), names());
        assertEquals(garbage, Files.readString(aside, StandardCharsets.UTF_8));
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        Files.writeString(dir.resolve("settings.json"), """
                {
                  "officeName": "某区院",
                  "fromANewerVersion": {"nested": [1, 2, 3]},
                  "pageSize": 80,
                  "window": {"x": 10, "y": 20, "width": 1024, "height": 768, "maximized": false, "screen": "HDMI-1"},
                  "theme": "dark"
                }
                """, StandardCharsets.UTF_8);
        SettingsStore store = store();

        Settings loaded = store.load();

        assertEquals("某区院", loaded.getOfficeName());
        assertEquals(80, loaded.getPageSize());
        assertEquals(new Settings.WindowState(10, 20, 1024, 768, false), loaded.getWindow());
        assertEquals(Optional.empty(), store.setAside());
        assertTrue(Files.exists(dir.resolve("settings.json")));
    }

    @Test
    void fileSavedWithAByteOrderMarkIsRead() throws IOException {
        // What an older Windows Notepad writes when someone edits the file by hand.
        byte[] json = "{\"officeName\": \"某区院\", \"pageSize\": 80}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(dir.resolve("settings.json"), withBom);
        SettingsStore store = store();

        Settings loaded = store.load();

        assertEquals("某区院", loaded.getOfficeName());
        assertEquals(80, loaded.getPageSize());
        assertEquals(Optional.empty(), store.setAside());
    }

    @Test
    void fileThatIsNotUtf8IsSetAside() throws IOException {
        Files.write(dir.resolve("settings.json"), "{\"officeName\": \"某区院\"}".getBytes("GBK"));
        SettingsStore store = store();
        Settings loaded = store.load();
        assertEquals("", loaded.getOfficeName());
        assertEquals(Optional.of(dir.resolve(ASIDE)), store.setAside());
    }

    @Test
    void jsonNullGivesDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "null");
        Settings loaded = store().load();
        assertEquals(Settings.DEFAULT_PAGE_SIZE, loaded.getPageSize());
    }

    @Test
    void saveIntoAReadOnlyFolderFailsAndKeepsTheOldFile() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions needed");
        store().save(everyFieldSet());
        Path file = dir.resolve("settings.json");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(dir), "permissions do not apply to this user (running as root)");
            Settings changed = everyFieldSet();
            changed.setUserName("韩立诚");

            UserFacingException e = assertThrows(UserFacingException.class, () -> store().save(changed));

            assertEquals("settings.saveFailed", e.messageKey());
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(List.of("settings.json"), names());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void saveThatCannotWriteItsTemporaryFileFailsAndKeepsTheOldFile() throws IOException {
        // Works whatever the user's rights: a folder stands where the temporary file would be written.
        store().save(everyFieldSet());
        Path file = dir.resolve("settings.json");
        byte[] before = Files.readAllBytes(file);
        Files.createDirectory(dir.resolve("settings.json.tmp"));
        Settings changed = everyFieldSet();
        changed.setUserName("韩立诚");

        UserFacingException e = assertThrows(UserFacingException.class, () -> store().save(changed));

        assertEquals("settings.saveFailed", e.messageKey());
        assertEquals(file, e.args()[0]);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("林晓岚", store().load().getUserName());
    }

    @Test
    void saveIntoAMissingFolderFails() {
        SettingsStore store = new SettingsStore(dir.resolve("gone").resolve("settings.json"), CLOCK);
        UserFacingException e = assertThrows(UserFacingException.class, () -> store.save(new Settings()));
        assertEquals("settings.saveFailed", e.messageKey());
        assertFalse(Files.exists(dir.resolve("gone")));
    }

    private List<String> names() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
