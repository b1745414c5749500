package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataFolderTest {
    private static final Path HOME = Paths.get("/home/linxl");

    @TempDir
    Path dir;

    static Stream<Arguments> defaultLocations() {
        return Stream.of(
                Arguments.of("Windows 11", Map.of("LOCALAPPDATA", "/win/Users/linxl/AppData/Local"),
                        "/win/Users/linxl/AppData/Local/LiaisonDesk"),
                Arguments.of("Windows 10", Map.of(), "/home/linxl/AppData/Local/LiaisonDesk"),
                Arguments.of("Windows 10", Map.of("LOCALAPPDATA", "  "), "/home/linxl/AppData/Local/LiaisonDesk"),
                Arguments.of("Windows 11", Map.of("XDG_DATA_HOME", "/xdg"), "/home/linxl/AppData/Local/LiaisonDesk"),
                Arguments.of("Mac OS X", Map.of(), "/home/linxl/Library/Application Support/LiaisonDesk"),
                Arguments.of("Mac OS X", Map.of("XDG_DATA_HOME", "/xdg", "LOCALAPPDATA", "/win"),
                        "/home/linxl/Library/Application Support/LiaisonDesk"),
                Arguments.of("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/data/xdg/liaisondesk"),
                Arguments.of("Linux", Map.of(), "/home/linxl/.local/share/liaisondesk"),
                Arguments.of("Linux", Map.of("XDG_DATA_HOME", ""), "/home/linxl/.local/share/liaisondesk"),
                Arguments.of("Linux", Map.of("LOCALAPPDATA", "/win"), "/home/linxl/.local/share/liaisondesk"),
                Arguments.of("FreeBSD", Map.of(), "/home/linxl/.local/share/liaisondesk"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("defaultLocations")
    void defaultLocationFollowsTheOperatingSystem(String os, Map<String, String> env, String expected) {
        assertEquals(Paths.get(expected), DataFolder.defaultLocation(os, new HashMap<>(env), HOME));
    }

    @Test
    void explicitFolderWinsOverTheSystemProperty() {
        String saved = System.getProperty(DataFolder.PROPERTY);
        try {
            System.setProperty(DataFolder.PROPERTY, dir.resolve("from-property").toString());
            assertEquals(dir.resolve("explicit"), DataFolder.locate(Optional.of(dir.resolve("explicit"))).root());
            assertEquals(dir.resolve("from-property"), DataFolder.locate(Optional.empty()).root());
        } finally {
            restore(saved);
        }
    }

    @Test
    void filesLiveInsideTheRoot() {
        DataFolder folder = DataFolder.at(dir.resolve("a/../data"));
        Path root = dir.resolve("data");
        assertEquals(root, folder.root(), "normalised");
        assertEquals(root.resolve("liaisondesk.db"), folder.database());
        assertEquals(root.resolve("settings.json"), folder.settings());
        assertEquals(root.resolve("backups"), folder.backups());
        assertEquals(root.resolve("logs"), folder.logs());
        assertEquals(root.resolve("templates"), folder.templates());
        assertEquals(root.resolve("liaisondesk.lock"), folder.lockFile());
    }

    @Test
    void prepareCreatesTheFolderAndItsSubFoldersAndLeavesNoProbe() throws IOException {
        DataFolder folder = DataFolder.at(dir.resolve("新建/数据"));
        assertSame(folder, folder.prepare());
        for (Path p : List.of(folder.root(), folder.backups(), folder.logs(), folder.templates())) {
            assertTrue(Files.isDirectory(p), p + " exists");
        }
        assertEquals(List.of("backups", "logs", "templates"), StorageTestSupport.fileNames(folder.root()));
        folder.prepare(); // again: nothing to do, no error
        assertEquals(List.of("backups", "logs", "templates"), StorageTestSupport.fileNames(folder.root()));
    }

    @Test
    void prepareRefusesAReadOnlyFolder() throws IOException {
        Path root = Files.createDirectory(dir.resolve("readonly"));
        Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions needed");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(root),
                    "permissions do not apply to this user (running as root)");
            StorageException e = assertThrows(StorageException.class, () -> DataFolder.at(root).prepare());
            assertEquals("storage.folderNotWritable", e.messageKey());
            assertEquals(List.of(), StorageTestSupport.fileNames(root));
        } finally {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void prepareRefusesAFolderThatCannotBeCreated() throws IOException {
        // Works whatever the user's rights: a plain file stands where a parent folder should be.
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path root = blocker.resolve("data");
        StorageException e = assertThrows(StorageException.class, () -> DataFolder.at(root).prepare());
        assertEquals("storage.folderNotWritable", e.messageKey());
        assertEquals(List.of(root), List.of(e.args()));
        assertEquals("x", Files.readString(blocker));
    }

    private static void restore(String saved) {
        if (saved == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, saved);
        }
    }
}
