package org.liaisondesk.storage;

import org.liaisondesk.common.i18n.UserFacingException;

/** A database problem explained to the user (disk full, read-only folder, damaged file ...). */
public class StorageException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public StorageException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }

    public StorageException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
