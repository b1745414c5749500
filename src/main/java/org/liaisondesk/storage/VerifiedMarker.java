package org.liaisondesk.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The note {@code <register>.verified} beside the register (docs/decisions/0028): written only after a clean close
 * whose exit backup read every page of the register without error and left no {@code -wal} file, it records the
 * register's size, last-modified time and file key at that moment. While the register's attributes still match it
 * exactly and no {@code -wal} file exists, the file is the one that was verified, and opening it may skip
 * {@code PRAGMA quick_check} (the header, application id and version are still checked on every open).
 *
 * <p>The note is deleted before the register is opened for writing (so a crash never leaves a stale claim), and
 * before a restore replaces the register; anything that changes the file without going through the app changes
 * its size or time, and then the full check runs again.
 */
public final class VerifiedMarker {
    /** Appended to the register's file name. */
    public static final String SUFFIX = ".verified";
    private static final Logger LOG = Logger.getLogger(VerifiedMarker.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the note holds: the register's name, size, last-modified time (ns since the epoch) and file key. */
    record Note(String file, long size, long lastModifiedNanos, String fileKey, boolean walAbsent) {
    }

    private VerifiedMarker() {
    }

    /** Where the note of {@code register} is kept. */
    public static Path of(Path register) {
        return register.resolveSibling(register.getFileName() + SUFFIX);
    }

    /**
     * Records that {@code register}, closed, was read in full without error. Written under a temporary name and
     * moved into place, so a reader sees a whole note or none. Nothing is written when a {@code -wal} file remains
     * (its content would not be in what the note describes). Never throws: without a note, the next open checks.
     */
    public static boolean write(Path register) {
        Path note = of(register);
        Path temp = note.resolveSibling(note.getFileName() + ".tmp");
        try {
            if (Files.exists(wal(register))) {
                LOG.info(() -> "register not marked verified: a -wal file remains beside " + register);
                return false;
            }
            Note n = describe(register);
            Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            try {
                Files.move(temp, note, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, note, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "register not marked verified: " + note, e);
            deleteQuietly(temp);
            return false;
        }
    }

    /** True when a note exists, no {@code -wal} file exists and the register's attributes are exactly those noted. */
    public static boolean matches(Path register) {
        Path note = of(register);
        try {
            if (!Files.isRegularFile(note) || Files.exists(wal(register))) {
                return false;
            }
            Note noted = JSON.readValue(note.toFile(), Note.class);
            return noted.walAbsent() && noted.equals(describe(register));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "verified note unreadable: " + note, e);
            return false;
        }
    }

    /**
     * Deletes the note, before the register is written to or replaced. A note that cannot be deleted would let a
     * changed register skip its check, so that refuses the operation (as a folder that cannot be written would).
     */
    public static void invalidate(Path register) {
        Path note = of(register);
        try {
            Files.deleteIfExists(note);
        } catch (IOException e) {
            throw new StorageException(e, "storage.readOnly", note);
        }
    }

    static Note describe(Path register) throws IOException {
        BasicFileAttributes a = Files.readAttributes(register, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Note(register.getFileName().toString(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                Objects.toString(a.fileKey(), null), true);
    }

    static Optional<Note> read(Path register) {
        try {
            return Optional.of(JSON.readValue(of(register).toFile(), Note.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path wal(Path register) {
        return register.resolveSibling(register.getFileName() + "-wal");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.FINE, "not deleted: " + p, e);
        }
    }
}
