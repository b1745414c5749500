package org.liaisondesk.documents.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks the tags a template uses against the catalogue for the document it is the template of. */
public final class TemplateRules {
    private TemplateRules() {
    }

    public static TemplateCheck check(DocumentKind kind, TemplateScan scan) {
        List<TemplateCheck.Problem> problems = new ArrayList<>();
        List<String> known = TagCatalogue.forKind(kind).stream().map(Tag::name).toList();
        Set<String> seen = new LinkedHashSet<>();
        List<UsedTag> distinct = new ArrayList<>();
        for (UsedTag used : scan.tags()) {
            if (!seen.add(used.sign() + used.container() + "/" + used.name())) {
                continue;
            }
            distinct.add(used);
            problem(kind, used, known).ifPresent(problems::add);
        }
        return new TemplateCheck(kind, distinct, problems);
    }

    private static java.util.Optional<TemplateCheck.Problem> problem(DocumentKind kind, UsedTag used, List<String> known) {
        if (used.sign() != UsedTag.PLAIN && used.sign() != UsedTag.SECTION && used.sign() != UsedTag.ROW_FIELD) {
            return java.util.Optional.of(new TemplateCheck.Problem("documents.check.unsupported", used, List.of()));
        }
        if (!used.container().isEmpty()) {
            Tag container = TagCatalogue.find(used.container()).orElse(null);
            if (container == null || !container.repeats()) {
                // A tag inside a section sees the same values as outside it; an unknown container is reported itself.
                return topLevel(kind, used, known);
            }
            if (!container.fields().containsKey(used.name())) {
                String open = container.type() == TagType.TABLE ? "[" : "{{";
                String close = container.type() == TagType.TABLE ? "]" : "}}";
                return java.util.Optional.of(new TemplateCheck.Problem("documents.check.unknownField", used,
                        TagCatalogue.closest(used.name(), List.copyOf(container.fields().keySet())).stream()
                                .map(n -> open + n + close).toList()));
            }
            return java.util.Optional.empty();
        }
        if (used.sign() == UsedTag.ROW_FIELD) {
            return java.util.Optional.empty();
        }
        return topLevel(kind, used, known);
    }

    private static java.util.Optional<TemplateCheck.Problem> topLevel(DocumentKind kind, UsedTag used, List<String> known) {
        Tag tag = TagCatalogue.find(used.name()).orElse(null);
        if (tag == null) {
            return java.util.Optional.of(new TemplateCheck.Problem("documents.check.unknown", used,
                    TagCatalogue.closest(used.name(), known).stream()
                            .map(n -> TagCatalogue.find(n).map(Tag::syntax).orElse(n)).toList()));
        }
        if (!tag.kinds().contains(kind)) {
            return java.util.Optional.of(new TemplateCheck.Problem("documents.check.otherKind", used, List.of()));
        }
        boolean opensBlock = used.sign() == UsedTag.SECTION;
        boolean isBlock = tag.type() == TagType.SECTION || tag.type() == TagType.LOOP;
        if (opensBlock != isBlock) {
            return java.util.Optional.of(new TemplateCheck.Problem("documents.check.wrongSyntax", used,
                    List.of(tag.syntax())));
        }
        return java.util.Optional.empty();
    }
}
