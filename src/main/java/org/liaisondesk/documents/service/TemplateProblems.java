package org.liaisondesk.documents.service;

import java.util.List;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.documents.model.TemplateCheck;

/** A template check's problems as sentences for the user: where the tag is, what is wrong, what was probably meant. */
public final class TemplateProblems {
    private TemplateProblems() {
    }

    /** One line per problem, each with its did-you-mean. */
    public static List<String> lines(List<TemplateCheck.Problem> problems) {
        return problems.stream().map(TemplateProblems::line).toList();
    }

    /** The first {@code limit} problems in one sentence, and how many more there are. */
    public static String describe(List<TemplateCheck.Problem> problems, int limit) {
        List<String> first = lines(problems.subList(0, Math.min(limit, problems.size())));
        String text = String.join("；", first);
        return problems.size() > limit ? text + Messages.tr("documents.check.more", problems.size() - limit) : text;
    }

    public static String line(TemplateCheck.Problem p) {
        String where = p.tag().context().isEmpty() ? "" : Messages.tr("documents.check.where", p.tag().context());
        String line = Messages.tr(p.messageKey(), p.tag().written(), p.tag().container()) + where;
        if (!p.suggestions().isEmpty()) {
            line += Messages.tr("documents.check.didYouMean", String.join(Messages.tr("documents.check.or"), p.suggestions()));
        }
        return line;
    }
}
