package org.liaisondesk.storage;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest backup of each of the last {@code daily} days that have one, of each
 * of the last {@code weekly} ISO weeks (Monday to Sunday) and of each of the last {@code monthly} calendar months.
 * Periods are counted among the backups that exist, not back from today, so a laptop left unused for months still
 * keeps its last backups.
 */
public record BackupRotation(int daily, int weekly, int monthly) {
    public static final BackupRotation STANDARD = new BackupRotation(7, 4, 12);

    public BackupRotation {
        if (daily < 1 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("keep at least the newest daily backup");
        }
    }

    public Set<LocalDateTime> keep(Collection<LocalDateTime> taken) {
        List<LocalDateTime> newestFirst = taken.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> kept = new HashSet<>();
        keepNewestOfEach(newestFirst, daily, LocalDateTime::toLocalDate, kept);
        keepNewestOfEach(newestFirst, weekly,
                t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100 + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), kept);
        keepNewestOfEach(newestFirst, monthly, YearMonth::from, kept);
        return kept;
    }

    /** The backups that {@link #keep} leaves out, oldest first. */
    public List<LocalDateTime> remove(Collection<LocalDateTime> taken) {
        Set<LocalDateTime> kept = keep(taken);
        return taken.stream().distinct().filter(t -> !kept.contains(t)).sorted().toList();
    }

    private static void keepNewestOfEach(List<LocalDateTime> newestFirst, int periods,
                                         Function<LocalDateTime, Object> periodOf, Set<LocalDateTime> kept) {
        Object previous = null;
        int left = periods;
        for (LocalDateTime t : newestFirst) {
            if (left == 0) {
                return;
            }
            Object period = periodOf.apply(t);
            // Sorted newest first, a period's backups are consecutive: its first one is its newest.
            if (!period.equals(previous)) {
                kept.add(t);
                previous = period;
                left--;
            }
        }
    }
}
