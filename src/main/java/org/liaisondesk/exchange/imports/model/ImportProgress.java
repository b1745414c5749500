package org.liaisondesk.exchange.imports.model;

/**
 * Told how far an import has come: rows done out of total rows. While the file is first read and checked its
 * length is not known yet and {@code total} is {@link #UNKNOWN}; while records are written it is the number to write.
 */
@FunctionalInterface
public interface ImportProgress {
    long UNKNOWN = -1;
    ImportProgress NONE = (done, total) -> { };

    void rowsDone(long done, long total);
}
