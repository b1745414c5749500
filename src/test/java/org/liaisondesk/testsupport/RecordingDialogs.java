package org.liaisondesk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.ui.DialogService;

/** A DialogService for view-model tests: records what would have been shown and answers as told. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Runnable lastNoticeAction;

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
        return confirmAnswer;
    }

    @Override
    public Optional<Integer> choose(String title, String message, String... options) {
        return Optional.of(0);
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        notices.add(message);
        lastNoticeAction = action;
    }
}
