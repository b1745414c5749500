package org.liaisondesk.exchange.imports.model;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * How to import: {@code validRowsOnly} writes the good rows even when others are bad; {@code mapping}
 * (header → field name) overrides the automatic header matching; {@code cancelled} is asked between rows
 * and, once true, rolls everything back.
 */
public record ImportOptions(boolean validRowsOnly, Map<String, String> mapping, BooleanSupplier cancelled,
                            ImportProgress progress) {
    public ImportOptions {
        mapping = Map.copyOf(mapping);
    }

    public static ImportOptions allOrNothing() {
        return new ImportOptions(false, Map.of(), () -> false, ImportProgress.NONE);
    }

    public ImportOptions withValidRowsOnly(boolean value) {
        return new ImportOptions(value, mapping, cancelled, progress);
    }

    public ImportOptions withMapping(Map<String, String> value) {
        return new ImportOptions(validRowsOnly, value, cancelled, progress);
    }

    public ImportOptions withCancel(BooleanSupplier value) {
        return new ImportOptions(validRowsOnly, mapping, value, progress);
    }

    public ImportOptions withProgress(ImportProgress value) {
        return new ImportOptions(validRowsOnly, mapping, cancelled, value);
    }
}
