package org.liaisondesk.holidays.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.holidays.model.CalendarEntry;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.model.EntrySource;
import org.liaisondesk.holidays.model.HolidayRules;
import org.liaisondesk.holidays.service.HolidayService;

/**
 * The holiday calendar tab: one year at a time, with a notice when that year has no arrangements at all. Adding,
 * changing, taking away and resetting days, importing and exporting files all run in the background; a
 * change offers 撤销.
 */
public final class HolidayCalendarViewModel {
    private final HolidayService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    private final IntegerProperty year;
    private final ObservableList<HolidayListItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long generation;

    private record Loaded(List<CalendarEntry> entries, boolean covered) {
    }

    public HolidayCalendarViewModel(HolidayService service, BackgroundExecutor executor, DialogService dialogs) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.year = new SimpleIntegerProperty(service.today().getYear());
        year.addListener((obs, was, now) -> load());
    }

    /** Loads the chosen year; a result that arrives after a newer load was started is dropped. */
    public void load() {
        long mine = ++generation;
        int which = year.get();
        loading.set(true);
        executor.run(() -> new Loaded(service.entries(which), service.covers(which)), loaded -> {
            if (mine == generation) {
                items.setAll(loaded.entries().stream().map(HolidayListItem::of).toList());
                notice.set(loaded.covered() ? "" : Messages.tr("holidays.notCovered", String.valueOf(which)));
                loading.set(false);
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("holidays.title"), ErrorText.of(e));
            }
        });
    }

    /** The form for a day not listed yet (or one to set over). */
    public EntryForm newEntry() {
        return new EntryForm(null);
    }

    public EntryForm edit(HolidayListItem item) {
        return new EntryForm(item.entry());
    }

    /** 删除 applies to bundled days (taken away: 已取消) and to days the user added. */
    public static boolean canRemove(HolidayListItem item) {
        return item != null && (item.entry().source() == EntrySource.OFFICIAL || item.entry().source() == EntrySource.ADDED);
    }

    /** 恢复官方安排 applies to bundled days the user changed or took away. */
    public static boolean canReset(HolidayListItem item) {
        return item != null && (item.entry().source() == EntrySource.CHANGED || item.entry().source() == EntrySource.REMOVED);
    }

    /** Takes a bundled day away (it becomes an ordinary day) or deletes a day the user added; offers 撤销. */
    public void remove(HolidayListItem item) {
        if (!canRemove(item)) {
            return;
        }
        CalendarEntry e = item.entry();
        Callable<Integer> work = e.source() == EntrySource.OFFICIAL
                ? () -> service.set(e.date(), DayKind.NORMAL, "")
                : () -> service.reset(e.date());
        change(work, Messages.tr("holidays.removed", describe(e)), e);
    }

    /** Puts a changed or taken-away day back as the bundled calendar has it; offers 撤销. */
    public void reset(HolidayListItem item) {
        if (!canReset(item)) {
            return;
        }
        CalendarEntry e = item.entry();
        change(() -> service.reset(e.date()), Messages.tr("holidays.resetDone", describe(e)), e);
    }

    /**
     * Runs a change in the background (it returns how many stored deadlines moved), then reloads and offers to
     * bring back {@code before}.
     */
    private void change(Callable<Integer> work, String done, CalendarEntry before) {
        executor.run(work, moved -> {
            load();
            dialogs.notify(withMoved(done, moved), Messages.tr("common.undo"), () -> restore(before));
        }, e -> dialogs.showError(Messages.tr("holidays.saveFailed"), ErrorText.of(e)));
    }

    /** Makes the day what {@code before} showed again. */
    private void restore(CalendarEntry before) {
        Callable<Integer> work = before.source() == EntrySource.OFFICIAL
                ? () -> service.reset(before.date())
                : () -> service.set(before.date(), before.kind(), before.name());
        executor.run(work, moved -> {
            load();
            dialogs.notify(withMoved(Messages.tr("holidays.restored", describe(before)), moved), null, null);
        }, e -> dialogs.showError(Messages.tr("holidays.saveFailed"), ErrorText.of(e)));
    }

    /** Adds how many stored deadlines moved to a notice (decision 0016), when any did. */
    static String withMoved(String notice, int moved) {
        return moved == 0 ? notice : Messages.tr("holidays.deadlinesMoved", notice, String.valueOf(moved));
    }

    private static Callable<Boolean> call(Runnable work) {
        return () -> {
            work.run();
            return Boolean.TRUE;
        };
    }

    private static String describe(CalendarEntry e) {
        return e.name().isEmpty() ? e.date().toString() : Messages.tr("holidays.dayAndName", e.date().toString(), e.name());
    }

    /** Reads a holiday file in the background; a bad file is refused with its line number and changes nothing. */
    public void importCsv(Path file) {
        dialogs.notify(Messages.tr("holidays.import.running"), null, null);
        executor.run(() -> service.importCsv(file), result -> {
            load();
            dialogs.notify(withMoved(Messages.tr("holidays.import.done", String.valueOf(result.total()),
                    String.valueOf(result.added()), String.valueOf(result.changed()),
                    String.valueOf(result.unchanged())), result.movedDeadlines()), null, null);
        }, e -> dialogs.showError(Messages.tr("holidays.import.title"), ErrorText.of(e)));
    }

    /**
     * Writes the calendar in force to {@code file} in the background. {@code overwriteConfirmed} says the save
     * dialog already asked about replacing that very file; otherwise an existing file is replaced only when the
     * user agrees.
     */
    public void exportCsv(Path file, boolean overwriteConfirmed) {
        executor.run(() -> !overwriteConfirmed && Files.exists(file), askFirst -> {
            if (askFirst && !dialogs.confirm(Messages.tr("holidays.export.title"),
                    Messages.tr("holidays.export.replaceQuestion", file.toString()), Messages.tr("holidays.export.replace"))) {
                return;
            }
            executor.run(call(() -> service.exportCsv(file)),
                    ok -> dialogs.notify(Messages.tr("holidays.export.done", file.toString()), null, null),
                    e -> dialogs.showError(Messages.tr("holidays.export.title"), ErrorText.of(e)));
        }, e -> dialogs.showError(Messages.tr("holidays.export.title"), ErrorText.of(e)));
    }

    /** The file name an export suggests: 放假安排_2026-11-23.csv. */
    public String exportFileName() {
        return Messages.tr("holidays.export.fileName") + "_" + service.today() + ".csv";
    }

    public IntegerProperty yearProperty() { return year; }
    public ObservableList<HolidayListItem> items() { return items; }
    /** The notice shown when the chosen year has no arrangements; empty when it has. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /**
     * The form for one day: date, kind, name. Problems show once a field was left or a save was tried; a
     * refusal from the service stays on its field, with what was typed, until that field is edited.
     */
    public final class EntryForm {
        private final CalendarEntry original;
        private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
        private final ObjectProperty<DayKind> kind = new SimpleObjectProperty<>(DayKind.HOLIDAY);
        private final StringProperty name = new SimpleStringProperty("");
        private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
        private final Set<String> touched = new HashSet<>();
        private final Map<String, FieldProblem> refused = new LinkedHashMap<>();
        private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
        private boolean dayUnreadable;
        private boolean submitted;
        private List<Object> initial;

        EntryForm(CalendarEntry original) {
            this.original = original;
            if (original != null) {
                day.set(original.date());
                kind.set(original.kind());
                name.set(original.source() == EntrySource.REMOVED ? "" : original.name());
            }
            initial = value();
            watch("day", day);
            watch("kind", kind);
            watch("name", name);
        }

        private void watch(String field, ObservableValue<?> property) {
            property.addListener((obs, was, now) -> {
                refused.remove(field);
                revalidate();
            });
        }

        private List<Object> value() {
            return java.util.Arrays.asList(day.get(), kind.get(), name.get());
        }

        public boolean isNew() {
            return original == null;
        }

        /** The bundled arrangement of the day being edited, in words; empty for a new or an added day. */
        public String officialText() {
            if (original == null || original.official() == null) {
                return "";
            }
            return Messages.tr("holidays.editor.official", Messages.tr(DayKind.of(original.official().kind()).messageKey()),
                    original.official().name());
        }

        public boolean isDirty() {
            return dayUnreadable || !value().equals(initial);
        }

        public void touch(String field) {
            touched.add(field);
            revalidate();
        }

        /** The view reports a date whose text could not be read. */
        public void setDayUnreadable(boolean unreadable) {
            if (dayUnreadable != unreadable) {
                dayUnreadable = unreadable;
                revalidate();
            }
        }

        private List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (dayUnreadable) {
                problems.add(new FieldProblem("day", "common.validation.dateFormat"));
            }
            problems.addAll(HolidayRules.check(day.get(), kind.get(), name.get()));
            return problems;
        }

        private void revalidate() {
            List<FieldProblem> problems = new ArrayList<>(refused.values());
            problems.addAll(problems());
            Map<String, String> shown = new LinkedHashMap<>();
            for (FieldProblem p : problems) {
                if (submitted || touched.contains(p.field()) || refused.containsKey(p.field())) {
                    shown.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
                }
            }
            errors.keySet().retainAll(shown.keySet());
            errors.putAll(shown);
        }

        /** Saves in the background; {@code onSaved} gets the day. A refusal shows on its field, nothing written. */
        public void save(Consumer<LocalDate> onSaved) {
            if (saving.get()) {
                return;
            }
            submitted = true;
            if (!problems().isEmpty()) {
                revalidate();
                return;
            }
            LocalDate d = day.get();
            DayKind k = kind.get();
            String n = k == DayKind.NORMAL ? "" : name.get();
            saving.set(true);
            executor.run(() -> service.set(d, k, n), moved -> {
                saving.set(false);
                initial = value();
                load();
                dialogs.notify(withMoved(Messages.tr("holidays.saved", d.toString()), moved), null, null);
                onSaved.accept(d);
            }, e -> {
                saving.set(false);
                if (e instanceof ValidationException v) {
                    v.problems().forEach(p -> refused.put(p.field(), p));
                    revalidate();
                } else {
                    dialogs.showError(Messages.tr("holidays.saveFailed"), ErrorText.of(e));
                }
            });
        }

        /** Asks whether typed changes may be thrown away; true when there are none or the user agreed. */
        public boolean mayDiscard() {
            return !isDirty() || dialogs.confirm(Messages.tr("holidays.title"),
                    Messages.tr("holidays.editor.discardQuestion"), Messages.tr("holidays.editor.discard"));
        }

        /** The day's history of edits, loaded in the background (nothing for a new form). */
        public void loadHistory(Consumer<List<HistoryEntry>> show) {
            if (original == null) {
                return;
            }
            LocalDate d = original.date();
            executor.run(() -> service.history(d), show,
                    e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
        }

        public ObjectProperty<LocalDate> dayProperty() { return day; }
        public ObjectProperty<DayKind> kindProperty() { return kind; }
        public StringProperty nameProperty() { return name; }
        public ObservableMap<String, String> errors() { return errors; }
        public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    }
}
