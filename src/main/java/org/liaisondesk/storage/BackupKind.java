package org.liaisondesk.storage;

/** Where a backup came from, which decides whether rotation may delete it. */
public enum BackupKind {
    /** Daily and on exit; rotated (7 daily, 4 weekly, 12 monthly). */
    AUTOMATIC,
    /** 立即备份 into the backups folder; kept until the user deletes it. */
    MANUAL,
    /** Written by {@link Migrations} before the schema changed; never rotated. */
    MIGRATION,
    /** The register that a restore replaced, moved aside with its side files; never rotated. */
    BEFORE_RESTORE,
    /** A file the user picked elsewhere (a USB drive, a copy from another machine). */
    OTHER;

    public String messageKey() {
        return "storage.backupKind." + name();
    }
}
