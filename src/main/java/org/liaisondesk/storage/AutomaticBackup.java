package org.liaisondesk.storage;

import java.nio.file.Path;
import java.util.List;

/** What an automatic backup did. It never throws: a failure is logged and returned. */
public sealed interface AutomaticBackup {

    /** A checked backup was written; {@code removed} are the older automatic ones the rotation deleted. */
    record Made(BackupInfo backup, List<Path> removed) implements AutomaticBackup {
        public Made {
            removed = List.copyOf(removed);
        }
    }

    /** The newest automatic backup is less than a day old; nothing was written. */
    record NotDue(BackupInfo newest) implements AutomaticBackup {
    }

    /** No backup was written (nothing carries a backup's name) and no older backup was deleted. */
    record Failed(StorageException problem) implements AutomaticBackup {
    }
}
