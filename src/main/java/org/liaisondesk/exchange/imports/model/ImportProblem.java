package org.liaisondesk.exchange.imports.model;

/** Something wrong (or suspicious) in one row: its row number in the sheet (the header is row 1), the column, the message. */
public record ImportProblem(int sheetRow, String header, String message) {
}
