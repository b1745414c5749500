package org.liaisondesk.backup.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.ui.DialogService;

/** A DialogService for the backup view-model tests that also records the questions asked, and answers as told. */
final class ConfirmingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<String> notices = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean confirmAnswer = true;
    Runnable lastNoticeAction;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(message);
        return confirmAnswer;
    }

    @Override
    public Optional<Integer> choose(String title, String message, String... options) {
        return Optional.empty();
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        notices.add(message);
        lastNoticeAction = action;
    }
}
