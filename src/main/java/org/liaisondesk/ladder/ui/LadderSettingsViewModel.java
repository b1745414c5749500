package org.liaisondesk.ladder.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.liaisondesk.ladder.model.DocumentNumberFormat;
import org.liaisondesk.ladder.model.NumberScheme;
import org.liaisondesk.ladder.model.Refusal;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.settings.model.LadderSettings;
import org.liaisondesk.settings.model.Settings;

/**
 * The ladder's settings: reply periods, reminder lead time, objection period, return visits, the class-case
 * suggestion's thresholds, and a document number pattern with its 代字 per scheme, previewed live with the
 * office's abbreviation. A pattern the service could not number with (an unknown placeholder, no {序号} …) is
 * shown with its problem and cannot be saved. Saving writes the settings and then re-counts the stored
 * deadlines in the background, and says how many changed.
 */
public final class LadderSettingsViewModel {
    /** A whole-number setting: its name (also the field's), its range, how to read and write it. */
    public record Period(String name, int min, int max, Function<LadderSettings, Integer> get,
                         BiConsumer<LadderSettings, Integer> set) {
    }

    public static final List<Period> PERIODS = List.of(
            new Period("replyMonths", 1, 12, LadderSettings::getReplyMonths, LadderSettings::setReplyMonths),
            new Period("urgentReplyDays", 1, 60, LadderSettings::getUrgentReplyDays, LadderSettings::setUrgentReplyDays),
            new Period("dueSoonDays", 1, 60, LadderSettings::getDueSoonDays, LadderSettings::setDueSoonDays),
            new Period("objectionDays", 0, 90, LadderSettings::getObjectionDays, LadderSettings::setObjectionDays),
            new Period("returnVisitDays", 1, 180, LadderSettings::getReturnVisitDays, LadderSettings::setReturnVisitDays),
            new Period("classCaseThreshold", 2, 20, LadderSettings::getClassCaseThreshold,
                    LadderSettings::setClassCaseThreshold),
            new Period("classCaseWindowMonths", 1, 60, LadderSettings::getClassCaseWindowMonths,
                    LadderSettings::setClassCaseWindowMonths));
    public static final int CODE_MAX = 6;
    public static final int PATTERN_MAX = 60;

    private final Supplier<Settings> current;
    private final Function<Consumer<Settings>, Settings> update;
    private final RecommendationService ladder;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    private final Map<String, ObjectProperty<Integer>> periods = new LinkedHashMap<>();
    private final Map<NumberScheme, StringProperty> patterns = new EnumMap<>(NumberScheme.class);
    private final Map<NumberScheme, StringProperty> codes = new EnumMap<>(NumberScheme.class);
    private final Map<NumberScheme, ReadOnlyStringWrapper> previews = new EnumMap<>(NumberScheme.class);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper officeHint = new ReadOnlyStringWrapper("");
    private boolean submitted;
    private Settings saved;

