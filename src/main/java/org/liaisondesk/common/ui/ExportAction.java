package org.liaisondesk.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;

/**
 * "导出 Excel" for any list: the view asks where ({@link #chooseFile}, a save dialog in the user's Documents);
 * the view model asks whether to include full personal data (masked by default), then exports in the
 * background and says how many rows were written ({@link #export}).
 */
public final class ExportAction {
    /** Writes the list to {@code target}; returns the number of rows. Runs on a worker thread. */
    @FunctionalInterface
    public interface Exporter {
        long export(Path target, boolean unmasked, boolean overwrite);
    }

    private ExportAction() {
    }

    /** Where to write, as the save dialog returned it; {@code overwrite} when the dialog confirmed replacing it. */
    public record Target(Path path, boolean overwrite) {
    }

    /** The save dialog (view side). {@code title} names the list and the default file; empty when cancelled. */
    public static java.util.Optional<Target> chooseFile(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("export.fileType"), "*.xlsx"));
        chooser.setInitialFileName(title + "_" + LocalDate.now() + ".xlsx");
        File documents = new File(System.getProperty("user.home"), "Documents");
        if (documents.isDirectory()) {
            chooser.setInitialDirectory(documents);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return java.util.Optional.empty();
        }
        // The save dialog confirmed overwriting the file it returned; a name we extend was not confirmed.
        boolean chosenAsIs = file.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        Path target = chosenAsIs ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".xlsx");
        return java.util.Optional.of(new Target(target, chosenAsIs));
    }

    /** Asks about masking, then exports in the background (view-model side). */
    public static void export(Path target, boolean overwrite, DialogService dialogs, BackgroundExecutor executor,
                              Exporter exporter) {
        var choice = dialogs.choose(Messages.tr("export.title"), Messages.tr("export.unmaskedQuestion"),
                Messages.tr("export.masked"), Messages.tr("export.unmasked"));
        if (choice.isEmpty()) {
            return;
        }
        boolean unmasked = choice.get() == 1;
        dialogs.notify(Messages.tr("export.running"), null, null);
        executor.run(() -> exporter.export(target, unmasked, overwrite),
                n -> dialogs.notify(Messages.tr("export.done", n, target), null, null),
                e -> dialogs.showError(Messages.tr("export.title"), ErrorText.of(e)));
    }
}
