package org.liaisondesk.workload.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.workload.model.Change;
import org.liaisondesk.workload.model.Figures;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Rate;
import org.liaisondesk.workload.model.RateConventions;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.service.StatisticsService;

/**
 * The desk's key figures: this month's visitors, leads and cases with 环比, and this year's recommendations issued,
 * reply rate (with its denominator) and disputes resolved, read in the background (an answer older than the latest
 * request is dropped). A card opens the statistics section.
 */
public final class KeyFiguresViewModel {
    private final StatisticsService statistics;
    private final Supplier<Settings> settings;
    private final BackgroundExecutor executor;
    private final Runnable openStatistics;
    private final ObservableList<KeyFigureCard> cards = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private long generation;

    /**
     * @param settings       the settings in force (the rates' denominators)
     * @param openStatistics shows the statistics section (a card was clicked)
     */
    public KeyFiguresViewModel(StatisticsService statistics, Supplier<Settings> settings, BackgroundExecutor executor,
                               Runnable openStatistics) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.openStatistics = Objects.requireNonNull(openStatistics, "openStatistics");
    }

    private record Read(LocalDate today, Figures month, Figures previousMonth, Figures year, RateConventions conventions) {
    }

    /** Reads this month, the month before and this year. */
    public void refresh() {
        long mine = ++generation;
        RateConventions conventions = RateConventions.of(settings.get().getStatistics());
        executor.run(() -> {
            LocalDate today = statistics.today();
            Period month = Period.month(YearMonth.from(today));
            return new Read(today, statistics.figures(Scope.all(month)), statistics.figures(Scope.all(month.previous())),
                    statistics.figures(Scope.all(Period.year(today.getYear()))), conventions);
        }, read -> {
            if (mine == generation) {
                problem.set("");
                cards.setAll(cards(read));
            }
        }, e -> {
            if (mine == generation) {
                problem.set(Messages.tr("workload.cards.failed", ErrorText.of(e)));
            }
        });
    }

    private static List<KeyFigureCard> cards(Read r) {
        Period month = Period.month(YearMonth.from(r.today()));
        Period year = Period.year(r.today().getYear());
        Rate reply = r.year().rate(RateKind.REPLY, r.conventions());
        String replyFormula = Messages.tr("workload.rate.formula", Messages.tr(RateKind.REPLY.messageKey()),
                Messages.tr(reply.numerator().messageKey()), Messages.tr(reply.denominator().messageKey()));
        return List.of(
                monthly("visitors", "workload.cards.visitors", Metric.VISITORS, r, month),
                monthly("leads", "workload.cards.leads", Metric.LEADS_RECEIVED, r, month),
                monthly("cases", "workload.cards.cases", Metric.CASES_ACCEPTED, r, month),
                yearly("issued", "workload.cards.issued", Metric.ISSUED, r, year),
                new KeyFigureCard("replyRate", Messages.tr("workload.cards.replyRate"), reply.text(),
                        StatisticsViewModel.basis(reply),
                        Messages.tr("workload.cards.replyRate.tooltip", year.label(), replyFormula)),
                yearly("disputes", "workload.cards.disputes", Metric.DISPUTES_RESOLVED, r, year));
    }

    private static KeyFigureCard monthly(String id, String titleKey, Metric metric, Read r, Period month) {
        long now = r.month().get(metric);
        long before = r.previousMonth().get(metric);
        return new KeyFigureCard(id, Messages.tr(titleKey), value(metric, now),
                Messages.tr("workload.cards.change", new Change(now, before).text()),
                Messages.tr("workload.cards.monthTooltip", month.label(), StatisticsViewModel.definition(metric),
                        month.previous().label(), value(metric, before)));
    }

    private static KeyFigureCard yearly(String id, String titleKey, Metric metric, Read r, Period year) {
        return new KeyFigureCard(id, Messages.tr(titleKey), value(metric, r.year().get(metric)),
                Messages.tr("workload.cards.sinceNewYear", year.label()),
                Messages.tr("workload.cards.yearTooltip", year.label(), StatisticsViewModel.definition(metric)));
    }

    /** 59 人次. */
    private static String value(Metric metric, long figure) {
        return Messages.tr("workload.cards.value", metric.format(figure), Messages.tr(metric.unitKey()));
    }

    /** Opens the statistics section. */
    public void open() {
        openStatistics.run();
    }

    public ObservableList<KeyFigureCard> cards() {
        return cards;
    }

    /** Why the figures could not be read; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
