package org.liaisondesk.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * The value of a GRID tag ({@code {{#指标表}}}): a whole table, generated with its columns, in place of the tag's
 * paragraph. {@code header} is the first row, repeated on every page; each of {@code rows} has a cell per column.
 * {@code columnWidths} are in mm, scaled to fill the text block when they add up to something else (empty: equal
 * columns). With {@code groupedFirstColumn}, an empty first cell continues the group above it: the cells of a group
 * are merged into one, like 分组 beside the figures of that group.
 */
public record DocumentGrid(List<String> header, List<List<String>> rows, List<Double> columnWidths,
                           boolean groupedFirstColumn) {
    public DocumentGrid {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList();
        columnWidths = List.copyOf(columnWidths);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(row.size() + " cells in a row of a table of " + header.size()
                        + " columns: " + row);
            }
        }
        if (!columnWidths.isEmpty() && (columnWidths.size() != header.size()
                || columnWidths.stream().anyMatch(w -> !(Objects.requireNonNull(w) > 0)))) {
            throw new IllegalArgumentException("column widths " + columnWidths + " for " + header.size() + " columns");
        }
    }

    /** A table of equal columns whose rows stand alone. */
    public static DocumentGrid of(List<String> header, List<List<String>> rows) {
        return new DocumentGrid(header, rows, List.of(), false);
    }
}
