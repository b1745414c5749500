package org.liaisondesk.documents.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The catalogue's examples as a template's data: what the template check renders and the tests fill templates with. */
public final class SampleData {
    private SampleData() {
    }

    /** Every tag the kind fills, with its example: "是" sections shown, loops and tables with their example rows. */
    public static Map<String, Object> of(DocumentKind kind) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Tag t : TagCatalogue.forKind(kind)) {
            data.put(t.name(), switch (t.type()) {
                case TEXT -> t.example();
                case SECTION -> Boolean.TRUE;
                case LOOP, TABLE -> t.exampleRows();
            });
        }
        return data;
    }
}
