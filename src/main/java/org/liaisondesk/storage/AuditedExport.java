package org.liaisondesk.storage;

import java.nio.file.Path;
import java.util.List;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.export.XlsxTableWriter;

/**
 * An Excel export that the audit log remembers: writes the table (see {@link XlsxTableWriter}), then records an
 * EXPORT row with the file, the number of rows, whether personal data was left unmasked and what was asked for.
 * Every list's export goes through here, so no export of personal data goes unrecorded.
 */
public final class AuditedExport {
    private AuditedExport() {
    }

    /** What the audit log keeps of one export. */
    public record Record(String file, long rows, boolean unmasked, Object query) {
    }

    public static <T> long write(Database db, AuditLog audit, String entity, Path target, String sheetName,
                                 List<ExportColumn<T>> columns, XlsxTableWriter.RowSource<T> rows, boolean unmasked,
                                 Object query, boolean overwrite) {
        long written = XlsxTableWriter.write(target, sheetName, columns, rows, overwrite);
        db.write(c -> audit.record(c, AuditLog.Action.EXPORT, entity, 0, null, null,
                new Record(target.toAbsolutePath().toString(), written, unmasked, query)));
        return written;
    }
}
