package org.liaisondesk.documents.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.documents.service.DocumentService;

/**
 * 批量生成文书: the documents of the recommendations chosen in the list, or of all those issued in a period, written
 * into one folder in the background. The progress comes from the worker thread through {@code uiThread}
 * (Platform.runLater in the app); 取消 stops before the next document, the ones written stay. At the end: how many
 * were written, whether it was cancelled, and each document refused with its reason.
 */
public final class BatchDocumentsViewModel {
    /** Which recommendations: those selected in the list, or those issued in the period. */
    public enum Scope { SELECTED, PERIOD }

    /** Choosing, writing, finished. */
    public enum Phase { SETUP, RUNNING, DONE }

    private final List<Long> selectedIds;
    private final GenerationContext context;
    private final Consumer<Runnable> uiThread;
    private final OutputFolder output;
    private final FileOpener opener;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.SETUP);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private BackgroundExecutor.Cancellable counting;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private Path folderWritten;

    /**
     * @param selectedIds the recommendations selected in the list (may be empty: then only the period is offered)
     * @param uiThread    runs progress updates on the JavaFX thread ({@code Platform::runLater}; tests run them at once)
     */
    public BatchDocumentsViewModel(List<Long> selectedIds, GenerationContext context, Consumer<Runnable> uiThread) {
        this.selectedIds = List.copyOf(selectedIds);
        this.context = context;
        this.uiThread = uiThread;
        this.output = context.outputFolder();
        this.opener = context.opener();
        LocalDate today = LocalDate.now(context.clock());
        scope.set(this.selectedIds.isEmpty() ? Scope.PERIOD : Scope.SELECTED);
        from.set(today.withDayOfYear(1));
        to.set(today);
        from.addListener((obs, was, now) -> countPeriod());
        to.addListener((obs, was, now) -> countPeriod());
        scope.addListener((obs, was, now) -> error.set(""));
    }

    /** The starting folder and the period's count, read in the background. */
    public void load() {
        output.load(context.executor());
        countPeriod();
    }

    public int selectedCount() {
        return selectedIds.size();
    }

    private String periodProblem() {
        if (from.get() == null || to.get() == null) {
            return Messages.tr("documents.batch.periodMissing");
        }
        return from.get().isAfter(to.get()) ? Messages.tr("documents.batch.periodReversed") : null;
    }

    /** How many recommendations were issued in the period on screen; an earlier count still running is dropped. */
    private void countPeriod() {
        if (counting != null) {
            counting.cancel();
            counting = null;
        }
        String problem = periodProblem();
        if (problem != null) {
            periodCount.set(problem);
            return;
        }
        LocalDate first = from.get();
        LocalDate last = to.get();
        periodCount.set(Messages.tr("documents.batch.counting"));
        counting = context.executor().run(() -> context.documents().issuedBetween(first, last),
                ids -> periodCount.set(Messages.tr("documents.batch.periodCount", ids.size())),
                e -> periodCount.set(ErrorText.of(e)));
    }

    /** Starts writing; a problem with the choice stays on screen instead. */
    public void start() {
        if (phase.get() != Phase.SETUP) {
            return;
        }
        String problem = output.problem();
        if (problem == null && scope.get() == Scope.PERIOD) {
            problem = periodProblem();
        }
        if (problem == null && scope.get() == Scope.SELECTED && selectedIds.isEmpty()) {
            problem = Messages.tr("documents.batch.noneSelected");
        }
        if (problem != null) {
            error.set(problem);
            return;
        }
        Scope chosen = scope.get();
        LocalDate first = from.get();
        LocalDate last = to.get();
        Path folder = output.path();
        boolean overwrite = output.overwriteProperty().get();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        error.set("");
        failures.clear();
        summary.set("");
        progress.set(0);
        progressText.set(Messages.tr("documents.batch.preparing"));
        cancelRequested.set(false);
        phase.set(Phase.RUNNING);
        DocumentService documents = context.documents();
        context.executor().run(() -> {
            List<Long> ids = chosen == Scope.PERIOD ? documents.issuedBetween(first, last) : selectedIds;
            if (ids.isEmpty()) {
                return null;
            }
            DocumentService.BatchResult result = documents.generate(ids, folder, overwrite,
                    (done, total, current) -> uiThread.accept(() -> showProgress(done, total, current)), stop::get);
            if (!result.written().isEmpty()) {
                output.remember(folder);
            }
            return result;
        }, result -> {
            if (result == null) {
                phase.set(Phase.SETUP);
                error.set(Messages.tr("documents.batch.noneInPeriod"));
            } else {
                finished(folder, result);
            }
        }, e -> {
            phase.set(Phase.SETUP);
            error.set(ErrorText.of(e));
        });
    }

    private void showProgress(int done, int total, String current) {
        if (phase.get() != Phase.RUNNING || total == 0) {
            return;
        }
        progress.set((double) done / total);
        if (!cancelRequested.get() && current != null && !current.isEmpty()) {
            progressText.set(Messages.tr("documents.batch.progress", done + 1, total, current));
        }
    }

    private void finished(Path folder, DocumentService.BatchResult result) {
        folderWritten = folder;
        int written = result.written().size();
        StringBuilder text = new StringBuilder(Messages.tr("documents.batch.written", written));
        if (result.cancelled()) {
            text.append(Messages.tr("documents.batch.cancelledSuffix"));
        }
        if (!result.failures().isEmpty()) {
            text.append(Messages.tr("documents.batch.failedSuffix", result.failures().size()));
        }
        failures.setAll(result.failures().stream()
                .map(f -> Messages.tr("documents.batch.failure", f.label(), f.message())).toList());
        progress.set(result.cancelled() ? progress.get() : 1);
        summary.set(text.toString());
        phase.set(Phase.DONE);
        context.dialogs().notify(summary.get(), written == 0 ? null : Messages.tr("documents.openFolder"),
                written == 0 ? null : () -> opener.open(folder));
    }

    /** Stops before the next document; the one being written is finished. */
    public void cancel() {
        if (phase.get() == Phase.RUNNING && !cancelRequested.get()) {
            cancelled.set(true);
            cancelRequested.set(true);
            progressText.set(Messages.tr("documents.batch.cancelling"));
        }
    }

    /**
     * Whether the dialog may close: while writing, only if the user agrees to stop (the documents written stay, and
     * the main window still reports the outcome).
     */
    public boolean mayClose() {
        if (phase.get() != Phase.RUNNING) {
            return true;
        }
        if (!context.dialogs().confirm(Messages.tr("documents.batch.title"), Messages.tr("documents.batch.stopQuestion"),
                Messages.tr("documents.batch.stop"))) {
            return false;
        }
        cancel();
        return true;
    }

    public void openFolder() {
        Path folder = folderWritten != null ? folderWritten : output.problem() == null ? output.path() : null;
        if (folder != null) {
            opener.open(folder);
        }
    }

    public OutputFolder output() {
        return output;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** 共 N 件 for the period on screen, or why it cannot be counted. */
    public ReadOnlyStringProperty periodCountProperty() {
        return periodCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** From 0 to 1 while writing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** 正在生成 3/20：崇检社建〔2026〕3号. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /** N 份已生成, with 已取消 and the number refused when so. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per document refused: its number or title and why. */
    public ObservableList<String> failures() {
        return failures;
    }

    /** Why the batch could not start; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
