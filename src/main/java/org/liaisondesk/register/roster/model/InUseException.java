package org.liaisondesk.register.roster.model;

import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;

/**
 * A delete refused because records still use the entry: "“崇阳街道微检治联络站”仍被 12 条接访记录、3 条线索
 * 使用，不能删除。…". The counts are put into words when the message is shown, in the language then in use.
 */
public final class InUseException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient RecordUsage usage;

    /** @param messageKey a message taking the entry's name ({0}) and the uses in words ({1}) */
    public InUseException(String messageKey, String name, RecordUsage usage) {
        super(messageKey, name, usage.total());
        this.name = name;
        this.usage = usage;
    }

    public String name() {
        return name;
    }

    public RecordUsage usage() {
        return usage;
    }

    @Override
    public String localizedMessage() {
        String uses = usage.parts().stream()
                .map(p -> Messages.tr(p.messageKey(), p.count()))
                .collect(Collectors.joining(Messages.tr("roster.usage.separator")));
        return Messages.tr(messageKey(), name, uses);
    }
}
