package org.liaisondesk.documents.model;

import java.util.List;

/**
 * What checking a template found: the kind it was checked as, the tags it uses (known and unknown, in document
 * order, each once) and the problems. A template with problems is refused when generating.
 */
public record TemplateCheck(DocumentKind kind, List<UsedTag> tags, List<Problem> problems) {
    public TemplateCheck {
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * One thing wrong. {@code messageKey} with {@code tag} (as written) and the did-you-mean candidates (as they
     * would be written):
     * documents.check.unknown (no such tag), documents.check.otherKind (a tag of another document),
     * documents.check.unsupportedWriting (poi-tl syntax LiaisonDesk does not fill: {{*…}} {{+…}}, and {{@…}} or
     * {{#…}} on a tag that is not a picture or a whole table; the suggestion is the right way to write a known tag),
     * documents.check.wrongSyntax (a section or loop written as a plain tag, a picture or table written as text, or
     * the other way round; the suggestion is the right way to write it),
     * documents.check.unknownField (a loop or table field the loop does not have).
     */
    public record Problem(String messageKey, UsedTag tag, List<String> suggestions) {
        public Problem {
            suggestions = List.copyOf(suggestions);
        }
    }
}
