package org.liaisondesk.documents.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.model.DocumentFileNames;

/**
 * Writes a generated file so that no half of it is ever left behind: into a hidden temporary file beside the target,
 * flushed to disk, then renamed into place. An existing file keeps its name unless overwriting was asked for; a file
 * another program holds open (Word or WPS on Windows) is reported as such. Failures are
 * {@link UserFacingException}s in Chinese naming the file.
 */
public final class DocumentFiles {
    private static final String TEMPORARY_PREFIX = ".~";
    private static final String TEMPORARY_SUFFIX = ".tmp";

    private DocumentFiles() {
    }

    /**
     * Deletes the temporary files that writes killed mid-way (a power cut, a killed process) left in {@code folder}:
     * those last written before this process started, so a write of this process in progress is never touched. Only
     * for a folder no other program writes to, such as the data folder's templates folder.
     */
    public static void deleteLeftovers(Path folder) {
        java.time.Instant started = ProcessHandle.current().info().startInstant().orElse(java.time.Instant.EPOCH);
        try (var entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX) && Files.isRegularFile(p)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(started)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // An unreadable folder is reported by the write that follows.
        }
    }

    /** What fills the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code fileName} in {@code folder}; without {@code overwrite} an existing name gets （2）, （3）….
     * Returns the path written.
     */
    public static Path write(Path folder, String fileName, boolean overwrite, Content content) {
        if (!Files.isDirectory(folder)) {
            throw new UserFacingException("documents.write.noFolder", folder.toAbsolutePath());
        }
        Path target = folder.resolve(overwrite ? fileName : DocumentFileNames.unused(fileName, n -> Files.exists(folder.resolve(n))));
        Path temporary = folder.resolve(TEMPORARY_PREFIX + Long.toHexString(System.nanoTime()) + TEMPORARY_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temporary, target, overwrite);
            return target;
        } catch (UserFacingException e) {
            deleteQuietly(temporary);
            throw e;
        } catch (AccessDeniedException e) {
            deleteQuietly(temporary);
            throw new UserFacingException(e, Files.exists(target) ? "documents.write.locked" : "documents.write.denied",
                    target.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw new UserFacingException(e, "documents.write.failed", target.toAbsolutePath(), reason(e));
        }
    }

    private static void move(Path temporary, Path target, boolean overwrite) throws IOException {
        try {
            if (overwrite) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, overwrite ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[0]);
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException(e, "documents.write.exists", target.toAbsolutePath());
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "documents.write.noFolder", target.getParent().toAbsolutePath());
        } catch (FileSystemException e) {
            // Windows refuses to replace a file that Word or WPS has open; other systems rarely get here.
            if (Files.exists(target)) {
                throw new UserFacingException(e, "documents.write.locked", target.toAbsolutePath());
            }
            throw e;
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The temporary file is hidden and named .~*.tmp; nothing else refers to it.
        }
    }
}
