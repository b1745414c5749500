package org.liaisondesk.settings.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.settings.model.Settings;

/**
 * Reads and writes {@code settings.json}. Writes are atomic: a temporary file in the same folder is
 * written, flushed and moved over the old one, so a crash leaves either the old or the new settings, never
 * an empty file. A file that cannot be read is kept aside (renamed) rather than overwritten.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Clock clock;
    private Path setAside;

    public SettingsStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or defaults when there are none or the file was unreadable (see {@link #setAside()}). */
    public Settings load() {
        if (!Files.exists(file)) {
            return new Settings();
        }
        try {
            // From bytes, not a String: Jackson then skips a UTF-8 byte order mark (older Windows Notepad
            // writes one when the file is edited by hand), which as a String would make the file unreadable.
            Settings loaded = JSON.readValue(Files.readAllBytes(file), Settings.class);
            return loaded == null ? new Settings() : loaded;
        } catch (IOException e) {
            String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                setAside = aside;
                LOG.warning(() -> "settings file unreadable, kept as " + aside + ": " + e.getMessage());
            } catch (IOException moveFailed) {
                LOG.warning(() -> "settings file unreadable and could not be moved aside: " + moveFailed.getMessage());
            }
            return new Settings();
        }
    }

    /** Where an unreadable settings file was kept by the last {@link #load()}, if that happened. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    public void save(Settings settings) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            byte[] bytes = JSON.writeValueAsBytes(settings);
            Files.write(temp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as JSON", e);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp name is never read back
            }
            throw new UserFacingException(e, "settings.saveFailed", file, e.getMessage());
        }
    }
}
