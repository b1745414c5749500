package org.liaisondesk.storage;

import java.nio.file.Paths;

/**
 * Run in a child JVM by {@link DataFolderLockTest}: takes the lock on the folder given as argument, prints
 * "locked", and holds it until its standard input is closed or it is killed (or after two minutes, so a
 * forgotten child never lingers).
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
            System.exit(3);
        });
        guard.setDaemon(true);
        guard.start();
        DataFolderLock lock = DataFolderLock.acquire(DataFolder.at(Paths.get(args[0])));
        try {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input
            }
        } finally {
            lock.close();
        }
    }
}
