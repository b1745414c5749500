package org.liaisondesk.common.ui;

import java.util.Optional;

/**
 * Every message box goes through here, so that dialogs always have an owner window and view models can
 * be tested with a fake.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks the user to choose one of several labelled options; empty when the dialog was cancelled. */
    Optional<Integer> choose(String title, String message, String... options);

    /** Shows a short message in the window's notice bar with an optional action (e.g. 撤销 for undo). */
    void notify(String message, String actionLabel, Runnable action);
}
