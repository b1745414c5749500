package org.liaisondesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Every file and folder under a folder with its SHA-256: equal fingerprints mean nothing was added, removed or changed. */
final class FolderFingerprint {
    private FolderFingerprint() {
    }

    static Map<String, String> of(Path folder) {
        Map<String, String> map = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted().toList()) {
                map.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "folder" : StorageTestSupport.sha256(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
