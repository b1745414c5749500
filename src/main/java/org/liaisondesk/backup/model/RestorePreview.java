package org.liaisondesk.backup.model;

import java.util.List;
import java.util.Map;
import org.liaisondesk.storage.BackupInfo;
import org.liaisondesk.storage.RegisterCheck;

/**
 * What a restore would bring back, next to what the register holds now: the records of each kind in the backup and
 * in the current register, and whether the backup holds far fewer records (then the user is warned before
 * confirming).
 */
public record RestorePreview(BackupInfo backup, RegisterCheck check, Map<String, Long> current) {
    /** The tables a user knows as records, in the order they are shown; links, logs and settings are not counted. */
    public static final List<String> RECORD_TABLES = List.of("visit", "lead", "matter", "work_activity",
            "recommendation", "station", "prosecutor", "liaison", "recipient");
    /** A backup with fewer than this percentage of the current register's records is restored only after a warning. */
    public static final int WARNING_PERCENT = 80;

    public RestorePreview {
        current = Map.copyOf(current);
    }

    public long backupRecords() {
        return total(check.liveCounts());
    }

    public long currentRecords() {
        return total(current);
    }

    public boolean farFewerRecords() {
        return backupRecords() * 100 < currentRecords() * WARNING_PERCENT;
    }

    /** The records of the kinds in {@link #RECORD_TABLES}; a table the file does not have counts as none. */
    public static long total(Map<String, Long> liveCounts) {
        return RECORD_TABLES.stream().mapToLong(t -> liveCounts.getOrDefault(t, 0L)).sum();
    }
}
