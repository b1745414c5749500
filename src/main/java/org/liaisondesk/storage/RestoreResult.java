package org.liaisondesk.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A finished restore: the file restored from, the folder the replaced register was moved into with its
 * {@code -wal}/{@code -shm} files (empty when the data folder held no register), and the check of the register now
 * in place.
 */
public record RestoreResult(Path restoredFrom, Optional<Path> movedAside, RegisterCheck restored) {
}
