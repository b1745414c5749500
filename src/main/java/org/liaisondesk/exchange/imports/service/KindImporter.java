package org.liaisondesk.exchange.imports.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportProblem;

/**
 * What the import engine needs to know about one kind of record: its columns, how a row becomes a record
 * (checked by the kind's own rules), what makes two records look like duplicates, how to store records in one
 * transaction, and its template.
 */
interface KindImporter<T> {
    ImportKind kind();

    List<ImportField> fields();

    /** Starts one pass over a file: loads the roster and what the register already holds. */
    Session<T> open();

    /** Stores the records the producer hands over, all in one transaction; returns how many. */
    int insertAll(Consumer<Consumer<T>> producer);

    Path writeTemplate(Path target);

    /** One pass's lookups. */
    interface Session<T> {
        /**
         * The record of one row, or its problems. {@code headers} gives, per field, the file's header for it
         * (messages name the user's column, not ours).
         */
        Converted<T> convert(int sheetRow, Map<String, ImportCell> cells, Map<String, String> headers);

        /** Keys that identify the same person's record (e.g. "id:" + ID number), each with the reason shown. */
        Map<String, String> duplicateKeys(T record);

        boolean inRegister(String key);
    }

    /** A row converted: the record when {@code problems} is empty. */
    record Converted<T>(T record, List<ImportProblem> problems) {
        public Converted {
            problems = List.copyOf(problems);
        }
    }
}
