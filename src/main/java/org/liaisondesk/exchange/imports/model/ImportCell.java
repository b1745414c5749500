package org.liaisondesk.exchange.imports.model;

/**
 * One cell as the spreadsheet shows it. {@code numeric} is true for a cell Excel stored as a number (not a
 * date), which is how it mangles long ID numbers.
 */
public record ImportCell(String text, boolean numeric) {
    public static final ImportCell EMPTY = new ImportCell("", false);

    public ImportCell {
        text = text == null ? "" : text.strip();
    }

    public static ImportCell text(String text) {
        return new ImportCell(text, false);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
