package org.liaisondesk.backup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.storage.BackupInfo;
import org.liaisondesk.storage.BackupKind;
import org.liaisondesk.storage.RegisterCheck;

class RestorePreviewTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBackupWithFewerThanEightyPercentOfTheRecordsIsFlagged(String name, Map<String, Long> inBackup,
                                                                Map<String, Long> now, long backupTotal,
                                                                long currentTotal, boolean warned) {
        RestorePreview preview = new RestorePreview(
                new BackupInfo(Path.of("liaisondesk-2026-11-20T100000.db"), BackupKind.AUTOMATIC,
                        LocalDateTime.parse("2026-11-20T10:00"), 4096),
                new RegisterCheck(Path.of("liaisondesk-2026-11-20T100000.db"), 3, List.of("ok"), inBackup), now);

        assertEquals(backupTotal, preview.backupRecords());
        assertEquals(currentTotal, preview.currentRecords());
        assertEquals(warned, preview.farFewerRecords());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the same records", Map.of("visit", 10L), Map.of("visit", 10L), 10, 10, false),
                Arguments.of("exactly 80 %", Map.of("visit", 8L), Map.of("visit", 10L), 8, 10, false),
                Arguments.of("70 %", Map.of("visit", 7L), Map.of("visit", 10L), 7, 10, true),
                Arguments.of("79 of 100 across kinds", Map.of("visit", 50L, "lead", 29L),
                        Map.of("visit", 60L, "lead", 30L, "matter", 10L), 79, 100, true),
                Arguments.of("more in the backup", Map.of("visit", 20L), Map.of("visit", 10L), 20, 10, false),
                Arguments.of("an empty register now", Map.of("visit", 5L), Map.of(), 5, 0, false),
                Arguments.of("both empty", Map.of(), Map.of(), 0, 0, false),
                Arguments.of("an empty backup of a register with records", Map.of("visit", 0L), Map.of("station", 1L),
                        0, 1, true),
                Arguments.of("logs and links are not records", Map.of("visit", 2L, "audit_log", 900L, "matter_link", 50L),
                        Map.of("visit", 10L, "audit_log", 3L), 2, 10, true),
                Arguments.of("a kind the older backup lacks counts as none",
                        Map.of("visit", 9L, "station", 1L),
                        Map.of("visit", 9L, "station", 1L, "recommendation", 1L), 10, 11, false));
    }
}
