package org.liaisondesk.common.i18n;

import java.util.Arrays;

/**
 * A refusal the user must read: bad input, a file that is not ours, a folder that cannot be written.
 * It carries a message key and arguments rather than text, so the GUI and the CLI show it in the user's
 * language. The CLI exits with code 2 for these; nothing has been written when one is thrown.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public UserFacingException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the language currently in use. */
    public String localizedMessage() {
        return Messages.tr(messageKey, args);
    }

    @Override
    public String getLocalizedMessage() {
        return localizedMessage();
    }
}
