package org.liaisondesk.exchange.imports.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liaisondesk.exchange.imports.data.SheetReader;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.service.ImportService;

/**
 * The header row of a sheet (its first non-blank row), read alone so that the user sees and corrects the mapping
 * ({@link ImportService#proposedMapping}) before anything is checked.
 */
final class SheetHeaders {
    /** Thrown from the row handler to stop reading once the header row is in. */
    private static final class HeaderRowRead extends RuntimeException {
        HeaderRowRead() {
            super(null, null, false, false);
        }
    }

    private SheetHeaders() {
    }

    /** The non-empty headers in column order, each once; empty when the sheet has no rows. Runs on a worker thread. */
    static List<String> read(Path file) {
        List<String> headers = new ArrayList<>();
        try {
            SheetReader.read(file, (sheetRow, cells) -> {
                Set<String> seen = new HashSet<>();
                for (ImportCell cell : cells) {
                    if (!cell.isBlank() && seen.add(cell.text())) {
                        headers.add(cell.text());
                    }
                }
                throw new HeaderRowRead();
            });
        } catch (HeaderRowRead done) {
            // The rest of the file is read by the check.
        }
        return headers;
    }
}
