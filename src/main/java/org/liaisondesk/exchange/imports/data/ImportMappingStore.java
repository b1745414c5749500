package org.liaisondesk.exchange.imports.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.imports.model.ImportKind;

/**
 * The last header → field mapping used per kind, kept as JSON in the data folder so that the next file of the
 * same station is matched the same way. A missing or unreadable file means no remembered mapping.
 */
public final class ImportMappingStore {
    public static final String FILE_NAME = "import-mappings.json";
    private static final TypeReference<Map<String, Map<String, String>>> TYPE = new TypeReference<>() {
    };
    private final ObjectMapper json = new ObjectMapper();
    private final Path file;

    public ImportMappingStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public synchronized Map<String, String> last(ImportKind kind) {
        return Map.copyOf(all().getOrDefault(kind.cliName(), Map.of()));
    }

    public synchronized void remember(ImportKind kind, Map<String, String> mapping) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>(all());
        all.put(kind.cliName(), new LinkedHashMap<>(mapping));
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), all);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.import.mappingNotSaved", file, e.getMessage());
        }
    }

    private Map<String, Map<String, String>> all() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, Map<String, String>> read = json.readValue(file.toFile(), TYPE);
            return read == null ? Map.of() : read;
        } catch (IOException e) {
            return Map.of();
        }
    }
}
