package org.liaisondesk.common.ui;

import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;

/** Turns a failure into text for a person: our own refusals verbatim, anything else with a general lead-in. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof UserFacingException u) {
                return u.localizedMessage();
            }
            t = t.getCause();
        }
        return Messages.tr("common.error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
