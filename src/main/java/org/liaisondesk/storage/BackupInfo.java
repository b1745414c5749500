package org.liaisondesk.storage;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file: where it is, what made it, when (local time, from its name) and its size in bytes. */
public record BackupInfo(Path file, BackupKind kind, LocalDateTime takenAt, long size) {
}
