package org.liaisondesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.liaisondesk.common.i18n.Messages;

/**
 * A data folder in a place that endangers the register: inside a folder that a cloud-sync program copies (OneDrive,
 * 坚果云, 百度网盘同步空间 …) or on a network drive. Sync programs copy a database while it is half written, hold
 * locks that SQLite then cannot take, and put an older copy from another computer over newer work; network file
 * systems do not keep SQLite's locks and write order reliably. Found from the path's folder names and the file
 * system's type; the app shows {@link #explanation()} on start.
 *
 * <p>A Windows drive letter mapped to a share (Z:) reports the remote disk's own file system, so it is not recognised;
 * its UNC form ({@code \\server\share}) is.
 */
public record DataFolderRisk(Kind kind, String folder, String evidence) {

    /** Why the place is risky. */
    public enum Kind {
        /** Inside a cloud-sync folder; the evidence is the folder's name. */
        CLOUD_SYNC,
        /** A Windows network path; the evidence is {@code \\server\share}. */
        NETWORK_PATH,
        /** On a network file system; the evidence is its type (nfs4, cifs …). */
        NETWORK_FILE_SYSTEM;

        public String messageKey() {
            return "storage.risk." + name();
        }
    }

    /** Folder names that sync programs create, compared without case. */
    private static final Set<String> SYNC_FOLDER_NAMES = Set.of(
            "onedrive", "skydrive", "dropbox", "iclouddrive", "icloud drive", "mobile documents", "cloudstorage",
            "google drive", "googledrive", "my drive", "我的云端硬盘", "nutstore", "nutstore files", "baidunetdisk",
            "baidunetdiskworkspace", "baidusyncdisk", "wpsdrive", "weiyunsync", "synologydrive", "nextcloud",
            "owncloud",
            "seafile", "pcloud drive", "yandex.disk", "boxsync", "box sync");
    /** Starts of names that carry an account or company after the program's name: "OneDrive - 崇溪区检察院". */
    private static final List<String> SYNC_FOLDER_PREFIXES = List.of(
            "onedrive - ", "onedrive-", "googledrive-", "dropbox (", "dropbox-");
    /** Chinese names of sync programs' folders, found anywhere in a folder name: 我的坚果云, 百度网盘同步空间, WPS云盘. */
    private static final List<String> SYNC_NAME_PARTS = List.of("坚果云", "百度网盘", "同步空间", "同步盘", "云盘");
    /** File system types of network mounts, without a "fuse." prefix. */
    private static final Set<String> NETWORK_TYPES = Set.of(
            "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "afpfs", "davfs", "webdav", "ncpfs", "afs",
            "ceph", "glusterfs", "rclone", "gvfsd-fuse");

    /** The explanation to show, in the user's language: where the folder is, why that is risky, what to do. */
    public String explanation() {
        return Messages.tr(kind.messageKey(), folder, evidence);
    }

    /** Assesses the data folder where it is: its path and the type of the file system it is on. */
    public static Optional<DataFolderRisk> of(Path dataFolder) {
        Path absolute = dataFolder.toAbsolutePath().normalize();
        return assess(absolute.toString(), fileSystemType(absolute));
    }

    /**
     * Assesses a folder from its path (Windows or Unix separators) and its file system type (null when unknown).
     * A network location is named before a sync folder: it endangers the file even when nothing syncs it.
     */
    static Optional<DataFolderRisk> assess(String path, String fileSystemType) {
        Optional<String> share = uncShare(path);
        if (share.isPresent()) {
            return Optional.of(new DataFolderRisk(Kind.NETWORK_PATH, path, share.get()));
        }
        if (fileSystemType != null) {
            String type = fileSystemType.toLowerCase(Locale.ROOT);
            String bare = type.startsWith("fuse.") ? type.substring("fuse.".length()) : type;
            if (NETWORK_TYPES.contains(bare)) {
                return Optional.of(new DataFolderRisk(Kind.NETWORK_FILE_SYSTEM, path, fileSystemType));
            }
        }
        for (String segment : path.split("[\\\\/]+")) {
            if (isSyncFolderName(segment)) {
                return Optional.of(new DataFolderRisk(Kind.CLOUD_SYNC, path, segment));
            }
        }
        return Optional.empty();
    }

    static boolean isSyncFolderName(String segment) {
        String name = segment.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return false;
        }
        return SYNC_FOLDER_NAMES.contains(name) || SYNC_FOLDER_PREFIXES.stream().anyMatch(name::startsWith)
                || SYNC_NAME_PARTS.stream().anyMatch(name::contains);
    }

    /** {@code \\server\share} of a UNC path ({@code \\server\share\…} or {@code \\?\UNC\server\share\…}). */
    private static Optional<String> uncShare(String path) {
        String p = path.replace('/', '\\');
        if (p.regionMatches(true, 0, "\\\\?\\UNC\\", 0, 8)) {
            p = "\\\\" + p.substring(8);
        } else if (p.startsWith("\\\\?\\") || p.startsWith("\\\\.\\")) {
            // A long local path (\\?\C:\…) or a device path.
            return Optional.empty();
        }
        if (!p.startsWith("\\\\")) {
            return Optional.empty();
        }
        String[] parts = p.substring(2).split("\\\\+");
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("\\\\" + parts[0] + "\\" + parts[1]);
    }

    /** The type of the file system the folder (or its nearest existing parent) is on; null when it cannot be read. */
    private static String fileSystemType(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        try {
            return Files.getFileStore(existing).type();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
