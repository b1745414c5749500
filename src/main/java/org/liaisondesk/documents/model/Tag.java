package org.liaisondesk.documents.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One field office staff may type into a template. {@code example} is the value shown in the tag list and used for
 * the sample rendering (for SECTION "是"; for LOOP and TABLE empty, their rows are {@code exampleRows}; for GRID the
 * example table written as rows separated by "；" and cells by "｜", header first; for IMAGE a word saying what the
 * picture shows). {@code fields} are the names used inside a LOOP ({@code {{序号}}}) or a TABLE row ({@code [序号]}),
 * with a description each; {@code fieldTypes} names the loop fields that are not text (a picture or a whole table),
 * whose examples are written like those of IMAGE and GRID tags. {@code kindExamples}: a different example for a
 * document where the general one would read wrong (a title). {@code kinds}: the documents that fill this tag.
 */
public record Tag(String name, TagType type, String description, String example, Map<String, String> fields,
                  Map<String, TagType> fieldTypes, List<Map<String, String>> exampleRows,
                  Map<DocumentKind, String> kindExamples, Set<DocumentKind> kinds) {
    public Tag {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        fieldTypes = fieldTypes == null ? Map.of() : Map.copyOf(fieldTypes);
        exampleRows = exampleRows == null ? List.of() : List.copyOf(exampleRows);
        kindExamples = kindExamples == null || kindExamples.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(kindExamples));
        kinds = Set.copyOf(kinds);
        for (String field : fieldTypes.keySet()) {
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException(name + ": typed field " + field + " is not a field");
            }
        }
    }

    public boolean repeats() {
        return type == TagType.LOOP || type == TagType.TABLE;
    }

    /** The example for {@code kind}'s document. */
    public String example(DocumentKind kind) {
        return kindExamples.getOrDefault(kind, example);
    }

    /** How a field is filled: TEXT, or IMAGE or GRID for a loop field that holds a picture or a whole table. */
    public TagType fieldType(String field) {
        return fieldTypes.getOrDefault(field, TagType.TEXT);
    }

    /** How a field is typed: [序号] in a table row, {{序号}} in a loop, {{@图}} or {{#数据}} for a picture or table. */
    public String fieldSyntax(String field) {
        return type == TagType.TABLE ? "[" + field + "]" : fieldType(field).written(field);
    }

    /** How the tag is typed in a template, e.g. {{文号}}, {{?有抄送}}…{{/有抄送}}, {{案件表}}, {{@图}}, {{#指标表}}. */
    public String syntax() {
        return switch (type) {
            case SECTION, LOOP -> "{{?" + name + "}}…{{/" + name + "}}";
            case TEXT, TABLE, IMAGE, GRID -> type.written(name);
        };
    }
}
