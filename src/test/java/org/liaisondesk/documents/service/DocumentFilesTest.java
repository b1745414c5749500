package org.liaisondesk.documents.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;

class DocumentFilesTest {
    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeFileUnderItsName() throws IOException {
        Path file = DocumentFiles.write(folder, "文书.docx", false, out -> out.write(new byte[] {1, 2, 3}));
        assertEquals(folder.resolve("文书.docx"), file);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
        assertEquals(List.of("文书.docx"), names());
    }

    @Test
    void aFailureHalfwayLeavesNoFileBehind() throws IOException {
        UserFacingException e = assertThrows(UserFacingException.class, () -> DocumentFiles.write(folder, "文书.docx", false,
                out -> {
                    out.write(new byte[1000]);
                    throw new IOException("No space left on device");
                }));
        assertTrue(e.localizedMessage().contains("No space left on device"), e.localizedMessage());
        assertTrue(e.localizedMessage().contains("文书.docx"), e.localizedMessage());
        assertEquals(List.of(), names());
    }

    @Test
    void anExistingFileKeepsItsContentAndTheNewOneGetsANumber() throws IOException {
        Files.write(folder.resolve("文书.docx"), new byte[] {9});
        Path file = DocumentFiles.write(folder, "文书.docx", false, out -> out.write(new byte[] {1}));
        assertEquals("文书（2）.docx", file.getFileName().toString());
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(folder.resolve("文书.docx")));
    }

    @Test
    void overwritingReplacesTheFile() throws IOException {
        Files.write(folder.resolve("文书.docx"), new byte[] {9});
        DocumentFiles.write(folder, "文书.docx", true, out -> out.write(new byte[] {1}));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(folder.resolve("文书.docx")));
        assertEquals(List.of("文书.docx"), names());
    }

    @Test
    void aTargetThatCannotBeReplacedIsReportedAsLockedAndLeftAlone() throws IOException {
        // A non-empty folder under the file's name cannot be replaced, as a file Word holds open on Windows cannot.
        Path blocker = Files.createDirectories(folder.resolve("文书.docx"));
        Files.writeString(blocker.resolve("inside.txt"), "x");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> DocumentFiles.write(folder, "文书.docx", true, out -> out.write(new byte[] {1})));
        assertEquals("documents.write.locked", e.messageKey());
        assertEquals(List.of("文书.docx"), names());
        assertTrue(Files.isDirectory(blocker));
    }

    @Test
    void aMissingFolderIsReported() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> DocumentFiles.write(folder.resolve("gone"), "文书.docx", false, out -> out.write(1)));
        assertEquals("documents.write.noFolder", e.messageKey());
    }
}
