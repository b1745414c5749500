package org.liaisondesk.exchange.imports.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;

/** Where the import dialog asks for files: the sheet to import, and where to save a template or an error report. */
public interface SheetFiles {
    /** An .xlsx or .csv to import; empty when cancelled. */
    Optional<Path> openSheet(Window owner);

    /** Where to save an .xlsx, starting from {@code fileName}; empty when cancelled. */
    Optional<Path> saveWorkbook(Window owner, String title, String fileName);

    /** The system's file dialogs, starting in the user's Documents folder. */
    SheetFiles DESKTOP = new SheetFiles() {
        @Override
        public Optional<Path> openSheet(Window owner) {
            FileChooser chooser = chooser(Messages.tr("exchange.importDialog.chooseTitle"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.tr("exchange.importDialog.sheetFiles"), "*.xlsx", "*.csv"),
                    new FileChooser.ExtensionFilter(Messages.tr("exchange.importDialog.allFiles"), "*.*"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> saveWorkbook(Window owner, String title, String fileName) {
            FileChooser chooser = chooser(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("export.fileType"), "*.xlsx"));
            chooser.setInitialFileName(fileName);
            File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return Optional.empty();
            }
            boolean hasExtension = chosen.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
            return Optional.of(hasExtension ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ".xlsx"));
        }

        private FileChooser chooser(String title) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            File documents = new File(System.getProperty("user.home"), "Documents");
            if (documents.isDirectory()) {
                chooser.setInitialDirectory(documents);
            }
            return chooser;
        }
    };
}
