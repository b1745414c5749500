package org.liaisondesk.holidays.service;

import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;

/** An imported file refused because of one line: says which line and what is wrong with it. Nothing was changed. */
public final class HolidayImportException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String reasonKey;
    private final transient Object[] reasonArgs;

    public HolidayImportException(int lineNumber, String reasonKey, Object... reasonArgs) {
        super("holidays.import.lineProblem", String.valueOf(lineNumber), reasonKey);
        this.lineNumber = lineNumber;
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs == null ? new Object[0] : reasonArgs.clone();
    }

    /** The line of the file, counted from 1. */
    public int lineNumber() {
        return lineNumber;
    }

    public String reasonKey() {
        return reasonKey;
    }

    @Override
    public String localizedMessage() {
        return Messages.tr("holidays.import.lineProblem", String.valueOf(lineNumber), Messages.tr(reasonKey, reasonArgs));
    }
}
