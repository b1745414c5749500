package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackupRotationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheNewestBackupOfEachRecentDayWeekAndMonth(String name, BackupRotation rotation,
                                                        List<LocalDateTime> taken, List<LocalDateTime> expected) {
        List<LocalDateTime> shuffled = new ArrayList<>(taken);
        Collections.shuffle(shuffled, new java.util.Random(7));

        assertEquals(new TreeSet<>(expected), new TreeSet<>(rotation.keep(shuffled)));

        List<LocalDateTime> removed = rotation.remove(shuffled);
        Set<LocalDateTime> expectedRemoved = new TreeSet<>(taken);
        expected.forEach(expectedRemoved::remove);
        assertEquals(List.copyOf(expectedRemoved), removed, "removed, oldest first");
    }

    static Stream<Arguments> cases() {
        BackupRotation standard = BackupRotation.STANDARD;
        return Stream.of(
                Arguments.of("no backups", standard, List.of(), List.of()),
                Arguments.of("a single backup", standard, List.of(at("2026-11-23T10:00")), List.of(at("2026-11-23T10:00"))),
                Arguments.of("several on one day: the newest", standard,
                        List.of(at("2026-11-23T09:00"), at("2026-11-23T10:00"), at("2026-11-23T18:00")),
                        List.of(at("2026-11-23T18:00"))),
                Arguments.of("thirty days in a row: 7 days, then the newest of each week and month", standard,
                        daily("2026-10-25", "2026-11-23", 10),
                        List.of(at("2026-11-17T10:00"), at("2026-11-18T10:00"), at("2026-11-19T10:00"),
                                at("2026-11-20T10:00"), at("2026-11-21T10:00"), at("2026-11-22T10:00"),
                                at("2026-11-23T10:00"), at("2026-11-15T10:00"), at("2026-11-08T10:00"),
                                at("2026-10-31T10:00"))),
                Arguments.of("a week with two backups a day: the evening ones", standard,
                        Stream.concat(daily("2026-11-17", "2026-11-23", 9).stream(),
                                daily("2026-11-17", "2026-11-23", 17).stream()).toList(),
                        daily("2026-11-17", "2026-11-23", 17)),
                Arguments.of("fifteen months, one backup on the first: twelve months kept", standard,
                        monthly("2025-09-01", 15), monthly("2025-12-01", 12)),
                Arguments.of("long gaps: the last seven days that have a backup, not the last seven calendar days", standard,
                        List.of(at("2026-01-10T10:00"), at("2026-03-05T10:00"), at("2026-11-23T10:00")),
                        List.of(at("2026-01-10T10:00"), at("2026-03-05T10:00"), at("2026-11-23T10:00"))),
                Arguments.of("ISO weeks run Monday to Sunday across the new year", new BackupRotation(1, 2, 0),
                        List.of(at("2026-12-28T10:00"), at("2027-01-03T10:00"), at("2027-01-04T10:00")),
                        List.of(at("2027-01-03T10:00"), at("2027-01-04T10:00"))),
                Arguments.of("the newest week counts even when a daily backup already covers it", new BackupRotation(2, 1, 0),
                        List.of(at("2026-11-16T10:00"), at("2026-11-20T10:00"), at("2026-11-22T10:00"),
                                at("2026-11-23T10:00")),
                        List.of(at("2026-11-22T10:00"), at("2026-11-23T10:00"))));
    }

    @Test
    void theNewestDailyBackupIsAlwaysKept() {
        assertThrows(IllegalArgumentException.class, () -> new BackupRotation(0, 4, 12));
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    /** One backup a day at {@code hour}, from {@code first} to {@code last} inclusive. */
    private static List<LocalDateTime> daily(String first, String last, int hour) {
        List<LocalDateTime> list = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            list.add(d.atTime(hour, 0));
        }
        return list;
    }

    /** A backup at 10:00 on the first of {@code months} consecutive months. */
    private static List<LocalDateTime> monthly(String first, int months) {
        List<LocalDateTime> list = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            list.add(LocalDate.parse(first).plusMonths(i).atTime(10, 0));
        }
        return list;
    }
}
