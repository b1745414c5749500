package org.liaisondesk.exchange.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.exchange.model.BundlePreview;
import org.liaisondesk.exchange.service.BundleService;

/**
 * 交换包: exporting the register as a bundle, and importing a station's bundle in two steps — the preview (added,
 * updated and skipped per kind, or why the bundle is refused), then 合并 to commit it. All disk work runs in the
 * background; nothing is written before the user commits.
 */
public final class BundleViewModel {
    /** One kind of record in the preview table. */
    public record Row(String kind, int added, int updated, int skipped) {
        public String kindLabel() {
            return Messages.tr("exchange.kind." + kind);
        }
    }

    private final BundleService bundles;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCommit = new ReadOnlyBooleanWrapper(false);
    private Path previewed;

    public BundleViewModel(BundleService bundles, BackgroundExecutor executor, DialogService dialogs) {
        this.bundles = bundles;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Reads and checks the bundle and shows what importing it would do; writes nothing. */
    public void preview(Path bundle) {
        if (busy.get()) {
            return;
        }
        rows.clear();
        summary.set("");
        problem.set("");
        canCommit.set(false);
        previewed = null;
        busy.set(true);
        executor.run(() -> bundles.preview(bundle), preview -> {
            busy.set(false);
            previewed = bundle;
            show(preview);
            canCommit.set(!preview.changesNothing());
        }, e -> {
            busy.set(false);
            problem.set(ErrorText.of(e));
        });
    }

    /** Merges the previewed bundle in one transaction, then shows what was done. */
    public void commit() {
        if (busy.get() || !canCommit.get()) {
            return;
        }
        busy.set(true);
        canCommit.set(false);
        Path bundle = previewed;
        executor.run(() -> bundles.importBundle(bundle), done -> {
            busy.set(false);
            show(done);
            dialogs.notify(Messages.tr("exchange.ui.imported", done.added(), done.updated(), done.skipped()), null, null);
        }, e -> {
            busy.set(false);
            problem.set(ErrorText.of(e));
            dialogs.showError(Messages.tr("exchange.ui.title"), ErrorText.of(e));
        });
    }

    /** Writes the whole register to {@code target} as a bundle (replacing the file); masked for a copy that leaves. */
    public void export(Path target, boolean masked) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.run(() -> bundles.export(target, masked), result -> {
            busy.set(false);
            dialogs.notify(Messages.tr("exchange.ui.exported", result.records(), result.file()), null, null);
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("exchange.ui.title"), ErrorText.of(e));
        });
    }

    private void show(BundlePreview preview) {
        rows.setAll(preview.kinds().stream().filter(k -> k.total() > 0)
                .map(k -> new Row(k.kind(), k.added(), k.updated(), k.skipped())).toList());
        summary.set(Messages.tr("exchange.ui.summary", preview.header().origin(), preview.header().exportedAt(),
                preview.added(), preview.updated(), preview.skipped()));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the bundle was refused, empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once a bundle that would change something has been previewed and not yet merged. */
    public ReadOnlyBooleanProperty canCommitProperty() {
        return canCommit.getReadOnlyProperty();
    }
}
