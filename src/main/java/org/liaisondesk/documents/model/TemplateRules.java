package org.liaisondesk.documents.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the tags a template uses against the catalogue for the document it is the template of. */
public final class TemplateRules {
    static final String UNKNOWN = "documents.check.unknown";
    static final String OTHER_KIND = "documents.check.otherKind";
    static final String UNSUPPORTED = "documents.check.unsupportedWriting";
    static final String WRONG_SYNTAX = "documents.check.wrongSyntax";
    static final String UNKNOWN_FIELD = "documents.check.unknownField";

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

    private static Optional<TemplateCheck.Problem> problem(DocumentKind kind, UsedTag used, List<String> known) {
        if (!used.container().isEmpty()) {
            Tag container = TagCatalogue.find(used.container()).orElse(null);
            if (container == null || !container.repeats()) {
                // A tag inside a section sees the same values as outside it; an unknown container is reported itself.
                return topLevel(kind, used, known);
            }
            return field(container, used);
        }
        if (used.sign() == UsedTag.ROW_FIELD) {
            return Optional.empty();
        }
        return topLevel(kind, used, known);
    }

    /** A field inside a loop or a table row: one the container has, written the way its type is written. */
    private static Optional<TemplateCheck.Problem> field(Tag container, UsedTag used) {
        if (isForeignSign(used.sign())) {
            return Optional.of(problem(UNSUPPORTED, used, container.fields().containsKey(used.name())
                    ? List.of(container.fieldSyntax(used.name())) : List.of()));
        }
        if (!container.fields().containsKey(used.name())) {
            return Optional.of(problem(UNKNOWN_FIELD, used,
                    TagCatalogue.closest(used.name(), List.copyOf(container.fields().keySet())).stream()
                            .map(container::fieldSyntax).toList()));
        }
        char expected = container.type() == TagType.TABLE ? UsedTag.ROW_FIELD : container.fieldType(used.name()).sign();
        return used.sign() == expected ? Optional.empty()
                : Optional.of(mismatch(used, container.fieldSyntax(used.name())));
    }

    private static Optional<TemplateCheck.Problem> topLevel(DocumentKind kind, UsedTag used, List<String> known) {
        Tag tag = TagCatalogue.find(used.name()).orElse(null);
        if (isForeignSign(used.sign())) {
            return Optional.of(problem(UNSUPPORTED, used,
                    tag != null && tag.kinds().contains(kind) ? List.of(tag.syntax()) : List.of()));
        }
        if (tag == null) {
            return Optional.of(problem(UNKNOWN, used, TagCatalogue.closest(used.name(), known).stream()
                    .map(n -> TagCatalogue.find(n).map(Tag::syntax).orElse(n)).toList()));
        }
        if (!tag.kinds().contains(kind)) {
            return Optional.of(problem(OTHER_KIND, used, List.of()));
        }
        return used.sign() == tag.type().sign() ? Optional.empty() : Optional.of(mismatch(used, tag.syntax()));
    }

    /**
     * A known tag written the wrong way: a picture or table sign on a tag that is neither is a syntax LiaisonDesk does
     * not fill there; otherwise (a section written plain, a picture written as text …) the syntax is wrong.
     */
    private static TemplateCheck.Problem mismatch(UsedTag used, String rightSyntax) {
        boolean poiTlSign = used.sign() == UsedTag.IMAGE || used.sign() == UsedTag.GRID;
        return problem(poiTlSign ? UNSUPPORTED : WRONG_SYNTAX, used, List.of(rightSyntax));
    }

    /** poi-tl's syntaxes LiaisonDesk never fills: {{*列表}} (numbering) and {{+文档}} (an included document). */
    private static boolean isForeignSign(char sign) {
        return sign != UsedTag.PLAIN && sign != UsedTag.SECTION && sign != UsedTag.ROW_FIELD && sign != UsedTag.IMAGE
                && sign != UsedTag.GRID;
    }

    private static TemplateCheck.Problem problem(String messageKey, UsedTag used, List<String> suggestions) {
        return new TemplateCheck.Problem(messageKey, used, suggestions);
    }
}
