package org.liaisondesk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on the data folder, held while LiaisonDesk (GUI or CLI) uses it, so that a second copy
 * of the program on the same folder is refused with a message instead of writing at the same time.
 * The OS releases the lock when the process dies, so a crash never leaves the folder locked.
 */
public final class DataFolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataFolderLock acquire(DataFolder folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StorageException("storage.inUse", folder.root());
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(
                    ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StorageException(e, "storage.inUse", folder.root());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException(e, "storage.folderNotWritable", folder.root());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the original error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