    /**
     * @param current the settings in force now
     * @param update  applies a change to the settings, writes them and returns the settings now in force (as
     *                {@code AppContext::updateSettings}); it may throw a UserFacingException
     */
    public LadderSettingsViewModel(Supplier<Settings> current, Function<Consumer<Settings>, Settings> update,
                                   RecommendationService ladder, BackgroundExecutor executor, DialogService dialogs) {
        this.current = current;
        this.update = update;
        this.ladder = ladder;
        this.executor = executor;
        this.dialogs = dialogs;
        List<ObservableValue<?>> all = new ArrayList<>();
        for (Period p : PERIODS) {
            ObjectProperty<Integer> value = new SimpleObjectProperty<>();
            periods.put(p.name(), value);
            all.add(value);
        }
        for (NumberScheme scheme : NumberScheme.values()) {
            patterns.put(scheme, new SimpleStringProperty(""));
            codes.put(scheme, new SimpleStringProperty(""));
            previews.put(scheme, new ReadOnlyStringWrapper(""));
            all.add(patterns.get(scheme));
            all.add(codes.get(scheme));
        }
        load(current.get());
        for (ObservableValue<?> p : all) {
            p.addListener((obs, was, now) -> {
                revalidate();
                refreshPreviews();
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
        LadderSettings l = s.getLadder();
        for (Period p : PERIODS) {
            periods.get(p.name()).set(p.get().apply(l));
        }
        for (NumberScheme scheme : NumberScheme.values()) {
            DocumentNumberFormat f = format(l, scheme);
            patterns.get(scheme).set(f.pattern());
            codes.get(scheme).set(f.code());
        }
        officeHint.set(s.getOfficeAbbreviation().isEmpty() ? Messages.tr("ladder.number.noOffice") : "");
        revalidate();
        refreshPreviews();
    }

    private static DocumentNumberFormat format(LadderSettings l, NumberScheme scheme) {
        LadderSettings.NumberFormatSetting set = l.getNumberFormats().get(scheme.name());
        return set == null ? new DocumentNumberFormat(scheme.defaultPattern(), scheme.defaultCode())
                : new DocumentNumberFormat(set.pattern(), set.code());
    }

    private DocumentNumberFormat onScreen(NumberScheme scheme) {
        return new DocumentNumberFormat(patterns.get(scheme).get(), codes.get(scheme).get());
    }

    /** The field name of a scheme's pattern (also the control's id). */
    public static String patternField(NumberScheme scheme) {
        return "pattern-" + scheme.name();
    }

    public static String codeField(NumberScheme scheme) {
        return "code-" + scheme.name();
    }

    /** The first number of this year in each pattern on screen, with the office's abbreviation. */
    private void refreshPreviews() {
        String office = saved.getOfficeAbbreviation().isEmpty() ? Messages.tr("ladder.settings.officePlaceholder")
                : saved.getOfficeAbbreviation();
        int year = ladder.today().getYear();
        for (NumberScheme scheme : NumberScheme.values()) {
            DocumentNumberFormat f = onScreen(scheme);
            previews.get(scheme).set(f.problems().isEmpty() && codeProblem(f.code()) == null
                    ? Messages.tr("ladder.settings.preview", f.render(office, year, 1)) : "");
        }
    }

    private static String codeProblem(String code) {
        if (code.indexOf('{') >= 0 || code.indexOf('}') >= 0) {
            return "ladder.settings.codeBrace";
        }
        return code.codePointCount(0, code.length()) > CODE_MAX ? "common.validation.tooLong" : null;
    }

    List<FieldProblem> problems() {
        List<FieldProblem> list = new ArrayList<>();
        for (Period p : PERIODS) {
            Integer value = periods.get(p.name()).get();
            if (value == null) {
                list.add(new FieldProblem(p.name(), "common.validation.required"));
            } else if (value < p.min() || value > p.max()) {
                list.add(new FieldProblem(p.name(), "common.validation.range", p.min(), p.max()));
            }
        }
        for (NumberScheme scheme : NumberScheme.values()) {
            DocumentNumberFormat f = onScreen(scheme);
            List<Refusal> wrong = f.problems();
            if (!wrong.isEmpty()) {
                String text = wrong.stream().map(r -> Messages.tr(r.messageKey(), r.args()))
                        .collect(Collectors.joining("；"));
                list.add(new FieldProblem(patternField(scheme), "ladder.settings.patternProblems", text));
            } else if (f.pattern().length() > PATTERN_MAX) {
                list.add(new FieldProblem(patternField(scheme), "common.validation.tooLong", PATTERN_MAX));
            }
            String code = codeProblem(f.code());
            if (code != null) {
                list.add(new FieldProblem(codeField(scheme), code, CODE_MAX));
            }
        }
        return list;
    }

    /** The view calls this when the user leaves a field. */
    public void touch(String field) {
        touched.add(field);
        revalidate();
    }

    /** Pattern problems show as soon as the pattern is typed; a period's once its field was left. */
    private void revalidate() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldProblem p : problems()) {
            if (submitted || touched.contains(p.field()) || p.field().startsWith("pattern-")) {
                shown.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
            }
        }
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
    }

    public boolean isDirty() {
        LadderSettings l = saved.getLadder();
        for (Period p : PERIODS) {
            if (!p.get().apply(l).equals(periods.get(p.name()).get())) {
                return true;
            }
        }
        for (NumberScheme scheme : NumberScheme.values()) {
            if (!format(l, scheme).equals(onScreen(scheme))) {
                return true;
            }
        }
        return false;
    }

    /** Puts the built-in pattern and 代字 of a scheme back on screen (saved with the others). */
    public void restoreDefault(NumberScheme scheme) {
        patterns.get(scheme).set(scheme.defaultPattern());
        codes.get(scheme).set(scheme.defaultCode());
    }

    /** Saves, then re-counts the stored deadlines, all in the background; the form keeps refused values. */
    public void save() {
        if (saving.get()) {
            return;
        }
        submitted = true;
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        periods.forEach((name, value) -> values.put(name, value.get()));
        Map<String, LadderSettings.NumberFormatSetting> formats = new LinkedHashMap<>();
        for (NumberScheme scheme : NumberScheme.values()) {
            DocumentNumberFormat f = onScreen(scheme);
            // Only changed schemes are stored, so a scheme left alone follows the built-in pattern.
            if (!f.equals(new DocumentNumberFormat(scheme.defaultPattern(), scheme.defaultCode()))) {
                formats.put(scheme.name(), new LadderSettings.NumberFormatSetting(f.pattern(), f.code()));
            }
        }
        Consumer<Settings> change = s -> {
            LadderSettings l = s.getLadder();
            for (Period p : PERIODS) {
                p.set().accept(l, values.get(p.name()));
            }
            l.setNumberFormats(formats);
            s.setLadder(l);
        };
        saving.set(true);
        executor.run(() -> new Saved(update.apply(change), ladder.recomputeDeadlines()), done -> {
            saving.set(false);
            submitted = false;
            touched.clear();
            load(done.settings());
            dialogs.notify(done.changedDeadlines() == 0 ? Messages.tr("ladder.settings.savedNoChange")
                    : Messages.tr("ladder.settings.saved", done.changedDeadlines()), null, null);
        }, e -> {
            saving.set(false);
            dialogs.showError(Messages.tr("ladder.settings.saveFailed"), ErrorText.of(e));
        });
    }

    private record Saved(Settings settings, int changedDeadlines) {
    }

    public ObjectProperty<Integer> periodProperty(String name) {
        return periods.get(name);
    }

    public StringProperty patternProperty(NumberScheme scheme) {
        return patterns.get(scheme);
    }

    public StringProperty codeProperty(NumberScheme scheme) {
        return codes.get(scheme);
    }

    /** "例：崇检公建〔2026〕1号", empty while the pattern has problems. */
    public ReadOnlyStringProperty previewProperty(NumberScheme scheme) {
        return previews.get(scheme).getReadOnlyProperty();
    }

    /** Why the numbers cannot be issued yet (no office abbreviation); empty otherwise. */
    public ReadOnlyStringProperty officeHintProperty() {
        return officeHint.getReadOnlyProperty();
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
