package org.liaisondesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user folder that holds the register, settings, backups, logs and templates.
 * Windows {@code %LOCALAPPDATA%\LiaisonDesk}, Linux {@code $XDG_DATA_HOME/liaisondesk}, macOS
 * {@code ~/Library/Application Support/LiaisonDesk}; overridden by {@code --data-dir} or the system
 * property {@value #PROPERTY} (which the installer sets).
 */
public final class DataFolder {
    public static final String PROPERTY = "liaisondesk.dataDir";
    public static final String DATABASE_FILE = "liaisondesk.db";
    public static final String SETTINGS_FILE = "settings.json";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder to use: the explicit choice, else the system property, else the OS default. */
    public static DataFolder locate(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return new DataFolder(explicit.get());
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new DataFolder(Paths.get(property));
        }
        return new DataFolder(defaultLocation(System.getProperty("os.name", ""), System.getenv(),
                Paths.get(System.getProperty("user.home"))));
    }

    public static DataFolder at(Path root) {
        return new DataFolder(root);
    }

    static Path defaultLocation(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Paths.get(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("LiaisonDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("LiaisonDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("liaisondesk");
    }

    /** Creates the folder and its sub-folders; refuses clearly when it cannot be written. */
    public DataFolder prepare() {
        try {
            for (Path p : new Path[] {root, backups(), logs(), templates()}) {
                Files.createDirectories(p);
            }
            Path probe = Files.createTempFile(root, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "storage.folderNotWritable", root);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path settings() {
        return root.resolve(SETTINGS_FILE);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path lockFile() {
        return root.resolve("liaisondesk.lock");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
