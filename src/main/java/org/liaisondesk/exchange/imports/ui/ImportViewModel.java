package org.liaisondesk.exchange.imports.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportProgress;
import org.liaisondesk.exchange.imports.model.ImportReport;
import org.liaisondesk.exchange.imports.service.ImportService;

/**
 * 导入 Excel: what to import and the file; the file's columns with the field each one fills (proposed from the
 * remembered mapping and the headers' names, corrected by the user); 检查, which reads every row and writes nothing;
 * the report (good and bad rows, each problem with its row and column, possible duplicates); then 全部导入 (only when
 * every row is good) or 仅导入正确的行 (after a confirmation naming the rows skipped). Checking and importing run in
 * the background with the rows done and 取消; a cancelled or refused import writes nothing.
 */
public final class ImportViewModel {
    /** Where the dialog is: no file yet, reading its headers, mapping, checking, report shown, importing, imported. */
    public enum Phase { CHOOSE, READING, MAPPING, CHECKING, CHECKED, IMPORTING, DONE }

    /** A field a column can fill, or {@link #NOT_IMPORTED}; shown in the mapping's drop-down by its label. */
    public record FieldChoice(String field, String label, boolean required) {
        public static final FieldChoice NOT_IMPORTED = new FieldChoice("", "", false);

        static FieldChoice of(ImportField f) {
            return new FieldChoice(f.field(), Messages.tr(f.headerKey()), f.required());
        }

        @Override
        public String toString() {
            if (field.isEmpty()) {
                return Messages.tr("exchange.importDialog.notImported");
            }
            return required ? Messages.tr("exchange.importDialog.requiredField", label) : label;
        }
    }

    /** One column of the file and the field it fills. */
    public static final class MappingRow {
        private final String header;
        private final ObjectProperty<FieldChoice> choice = new SimpleObjectProperty<>(FieldChoice.NOT_IMPORTED);

        MappingRow(String header, FieldChoice choice) {
            this.header = header;
            this.choice.set(choice);
        }

        public String header() {
            return header;
        }

        public ObjectProperty<FieldChoice> choiceProperty() {
            return choice;
        }
    }

    /** A line of the report: a problem of a bad row, or a good row flagged as a possible duplicate. */
    public record ProblemRow(int sheetRow, String column, String message, boolean possibleDuplicate) {
    }

