package org.liaisondesk.common.model;

import java.util.List;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;

/** A save refused because of the listed field problems; nothing was written. */
public class ValidationException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("common.validation.failed", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String localizedMessage() {
        return problems.stream()
                .map(p -> Messages.tr("field." + p.field()) + "：" + Messages.tr(p.messageKey(), p.args()))
                .collect(Collectors.joining("\n"));
    }
}
