package org.liaisondesk.documents.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue's examples as a template's data: what the template check renders and the tests fill templates with. */
public final class SampleData {
    /** How wide a sample chart prints: as wide as the charts of the statistics report. */
    static final double CHART_WIDTH_MM = 150;
    static final double CHART_HEIGHT_MM = 95;

    private SampleData() {
    }

    /**
     * Every tag the kind fills, with its example: "是" sections shown, loops and tables with their example rows, a
     * sample chart labelled 图表示例 for a picture, the example table for a whole table.
     */
    public static Map<String, Object> of(DocumentKind kind) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Tag t : TagCatalogue.forKind(kind)) {
            data.put(t.name(), switch (t.type()) {
                case TEXT -> t.example(kind);
                case SECTION -> Boolean.TRUE;
                case TABLE -> t.exampleRows();
                case LOOP -> loopRows(t);
                case IMAGE -> chart();
                case GRID -> grid(t.example());
            });
        }
        return data;
    }

    /** The example table of a GRID tag or field: rows separated by "；", cells by "｜", the header first. */
    public static DocumentGrid grid(String example) {
        List<List<String>> rows = Arrays.stream(example.split("；")).map(r -> List.of(r.split("｜", -1))).toList();
        return DocumentGrid.of(rows.get(0), rows.subList(1, rows.size()));
    }

    /** The neutral sample chart, at the size the statistics report prints its charts. */
    public static DocumentImage chart() {
        return new DocumentImage(SampleChart.png(), CHART_WIDTH_MM, CHART_HEIGHT_MM);
    }

    /** A loop's example rows, its picture and table fields filled with a sample chart and their example tables. */
    private static List<Map<String, Object>> loopRows(Tag loop) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, String> example : loop.exampleRows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            example.forEach((field, value) -> row.put(field, switch (loop.fieldType(field)) {
                case IMAGE -> chart();
                case GRID -> grid(value);
                default -> value;
            }));
            rows.add(row);
        }
        return rows;
    }
}
