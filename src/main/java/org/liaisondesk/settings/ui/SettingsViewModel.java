package org.liaisondesk.settings.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.settings.model.Settings;

/**
 * The settings form. Nothing is applied until 保存: the values are checked, then handed to {@code update}
 * (which writes settings.json) in the background. A refused value stays on screen with its problem.
 */
public final class SettingsViewModel {
    public static final int MAX_OFFICE_NAME = 60;
    public static final int MAX_ABBREVIATION = 4;
    public static final int MAX_USER_NAME = 30;
    public static final int MIN_REMINDER_DAYS = 0;
    public static final int MAX_REMINDER_DAYS = 60;
    public static final int MIN_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 500;
    /** Language tags as stored in settings.json. */
    public static final List<String> LANGUAGES = List.of("zh", "en");

    private final Function<Consumer<Settings>, Settings> update;
    private final Path dataFolder;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty officeAbbreviation = new SimpleStringProperty("");
    private final StringProperty userName = new SimpleStringProperty("");
    private final ObjectProperty<String> language = new SimpleObjectProperty<>("zh");
    private final ObjectProperty<Integer> reminderLeadDays = new SimpleObjectProperty<>(Settings.DEFAULT_REMINDER_LEAD_DAYS);
    private final ObjectProperty<Integer> pageSize = new SimpleObjectProperty<>(Settings.DEFAULT_PAGE_SIZE);

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private boolean submitted;
    private Settings saved;

    /**
     * @param update applies a change to the settings, writes settings.json and returns the settings now in
     *               force; it may throw a {@link org.liaisondesk.common.i18n.UserFacingException}
     */
    public SettingsViewModel(Settings initial, Function<Consumer<Settings>, Settings> update, Path dataFolder,
                             BackgroundExecutor executor, DialogService dialogs) {
        this.update = update;
        this.dataFolder = dataFolder;
        this.executor = executor;
        this.dialogs = dialogs;
        load(initial);
        for (ObservableValue<?> p : List.of(officeName, officeAbbreviation, userName, language, reminderLeadDays,
                pageSize)) {
            p.addListener((obs, was, now) -> revalidate());
        }
    }

    private void load(Settings s) {
        saved = s.copy();
        officeName.set(s.getOfficeName());
        officeAbbreviation.set(s.getOfficeAbbreviation());
        userName.set(s.getUserName());
        language.set(s.getLanguage());
        reminderLeadDays.set(s.getReminderLeadDays());
        pageSize.set(s.getPageSize());
    }

    /** The problems of the values on screen, by field name. */
    List<FieldProblem> problems() {
        List<FieldProblem> list = new ArrayList<>();
        String office = text(officeName);
        if (office.isEmpty()) {
            list.add(new FieldProblem("officeName", "common.validation.required"));
        } else if (length(office) > MAX_OFFICE_NAME) {
            list.add(new FieldProblem("officeName", "common.validation.tooLong", MAX_OFFICE_NAME));
        }
        if (length(text(officeAbbreviation)) > MAX_ABBREVIATION) {
            list.add(new FieldProblem("officeAbbreviation", "common.validation.tooLong", MAX_ABBREVIATION));
        }
        if (length(text(userName)) > MAX_USER_NAME) {
            list.add(new FieldProblem("userName", "common.validation.tooLong", MAX_USER_NAME));
        }
        if (!LANGUAGES.contains(language.get())) {
            list.add(new FieldProblem("language", "common.validation.required"));
        }
        checkRange("reminderLeadDays", reminderLeadDays.get(), MIN_REMINDER_DAYS, MAX_REMINDER_DAYS, list);
        checkRange("pageSize", pageSize.get(), MIN_PAGE_SIZE, MAX_PAGE_SIZE, list);
        return list;
    }

    private static void checkRange(String field, Integer value, int min, int max, List<FieldProblem> list) {
        if (value == null) {
            list.add(new FieldProblem(field, "common.validation.required"));
        } else if (value < min || value > max) {
            list.add(new FieldProblem(field, "common.validation.range", min, max));
        }
    }

    /** The view calls this when the user leaves a field: its problems are shown from then on. */
    public void touch(String field) {
        touched.add(field);
        revalidate();
    }

    private void revalidate() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldProblem p : problems()) {
            if (submitted || touched.contains(p.field())) {
                shown.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
            }
        }
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
    }

    /** True when a value on screen differs from the settings last saved or loaded. */
    public boolean isDirty() {
        return !text(officeName).equals(saved.getOfficeName())
                || !text(officeAbbreviation).equals(saved.getOfficeAbbreviation())
                || !text(userName).equals(saved.getUserName())
                || !saved.getLanguage().equals(language.get())
                || !Integer.valueOf(saved.getReminderLeadDays()).equals(reminderLeadDays.get())
                || !Integer.valueOf(saved.getPageSize()).equals(pageSize.get());
    }

    /** Checks the values and, when they are acceptable, saves them in the background. */
    public void save() {
        if (saving.get()) {
            return;
        }
        submitted = true;
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        // Read on this thread; the change itself runs on a worker.
        String office = text(officeName);
        String abbreviation = text(officeAbbreviation);
        String user = text(userName);
        String lang = language.get();
        int reminder = reminderLeadDays.get();
        int size = pageSize.get();
        boolean languageChanged = !lang.equals(saved.getLanguage());
        Consumer<Settings> change = s -> {
            s.setOfficeName(office);
            s.setOfficeAbbreviation(abbreviation);
            s.setUserName(user);
            s.setLanguage(lang);
            s.setReminderLeadDays(reminder);
            s.setPageSize(size);
        };
        saving.set(true);
        executor.run(() -> update.apply(change), now -> {
            saving.set(false);
            load(now);
            dialogs.notify(Messages.tr(languageChanged ? "settings.savedRestart" : "settings.saved"), null, null);
        }, e -> {
            saving.set(false);
            dialogs.showError(Messages.tr("settings.saveFailedTitle"), ErrorText.of(e));
        });
    }

    /** Opens the data folder in the system's file manager, or, where that is not possible, shows its path. */
    public void openDataFolder() {
        executor.run(() -> openWithDesktop(dataFolder), opened -> {
            if (!opened) {
                showDataFolderPath();
            }
        }, e -> showDataFolderPath());
    }

    private static boolean openWithDesktop(Path folder) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Desktop.getDesktop().open(folder.toFile());
        return true;
    }

    private void showDataFolderPath() {
        dialogs.showInfo(Messages.tr("settings.field.dataFolder"), Messages.tr("settings.dataFolder.path", dataFolderText()));
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    public String dataFolderText() {
        return dataFolder.toAbsolutePath().toString();
    }

    public StringProperty officeNameProperty() { return officeName; }
    public StringProperty officeAbbreviationProperty() { return officeAbbreviation; }
    public StringProperty userNameProperty() { return userName; }
    public ObjectProperty<String> languageProperty() { return language; }
    public ObjectProperty<Integer> reminderLeadDaysProperty() { return reminderLeadDays; }
    public ObjectProperty<Integer> pageSizeProperty() { return pageSize; }
    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
