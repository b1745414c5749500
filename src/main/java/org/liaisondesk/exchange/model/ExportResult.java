package org.liaisondesk.exchange.model;

import java.nio.file.Path;

/** A bundle written: where, and how many records it carries. */
public record ExportResult(Path file, long records) {
}
