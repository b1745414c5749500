package org.liaisondesk.holidays.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.common.time.HolidayCalendar.Holiday;
import org.liaisondesk.holidays.data.HolidayEditRepository;
import org.liaisondesk.holidays.model.CalendarEntry;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.model.HolidayEdit;
import org.liaisondesk.holidays.model.HolidayMerge;
import org.liaisondesk.holidays.model.HolidayRules;
import org.liaisondesk.holidays.model.ImportResult;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.SqlFunction;

/**
 * The editable holiday calendar: the bundled official arrangements with the user's changes laid over them.
 * The merged calendar is cached and replaced after each change, so deadline calculations on any thread read
 * it without touching the database. Changes are serialised; after each one that changed something, the
 * change listeners run (on the calling thread, after the commit) so that stored deadlines can follow, and the
 * change returns how many stored deadlines they moved (decision 0016: the user is told).
 */
public final class HolidayService {
    private final Database db;
    private final HolidayEditRepository repo;
    private final Clock clock;
    private final HolidayCalendar official = HolidayCalendar.chinaOfficial();
    private final Object changeLock = new Object();
    private final List<IntSupplier> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    /** The edits as stored and the calendar built from them, replaced together. */
    private record Snapshot(List<HolidayEdit> edits, HolidayCalendar calendar, DeadlineCalculator calculator) {
        static Snapshot of(HolidayCalendar official, List<HolidayEdit> edits) {
            HolidayCalendar merged = HolidayMerge.calendar(official, edits);
            return new Snapshot(List.copyOf(edits), merged, new DeadlineCalculator(merged));
        }
    }

    public HolidayService(Database db, HolidayEditRepository repo, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.repo = Objects.requireNonNull(repo, "repo");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The calendar in force: the bundled one with the user's edits. Read from the database once, then cached. */
    public HolidayCalendar calendar() {
        return snapshot().calendar();
    }

    /** Counts deadlines with {@link #calendar()}. */
    public DeadlineCalculator calculator() {
        return snapshot().calculator();
    }

    /** The year's days for the holiday calendar view: bundled, added, changed and taken-away days, by date. */
    public List<CalendarEntry> entries(int year) {
        return HolidayMerge.entries(official, snapshot().edits(), year);
    }

    /** Whether the calendar in force has any arrangement in {@code year} (if not, only weekends move deadlines). */
    public boolean covers(int year) {
        return calendar().covers(year);
    }

    /**
     * Makes {@code day} a holiday, a make-up working day, or (NORMAL) an ordinary day again. Only a difference
     * from the bundled calendar is stored. Throws {@link ValidationException} (nothing written) when refused.
     * Returns how many stored deadlines the listeners moved.
     */
    public int set(LocalDate day, DayKind kind, String name) {
        List<FieldProblem> problems = HolidayRules.check(day, kind, name);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return change(c -> {
            Optional<HolidayEdit> existing = repo.find(c, day);
            if (kind == DayKind.NORMAL && official.entryOn(day).isEmpty() && existing.isEmpty()) {
                throw new ValidationException(List.of(new FieldProblem("kind", "holidays.validation.nothingToRemove")));
            }
            return repo.replace(c, day, HolidayMerge.editFor(official, day, kind, name));
        });
    }

    /** Puts {@code day} back as the bundled calendar has it (an added day disappears); returns deadlines moved. */
    public int reset(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return change(c -> repo.delete(c, day));
    }

    /**
     * Sets every day a file lists (the format of the bundled calendar; days not in the file stay as they are).
     * The whole file is checked first: a bad line is refused with its line number and nothing is changed. All
     * rows are stored in one transaction.
     */
    public ImportResult importCsv(Path file) {
        List<Holiday> rows = HolidayCsvFile.read(file);
        int[] counts = new int[3];
        int moved = change(c -> {
            boolean written = false;
            for (Holiday row : rows) {
                Optional<HolidayEdit> existing = repo.find(c, row.date());
                Optional<Holiday> before = existing.isPresent() ? inForce(existing.get()) : official.entryOn(row.date());
                if (before.isPresent() && before.get().equals(row)) {
                    counts[2]++;
                } else if (before.isEmpty() && official.entryOn(row.date()).isEmpty()) {
                    counts[0]++;
                } else {
                    counts[1]++;
                }
                written |= repo.replace(c, row.date(),
                        HolidayMerge.editFor(official, row.date(), DayKind.of(row.kind()), row.name()));
            }
            return written;
        });
        return new ImportResult(counts[0], counts[1], counts[2], moved);
    }

    /** Writes the calendar in force (every year) in the import format; the target is replaced only when complete. */
    public void exportCsv(Path file) {
        Objects.requireNonNull(file, "file");
        HolidayCsvFile.write(file, calendar().entries(), today());
    }

    /** The history of one day's edits, oldest first. */
    public List<HistoryEntry> history(LocalDate day) {
        return db.read(c -> AuditLog.history(c, HolidayEditRepository.ENTITY, HolidayEditRepository.auditId(day)));
    }

    /** {@code listener} runs after every change that was committed, on the thread that made the change. */
    public void addChangeListener(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(() -> {
            listener.run();
            return 0;
        });
    }

    /**
     * Like {@link #addChangeListener}, for a feature that stores deadlines: {@code recompute} counts them again
     * with the changed calendar and returns how many moved (e.g. {@code visits::recomputeDeadlines}).
     */
    public void addDeadlineRecomputation(IntSupplier recompute) {
        listeners.add(Objects.requireNonNull(recompute, "recompute"));
    }

    private static Optional<Holiday> inForce(HolidayEdit edit) {
        return edit.kind() == DayKind.NORMAL ? Optional.empty()
                : Optional.of(new Holiday(edit.day(), edit.kind().toCalendarKind(), edit.name()));
    }

    /**
     * Runs one change in one transaction, then replaces the cached calendar with one built from what was
     * committed. Changes are serialised, so the cache always ends up reflecting the latest commit. Returns how
     * many stored deadlines the listeners moved (0 when nothing changed).
     */
    private int change(SqlFunction<Boolean> work) {
        boolean changed;
        synchronized (changeLock) {
            Optional<List<HolidayEdit>> after = db.inTransaction(c ->
                    Boolean.TRUE.equals(work.apply(c)) ? Optional.of(repo.all(c)) : Optional.<List<HolidayEdit>>empty());
            after.ifPresent(edits -> snapshot.set(Snapshot.of(official, edits)));
            changed = after.isPresent();
        }
        return changed ? notifyListeners() : 0;
    }

    private int notifyListeners() {
        int moved = 0;
        RuntimeException failure = null;
        for (IntSupplier listener : listeners) {
            try {
                moved += listener.getAsInt();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new UserFacingException(failure, "holidays.listenerFailed", String.valueOf(failure.getLocalizedMessage()));
        }
        return moved;
    }

    /**
     * The cached snapshot, loaded on first use. Deliberately without a lock: it is asked for inside other
     * features' transactions (a visit's deadlines), while a change here holds its lock waiting for the writer.
     * A load that finds a change already cached keeps that newer snapshot.
     */
    private Snapshot snapshot() {
        Snapshot s = snapshot.get();
        if (s != null) {
            return s;
        }
        snapshot.compareAndSet(null, Snapshot.of(official, db.read(repo::all)));
        return snapshot.get();
    }
}
