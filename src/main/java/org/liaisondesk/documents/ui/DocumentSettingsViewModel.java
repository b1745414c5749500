package org.liaisondesk.documents.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.documents.service.TemplateService;
import org.liaisondesk.settings.model.DocumentSettings;
import org.liaisondesk.settings.model.Settings;

/**
 * 文书设置: the style of the dating line, whether the names of the people in the linked records are masked in the
 * documents, the office printed in a report's print block, and where the templates are. Nothing is applied before
 * 保存; saving writes the settings in the background and keeps a refused value on screen.
 */
public final class DocumentSettingsViewModel {
    public static final int MAX_PRINTING_OFFICE = 40;
    /** The date every style is shown with, as in the standard's examples. */
    public static final LocalDate EXAMPLE_DATE = LocalDate.of(2024, 10, 12);

    private final Supplier<Settings> current;
    private final Function<Consumer<Settings>, Settings> update;
    private final TemplateService templates;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final FileOpener opener;

    private final ObjectProperty<ChineseDates.Style> dateStyle = new SimpleObjectProperty<>(ChineseDates.Style.ARABIC);
    private final BooleanProperty maskNames = new SimpleBooleanProperty(true);
    private final StringProperty printingOffice = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper printingOfficeHint = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private boolean submitted;
    private Settings saved;

    public DocumentSettingsViewModel(Supplier<Settings> current, Function<Consumer<Settings>, Settings> update,
                                     TemplateService templates, BackgroundExecutor executor, DialogService dialogs) {
        this(current, update, templates, executor, dialogs, FileOpener.DESKTOP);
    }

    /**
     * @param current the settings in force now
     * @param update  applies a change to the settings, writes them and returns the settings now in force (as
     *                {@code AppContext::updateSettings}); it may throw a UserFacingException
     */
    public DocumentSettingsViewModel(Supplier<Settings> current, Function<Consumer<Settings>, Settings> update,
                                     TemplateService templates, BackgroundExecutor executor, DialogService dialogs,
                                     FileOpener.Launcher launcher) {
        this.current = current;
        this.update = update;
        this.templates = templates;
        this.executor = executor;
        this.dialogs = dialogs;
        this.opener = new FileOpener(launcher, executor, dialogs);
        load(current.get());
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(dateStyle, maskNames, printingOffice)) {
            p.addListener((obs, was, now) -> {
                revalidate();
                refreshHint();
            });
        }
    }

    /** Shows the settings in force, unless the form holds changes not saved yet. */
    public void reload() {
        if (!isDirty()) {
            load(current.get());
        }
    }

    private void load(Settings s) {
        saved = s.copy();
        DocumentSettings d = s.getDocuments();
        dateStyle.set(d.getDateStyle());
        maskNames.set(d.isMaskNames());
        printingOffice.set(d.getPrintingOffice());
        revalidate();
        refreshHint();
    }

    /** 2024年10月12日 or 二〇二四年十月十二日: how each style writes the same date. */
    public static String example(ChineseDates.Style style) {
        return ChineseDates.format(EXAMPLE_DATE, style);
    }

    /** What the print block will say when the field is left empty (the office name + 办公室). */
    private void refreshHint() {
        String office = saved.getOfficeName().strip();
        if (!text(printingOffice).isEmpty()) {
            printingOfficeHint.set("");
        } else if (office.isEmpty()) {
            printingOfficeHint.set(Messages.tr("documents.settings.printingOffice.noOffice"));
        } else {
            printingOfficeHint.set(Messages.tr("documents.settings.printingOffice.default", office + "办公室"));
        }
    }

    private Map<String, String> problems() {
        Map<String, String> list = new LinkedHashMap<>();
        String office = text(printingOffice);
        if (office.codePointCount(0, office.length()) > MAX_PRINTING_OFFICE) {
            list.put("printingOffice", Messages.tr("common.validation.tooLong", MAX_PRINTING_OFFICE));
        }
        if (dateStyle.get() == null) {
            list.put("dateStyle", Messages.tr("common.validation.required"));
        }
        return list;
    }

    /** The view calls this when the user leaves a field. */
    public void touch(String field) {
        touched.add(field);
        revalidate();
    }

    private void revalidate() {
        Map<String, String> shown = new LinkedHashMap<>();
        problems().forEach((field, message) -> {
            if (submitted || touched.contains(field)) {
                shown.put(field, message);
            }
        });
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
    }

    public boolean isDirty() {
        DocumentSettings d = saved.getDocuments();
        return d.getDateStyle() != dateStyle.get() || d.isMaskNames() != maskNames.get()
                || !d.getPrintingOffice().equals(text(printingOffice));
    }

    /** Saves in the background; the form keeps a refused value with its problem. */
    public void save() {
        if (saving.get()) {
            return;
        }
        submitted = true;
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        ChineseDates.Style style = dateStyle.get();
        boolean mask = maskNames.get();
        String office = text(printingOffice);
        Consumer<Settings> change = s -> {
            DocumentSettings d = s.getDocuments();
            d.setDateStyle(style);
            d.setMaskNames(mask);
            d.setPrintingOffice(office);
            s.setDocuments(d);
        };
        saving.set(true);
        executor.run(() -> update.apply(change), now -> {
            saving.set(false);
            submitted = false;
            touched.clear();
            load(now);
            dialogs.notify(Messages.tr("documents.settings.saved"), null, null);
        }, e -> {
            saving.set(false);
            dialogs.showError(Messages.tr("documents.settings.saveFailed"), ErrorText.of(e));
        });
    }

    /** Opens the templates folder, copying the shipped templates there first if they are missing. */
    public void openTemplatesFolder() {
        executor.run(() -> {
            templates.templates();
            return templates.folder();
        }, opener::open, e -> dialogs.showError(Messages.tr("documents.settings.templatesFolder"), ErrorText.of(e)));
    }

    /** The templates folder's full path, to read or copy. */
    public String templatesFolderText() {
        return templates.folder().toAbsolutePath().toString();
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    public ObjectProperty<ChineseDates.Style> dateStyleProperty() {
        return dateStyle;
    }

    public BooleanProperty maskNamesProperty() {
        return maskNames;
    }

    public StringProperty printingOfficeProperty() {
        return printingOffice;
    }

    /** 留空时印为：××人民检察院办公室, while the field is empty. */
    public ReadOnlyStringProperty printingOfficeHintProperty() {
        return printingOfficeHint.getReadOnlyProperty();
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
