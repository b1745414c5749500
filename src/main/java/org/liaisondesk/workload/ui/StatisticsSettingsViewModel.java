package org.liaisondesk.workload.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.settings.model.StatisticsSettings;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;
import org.liaisondesk.workload.model.RateConventions;
import org.liaisondesk.workload.model.RateKind;

/**
 * 统计口径: which denominator the reply rate (已制发 or 回复期限已届满) and the adoption rate (已回复 or 已制发) divide
 * by. Saved in the settings; the next computation of the statistics uses them, and every caption names them.
 */
public final class StatisticsSettingsViewModel {
    private final Supplier<Settings> current;
    private final Function<Consumer<Settings>, Settings> update;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<ReplyRateBase> replyBase = new SimpleObjectProperty<>();
    private final ObjectProperty<AdoptionRateBase> adoptionBase = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper replyFormula = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper adoptionFormula = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private StatisticsSettings saved;

    /**
     * @param current the settings in force now
     * @param update  applies a change to the settings, writes them and returns the settings now in force (as
     *                {@code AppContext::updateSettings}); it may throw a UserFacingException
     */
    public StatisticsSettingsViewModel(Supplier<Settings> current, Function<Consumer<Settings>, Settings> update,
                                       BackgroundExecutor executor, DialogService dialogs) {
        this.current = Objects.requireNonNull(current, "current");
        this.update = Objects.requireNonNull(update, "update");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        replyBase.addListener((obs, was, now) -> refreshFormulas());
        adoptionBase.addListener((obs, was, now) -> refreshFormulas());
        load(current.get());
    }

    /** Shows the settings in force, unless the choices on screen are not saved yet. */
    public void reload() {
        if (!isDirty()) {
            load(current.get());
        }
    }

    private void load(Settings settings) {
        saved = settings.getStatistics();
        replyBase.set(saved.getReplyRateBase());
        adoptionBase.set(saved.getAdoptionRateBase());
        refreshFormulas();
    }

    private void refreshFormulas() {
        if (replyBase.get() == null || adoptionBase.get() == null) {
            return;
        }
        RateConventions conventions = new RateConventions(replyBase.get(), adoptionBase.get());
        replyFormula.set(formula(conventions, RateKind.REPLY));
        adoptionFormula.set(formula(conventions, RateKind.ADOPTION));
    }

    /** 回复率 = 已回复 ÷ 制发检察建议, under the choices on screen. */
    static String formula(RateConventions conventions, RateKind kind) {
        var terms = conventions.terms(kind);
        return Messages.tr("workload.rate.formula", Messages.tr(kind.messageKey()), Messages.tr(terms[0].messageKey()),
                Messages.tr(terms[1].messageKey()));
    }

    public boolean isDirty() {
        return saved != null && (saved.getReplyRateBase() != replyBase.get()
                || saved.getAdoptionRateBase() != adoptionBase.get());
    }

    /** Saves the choices in the background. */
    public void save() {
        if (saving.get() || replyBase.get() == null || adoptionBase.get() == null) {
            return;
        }
        ReplyRateBase reply = replyBase.get();
        AdoptionRateBase adoption = adoptionBase.get();
        Consumer<Settings> change = s -> {
            StatisticsSettings st = s.getStatistics();
            st.setReplyRateBase(reply);
            st.setAdoptionRateBase(adoption);
            s.setStatistics(st);
        };
        saving.set(true);
        executor.run(() -> update.apply(change), settings -> {
            saving.set(false);
            load(settings);
            dialogs.notify(Messages.tr("workload.settings.saved"), null, null);
        }, e -> {
            saving.set(false);
            dialogs.showError(Messages.tr("workload.settings.saveFailed"), ErrorText.of(e));
        });
    }

    public ObjectProperty<ReplyRateBase> replyBaseProperty() {
        return replyBase;
    }

    public ObjectProperty<AdoptionRateBase> adoptionBaseProperty() {
        return adoptionBase;
    }

    /** The reply rate's formula under the choice on screen. */
    public ReadOnlyStringProperty replyFormulaProperty() {
        return replyFormula.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty adoptionFormulaProperty() {
        return adoptionFormula.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