    private final ImportService imports;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Runnable> uiThread;
    private final Runnable afterImport;

    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.CHOOSE);
    private final ObservableList<FieldChoice> fieldChoices = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mappingProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper savingFile = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding busy;
    private AtomicBoolean stop = new AtomicBoolean();
    private int reading;

    /**
     * @param uiThread    runs progress updates on the JavaFX thread ({@code Platform::runLater}; tests may run them at once)
     * @param afterImport on the JavaFX thread once records were written, e.g. to show them in the list
     */
    public ImportViewModel(ImportService imports, BackgroundExecutor executor, DialogService dialogs,
                           Consumer<Runnable> uiThread, ImportKind initialKind, Runnable afterImport) {
        this.imports = imports;
        this.executor = executor;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.afterImport = afterImport;
        busy = phase.isEqualTo(Phase.CHECKING).or(phase.isEqualTo(Phase.IMPORTING));
        kind.set(initialKind);
        fillFieldChoices();
        kind.addListener((obs, was, now) -> {
            fillFieldChoices();
            if (file.get() != null) {
                readHeaders(file.get());
            }
        });
    }

    /** The kinds in the drop-down, named for a person. */
    public static String kindLabel(ImportKind kind) {
        String key = "exchange.importDialog.kind." + kind.cliName();
        return Messages.current().bundle().containsKey(key) ? Messages.tr(key) : kind.cliName();
    }

    public List<ImportKind> kinds() {
        return List.of(ImportKind.values());
    }

    private void fillFieldChoices() {
        List<FieldChoice> choices = new ArrayList<>();
        choices.add(FieldChoice.NOT_IMPORTED);
        try {
            imports.fields(kind.get()).forEach(f -> choices.add(FieldChoice.of(f)));
            error.set("");
        } catch (UserFacingException notImportable) {
            error.set(notImportable.localizedMessage());
        }
        fieldChoices.setAll(choices);
    }

    /** The file to import (from the file chooser); its header row is read and a mapping proposed. */
    public void chooseFile(Path chosen) {
        if (chosen == null || busy.get()) {
            return;
        }
        file.set(chosen);
        readHeaders(chosen);
    }

    private void readHeaders(Path chosen) {
        int generation = ++reading;
        ImportKind forKind = kind.get();
        clearReport();
        mapping.clear();
        mappingProblem.set("");
        error.set("");
        status.set("");
        phase.set(Phase.READING);
        executor.run(() -> {
            List<String> headers = SheetHeaders.read(chosen);
            return ImportService.proposedMapping(headers, imports.fields(forKind), imports.rememberedMapping(forKind));
        }, proposal -> {
            if (generation != reading) {
                return;
            }
            if (proposal.isEmpty()) {
                phase.set(Phase.CHOOSE);
                error.set(Messages.tr("exchange.import.noHeaders", chosen.getFileName()));
                return;
            }
            showMapping(proposal);
        }, e -> {
            if (generation == reading) {
                phase.set(Phase.CHOOSE);
                error.set(ErrorText.of(e));
            }
        });
    }

    private void showMapping(Map<String, String> proposal) {
        List<MappingRow> rows = new ArrayList<>();
        proposal.forEach((header, field) -> {
            MappingRow row = new MappingRow(header, choiceFor(field));
            row.choiceProperty().addListener((obs, was, now) -> mappingChanged());
            rows.add(row);
        });
        mapping.setAll(rows);
        checkMapping();
        phase.set(Phase.MAPPING);
    }

    private FieldChoice choiceFor(String field) {
        return fieldChoices.stream().filter(c -> c.field().equals(field)).findFirst().orElse(FieldChoice.NOT_IMPORTED);
    }

    /** A changed mapping makes the report stale: it is checked again. */
    private void mappingChanged() {
        if (phase.get() == Phase.CHECKED || phase.get() == Phase.DONE) {
            clearReport();
            phase.set(Phase.MAPPING);
        }
        error.set("");
        checkMapping();
    }

    private void checkMapping() {
        List<String> missing = fieldChoices.stream()
                .filter(c -> c.required() && mapping.stream().noneMatch(r -> r.choiceProperty().get() == c))
                .map(FieldChoice::label).toList();
        Map<FieldChoice, Long> uses = mapping.stream().map(r -> r.choiceProperty().get())
                .filter(c -> c != null && !c.field().isEmpty())
                .collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting()));
        List<String> twice = uses.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey().label()).toList();
        List<String> lines = new ArrayList<>();
        if (!missing.isEmpty()) {
            lines.add(Messages.tr("exchange.importDialog.missingFields", String.join("、", missing)));
        }
        if (!twice.isEmpty()) {
            lines.add(Messages.tr("exchange.importDialog.fieldTwice", String.join("、", twice)));
        }
        mappingProblem.set(String.join("\n", lines));
    }

    /** Header → field name ("" for a column not imported), as the engine takes it. */
    Map<String, String> chosenMapping() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (MappingRow row : mapping) {
            FieldChoice c = row.choiceProperty().get();
            chosen.put(row.header(), c == null ? "" : c.field());
        }
        return chosen;
    }

    /** 检查: reads and checks every row with the mapping on screen, writes nothing. */
    public void check() {
        if (!canCheck()) {
            return;
        }
        ImportOptions options = start(Phase.CHECKING, ImportOptions.allOrNothing());
        Path sheet = file.get();
        ImportKind forKind = kind.get();
        executor.run(() -> imports.check(forKind, sheet, options), checked -> {
            showReport(checked);
            phase.set(Phase.CHECKED);
        }, e -> {
            phase.set(Phase.MAPPING);
            error.set(ErrorText.of(e));
        });
    }

    public boolean canCheck() {
        return (phase.get() == Phase.MAPPING || phase.get() == Phase.CHECKED) && mappingProblem.get().isEmpty();
    }

    /** 全部导入: only when the check found every row good; the file is checked again as it is written. */
    public void importAll() {
        if (canImportAll()) {
            runImport(false);
        }
    }

    /** 仅导入正确的行: after confirming how many rows are written and how many skipped. */
    public void importValidRowsOnly() {
        if (!canImportValidRowsOnly()) {
            return;
        }
        ImportReport checked = report.get();
        if (dialogs.confirm(Messages.tr("exchange.importDialog.title"),
                Messages.tr("exchange.importDialog.validOnlyQuestion", checked.goodRows(), checked.badRows()),
                Messages.tr("exchange.importDialog.validOnly"))) {
            runImport(true);
        }
    }

    public boolean canImportAll() {
        ImportReport checked = report.get();
        return phase.get() == Phase.CHECKED && checked != null && checked.totalRows() > 0 && checked.allRowsGood();
    }

    public boolean canImportValidRowsOnly() {
        ImportReport checked = report.get();
        return phase.get() == Phase.CHECKED && checked != null && checked.goodRows() > 0 && !checked.allRowsGood();
    }

    private void runImport(boolean validRowsOnly) {
        ImportReport checked = report.get();
        ImportOptions options = start(Phase.IMPORTING, ImportOptions.allOrNothing().withValidRowsOnly(validRowsOnly));
        Path sheet = file.get();
        ImportKind forKind = kind.get();
        executor.run(() -> imports.importFile(forKind, sheet, options), done -> {
            if (done.written() == 0) {
                // The file changed since the check and now has bad rows: nothing was written.
                showReport(done);
                phase.set(Phase.CHECKED);
                error.set(Messages.tr("exchange.importDialog.refused", done.badRows()));
                return;
            }
            showReport(done);
            String text = Messages.tr("exchange.importDialog.imported", done.written(), kindLabel(forKind),
                    done.totalRows() - done.written());
            summary.set(text);
            phase.set(Phase.DONE);
            dialogs.notify(text, null, null);
            afterImport.run();
        }, e -> {
            report.set(checked);
            phase.set(Phase.CHECKED);
            error.set(ErrorText.of(e));
        });
    }

    private ImportOptions start(Phase running, ImportOptions base) {
        stop = new AtomicBoolean();
        cancelRequested.set(false);
        error.set("");
        status.set("");
        progress.set(-1);
        progressText.set(Messages.tr("exchange.importDialog.starting"));
        phase.set(running);
        AtomicBoolean cancelled = stop;
        return base.withMapping(chosenMapping()).withCancel(cancelled::get).withProgress(new ProgressRelay(running));
    }

    /** 取消: the engine stops before the next row and rolls back; nothing is written. */
    public void cancel() {
        if (busy.get() && !cancelRequested.get()) {
            stop.set(true);
            cancelRequested.set(true);
            progressText.set(Messages.tr("exchange.importDialog.cancelling"));
        }
    }

    /** Whether the dialog may close: while checking or importing only if the user agrees to cancel. */
    public boolean mayClose() {
        if (!busy.get()) {
            return true;
        }
        if (!dialogs.confirm(Messages.tr("exchange.importDialog.title"), Messages.tr("exchange.importDialog.stopQuestion"),
                Messages.tr("exchange.importDialog.stop"))) {
            return false;
        }
        cancel();
        return true;
    }

    /** 下载模板…: the empty register of the chosen kind, written to {@code target}. */
    public void writeTemplate(Path target) {
        if (target == null) {
            return;
        }
        ImportKind forKind = kind.get();
        saveInBackground(() -> imports.writeTemplate(forKind, target), "exchange.importDialog.templateSaved");
    }

    /** 导出错误报告…: the checked file with an error column, written to {@code target}. */
    public void writeErrorReport(Path target) {
        ImportReport checked = report.get();
        if (target == null || checked == null) {
            return;
        }
        Path sheet = file.get();
        saveInBackground(() -> imports.writeErrorReport(sheet, checked, target), "exchange.importDialog.reportSaved");
    }

    private void saveInBackground(Callable<Path> work, String doneKey) {
        if (savingFile.get()) {
            return;
        }
        savingFile.set(true);
        status.set("");
        error.set("");
        executor.run(work, written -> {
            savingFile.set(false);
            status.set(Messages.tr(doneKey, written.toAbsolutePath()));
        }, e -> {
            savingFile.set(false);
            error.set(ErrorText.of(e));
        });
    }

    /** A file name for the template of the chosen kind. */
    public String templateFileName() {
        return Messages.tr("exchange.importDialog.templateFile", kindLabel(kind.get()));
    }

    /** A file name for the error report of the chosen file. */
    public String errorReportFileName() {
        String name = file.get() == null ? "" : file.get().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return Messages.tr("exchange.importDialog.reportFile", name);
    }

    private void showReport(ImportReport checked) {
        report.set(checked);
        List<ProblemRow> lines = new ArrayList<>();
        checked.problems().forEach(p -> lines.add(new ProblemRow(p.sheetRow(), p.header(), p.message(), false)));
        checked.possibleDuplicates().forEach(p -> lines.add(new ProblemRow(p.sheetRow(),
                Messages.tr("exchange.importDialog.possibleDuplicate"), p.message(), true)));
        lines.sort(Comparator.comparingInt(ProblemRow::sheetRow));
        problems.setAll(lines);
        String text = Messages.tr("exchange.importDialog.summary", checked.totalRows(), checked.goodRows(),
                checked.badRows(), checked.possibleDuplicates().size());
        if (!checked.unknownHeaders().isEmpty()) {
            text += "\n" + Messages.tr("exchange.importDialog.ignored", String.join("、", checked.unknownHeaders()));
        }
        summary.set(text);
    }

    private void clearReport() {
        report.set(null);
        problems.clear();
        summary.set("");
    }

    /**
     * Takes the engine's row counts on the worker thread and shows the latest on the JavaFX thread, at most one
     * update waiting at a time, so 100,000 rows do not flood the UI thread.
     */
    private final class ProgressRelay implements ImportProgress {
        private final Phase running;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong(UNKNOWN);
        private final AtomicBoolean posted = new AtomicBoolean();

        ProgressRelay(Phase running) {
            this.running = running;
        }

        @Override
        public void rowsDone(long rows, long of) {
            done.set(rows);
            total.set(of);
            if (posted.compareAndSet(false, true)) {
                uiThread.accept(this::show);
            }
        }

        private void show() {
            posted.set(false);
            if (phase.get() != running || cancelRequested.get()) {
                return;
            }
            long rows = done.get();
            long of = total.get();
            if (of == UNKNOWN) {
                progress.set(-1);
                progressText.set(Messages.tr(running == Phase.IMPORTING ? "exchange.importDialog.recheckedRows"
                        : "exchange.importDialog.checkedRows", rows));
            } else {
                progress.set(of == 0 ? 1 : (double) rows / of);
                progressText.set(Messages.tr("exchange.importDialog.writtenRows", rows, of));
            }
        }
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True while checking or importing: the progress and 取消 are shown. */
    public BooleanBinding busyBinding() {
        return busy;
    }

    /** 不导入 and the kind's fields, for the mapping's drop-downs. */
    public ObservableList<FieldChoice> fieldChoices() {
        return fieldChoices;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    /** Required fields no column fills, or a field chosen for two columns; empty when the mapping can be checked. */
    public ReadOnlyStringProperty mappingProblemProperty() {
        return mappingProblem.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    /** The last check or import: rows, good, bad, possible duplicates; or how many were imported. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the file could not be read, checked or imported; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where a template or an error report was saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** From 0 to 1 while writing; -1 (indeterminate) while the rows are counted and checked. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** 已检查 1,200 行 / 已写入 300 / 1,000 行. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingFileProperty() {
        return savingFile.getReadOnlyProperty();
    }

    /** For the view: enabled states that follow the phase, the report and the mapping. */
    public BooleanBinding canCheckBinding() {
        return Bindings.createBooleanBinding(this::canCheck, phase, mappingProblem);
    }

    public BooleanBinding canImportAllBinding() {
        return Bindings.createBooleanBinding(this::canImportAll, phase, report);
    }

    public BooleanBinding canImportValidRowsOnlyBinding() {
        return Bindings.createBooleanBinding(this::canImportValidRowsOnly, phase, report);
    }
}
