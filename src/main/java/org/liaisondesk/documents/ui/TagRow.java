package org.liaisondesk.documents.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.documents.model.Tag;
import org.liaisondesk.documents.model.TagType;

/**
 * One line of the tag list: a tag as staff type it into Word ({{文号}}, {{?有抄送}}…{{/有抄送}}), or, indented under a
 * loop or table tag, one of its fields ({{序号}} inside a loop, [序号] in a table row, {{@图}} for a picture). {@code syntax} is what
 * 复制标签 puts on the clipboard.
 */
public record TagRow(String syntax, String type, String description, String example, boolean field) {

    /** The tag's line and its fields' lines, keeping only what matches {@code query} (every line when blank). */
    static List<TagRow> of(Tag tag, String query) {
        String q = normalise(query);
        boolean tagMatches = q.isEmpty() || matches(q, tag.name(), tag.description(), tag.example(),
                Messages.tr(tag.type().messageKey()));
        List<TagRow> fields = new ArrayList<>();
        for (Map.Entry<String, String> f : tag.fields().entrySet()) {
            String example = example(tag, f.getKey());
            if (tagMatches || matches(q, f.getKey(), f.getValue(), example)) {
                fields.add(new TagRow(tag.fieldSyntax(f.getKey()), Messages.tr("documents.tags.fieldType"), f.getValue(),
                        example, true));
            }
        }
        if (!tagMatches && fields.isEmpty()) {
            return List.of();
        }
        List<TagRow> rows = new ArrayList<>();
        rows.add(new TagRow(tag.syntax(), Messages.tr(tag.type().messageKey()), tag.description(), tagExample(tag), false));
        rows.addAll(fields);
        return rows;
    }

    private static String tagExample(Tag tag) {
        if (tag.repeats()) {
            return Messages.tr("documents.tags.exampleRows", tag.exampleRows().size());
        }
        return tag.type() == TagType.SECTION ? Messages.tr("documents.tags.sectionExample") : tag.example();
    }

    /** The field's value in the first example row that has one. */
    private static String example(Tag tag, String field) {
        return tag.exampleRows().stream().map(r -> r.getOrDefault(field, "")).filter(v -> !v.isEmpty()).findFirst()
                .orElse("");
    }

    /** What the user typed, without the braces and brackets of a tag copied from Word: {{?有抄送}} finds 有抄送. */
    static String normalise(String query) {
        return query == null ? "" : query.replaceAll("[{}\\[\\]?/\\s]", "").toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String q, String... texts) {
        for (String t : texts) {
            if (t != null && t.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }
}
