package org.liaisondesk.exchange.imports.model;

import java.util.List;
import java.util.Map;

/**
 * The outcome of checking (and possibly importing) a file: the mapping used (header → field), the columns
 * ignored, the number of data rows and of good ones, every problem of the bad rows, the rows flagged as
 * possible duplicates (never refused for it), and how many records were written (0 when refused).
 */
public record ImportReport(Map<String, String> mapping, List<String> unknownHeaders, int totalRows, int goodRows,
                           List<ImportProblem> problems, List<ImportProblem> possibleDuplicates, int written) {
    public ImportReport {
        mapping = Map.copyOf(mapping);
        unknownHeaders = List.copyOf(unknownHeaders);
        problems = List.copyOf(problems);
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }

    public boolean allRowsGood() {
        return goodRows == totalRows;
    }

    public int badRows() {
        return totalRows - goodRows;
    }

    public ImportReport withWritten(int count) {
        return new ImportReport(mapping, unknownHeaders, totalRows, goodRows, problems, possibleDuplicates, count);
    }
}
