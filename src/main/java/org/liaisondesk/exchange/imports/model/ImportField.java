package org.liaisondesk.exchange.imports.model;

import java.util.List;

/**
 * A field a spreadsheet column can fill: its name in the model, the message key of its canonical (template)
 * header, whether a file without it is refused, and the other headers people commonly give it.
 */
public record ImportField(String field, String headerKey, boolean required, List<String> synonyms) {
    public ImportField {
        synonyms = List.copyOf(synonyms);
    }
}
