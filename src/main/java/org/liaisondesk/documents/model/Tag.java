package org.liaisondesk.documents.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One field office staff may type into a template. {@code example} is the value shown in the tag list and used for
 * the sample rendering (for SECTION "是"; for LOOP and TABLE empty, their rows are {@code exampleRows}).
 * {@code fields} are the names used inside a LOOP ({@code {{序号}}}) or a TABLE row ({@code [序号]}), with a
 * description each. {@code kinds}: the documents that fill this tag.
 */
public record Tag(String name, TagType type, String description, String example, Map<String, String> fields,
                  List<Map<String, String>> exampleRows, Set<DocumentKind> kinds) {
    public Tag {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        exampleRows = exampleRows == null ? List.of() : List.copyOf(exampleRows);
        kinds = Set.copyOf(kinds);
    }

    public boolean repeats() {
        return type == TagType.LOOP || type == TagType.TABLE;
    }

    /** How the tag is typed in a template, e.g. {{文号}}, {{?有抄送}}…{{/有抄送}}, {{案件表}}. */
    public String syntax() {
        return switch (type) {
            case TEXT, TABLE -> "{{" + name + "}}";
            case SECTION, LOOP -> "{{?" + name + "}}…{{/" + name + "}}";
        };
    }
}
