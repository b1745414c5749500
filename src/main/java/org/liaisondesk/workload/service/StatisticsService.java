package org.liaisondesk.workload.service;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.PartyMasking;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.storage.Database;
import org.liaisondesk.workload.data.GroupCount;
import org.liaisondesk.workload.data.Grouping;
import org.liaisondesk.workload.data.RecordPage;
import org.liaisondesk.workload.data.RecordRow;
import org.liaisondesk.workload.data.Selection;
import org.liaisondesk.workload.data.StatisticsRepository;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartData.Category;
import org.liaisondesk.workload.model.ChartData.Series;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Drill;
import org.liaisondesk.workload.model.DrillTarget;
import org.liaisondesk.workload.model.DrilledRecord;
import org.liaisondesk.workload.model.Figures;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.RateConventions;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.RecordKind;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;
import org.liaisondesk.workload.model.SummaryWriter;

/**
 * The statistics of a scope: the figures of its period, of the period before and of the same period last year,
 * every chart, and the paragraph, all read in one snapshot of the register so that they cannot disagree; and the
 * records behind any bar, selected exactly as the bar counted them.
 */
public final class StatisticsService {
    /** How far a computation has come: {@code done} steps of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /** Three sets of figures, then one step per chart. */
    private static final int STEPS = 3 + ChartKind.values().length;
    /** The funnel's stages, from issue to escalation. */
    private static final List<Metric> FUNNEL = List.of(Metric.ISSUED, Metric.SERVED, Metric.REPLIED, Metric.ADOPTED,
            Metric.RECTIFIED, Metric.ESCALATED);
    private static final int EXCERPT_LENGTH = 40;
    private static final List<String> STARS = List.of("5", "4", "3", "2", "1", Grouping.NONE);
    private static final String SINGLE_LEAD = RecordKind.LEAD.name();
    private static final String SINGLE_RECOMMENDATION = RecordKind.RECOMMENDATION.name();

    private final Database db;
    private final StatisticsRepository repository;
    private final Supplier<Settings> settings;
    private final Clock clock;

    public StatisticsService(Database db, StatisticsRepository repository, Supplier<Settings> settings, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The day the ladder's cohort is followed to (today by the clock). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything for {@code scope}: figures now, before and last year, every chart, the paragraph. */
    public Statistics compute(Scope scope) {
        return compute(scope, (d, t) -> { }, () -> false);
    }

    /** As {@link #compute(Scope)}, reporting progress; throws CancellationException when {@code cancelled} turns true. */
    public Statistics compute(Scope scope, Progress progress, BooleanSupplier cancelled) {
        LocalDate today = today();
        RateConventions conventions = RateConventions.of(settings.get().getStatistics());
        Counted counted = db.read(c -> repository.read(c, snapshot -> {
            Steps steps = new Steps(progress, cancelled);
            Figures current = steps.run(() -> snapshot.figures(scope, today));
            Period before = scope.period().previous();
            Period yearEarlier = scope.period().sameLastYear();
            Figures previous = steps.run(() -> snapshot.figures(scope.withPeriod(before), today));
            // For a whole year the period before is the same year as last year's: count it once.
            Figures lastYear = sameDays(before, yearEarlier) ? steps.run(() -> previous)
                    : steps.run(() -> snapshot.figures(scope.withPeriod(yearEarlier), today));
            List<ChartData> charts = new ArrayList<>();
            for (ChartKind kind : ChartKind.values()) {
                charts.add(steps.run(() -> chart(snapshot, kind, scope, today, conventions, current)));
            }
            return new Counted(current, previous, lastYear, charts);
        }));
        return new Statistics(scope, today, conventions, counted.current(), counted.previous(), counted.lastYear(),
                counted.charts(), SummaryWriter.write(scope, counted.current(), conventions));
    }

    /** Whether two periods cover the same days (the figures depend on nothing else of a period). */
    private static boolean sameDays(Period a, Period b) {
        return a.from().equals(b.from()) && a.to().equals(b.to());
    }

    /** What the snapshot gave: the paragraph is written from it afterwards, without holding the snapshot open. */
    private record Counted(Figures current, Figures previous, Figures lastYear, List<ChartData> charts) {
    }

    /** The figures of the scope's period only (the desk's cards). */
    public Figures figures(Scope scope) {
        LocalDate today = today();
        return db.read(c -> repository.read(c, snapshot -> snapshot.figures(scope, today)));
    }

    /** The records behind a bar, point or slice: the first {@code limit}, newest first, and the count of all. */
    public Drill drill(Scope scope, DrillTarget target, int limit) {
        Selection selection = selection(target);
        LocalDate today = today();
        RecordPage page = db.read(c -> repository.read(c,
                snapshot -> snapshot.records(scope, selection, target.categoryKey(), today, limit)));
        return new Drill(target, page.rows().stream().map(StatisticsService::drilled).toList(), page.total());
    }

    /** Runs the steps of a computation in order, reporting each and stopping when asked to. */
    private static final class Steps {
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private int done;

        Steps(Progress progress, BooleanSupplier cancelled) {
            this.progress = progress;
            this.cancelled = cancelled;
        }

        <T> T run(Supplier<T> step) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            T result = step.get();
            progress.update(++done, STEPS);
            return result;
        }
    }

    // ---- what each chart counts, for the bars and for the records behind them alike ----

    /**
     * What a bar of {@code target} counted. Stacked and two-series charts name their series (a RecordKind, or a
     * RateKind for the rates); single-series charts and pies may leave it out.
     */
    private static Selection selection(DrillTarget target) {
        String series = target.seriesKey();
        return switch (target.chart()) {
            case MONTHLY_WORK -> Selection.of(recordKind(target, RecordKind.values()), Grouping.MONTH);
            case BY_STATION -> Selection.of(recordKind(target, RecordKind.values()), Grouping.STATION);
            case BY_PROSECUTOR -> Selection.of(recordKind(target, RecordKind.values()), Grouping.PROSECUTOR);
            case BY_BUSINESS_LINE -> Selection.of(recordKind(target, RecordKind.MATTER, RecordKind.RECOMMENDATION),
                    Grouping.BUSINESS_LINE);
            case BY_FIELD -> Selection.of(recordKind(target, RecordKind.LEAD, RecordKind.MATTER), Grouping.FIELD);
            case LEAD_SOURCES -> Selection.of(single(target, RecordKind.LEAD), Grouping.SOURCE);
            case LEAD_RATINGS -> Selection.of(single(target, RecordKind.LEAD), Grouping.STARS);
            case LADDER_FUNNEL -> {
                Metric stage = parse(Metric.class, target.categoryKey(), target);
                if (stage.group() != Metric.Group.LADDER) {
                    throw new IllegalArgumentException("not a stage of the ladder: " + target);
                }
                yield Selection.of(single(target, RecordKind.RECOMMENDATION), Grouping.STAGE);
            }
            case RATES_OVER_TIME -> parse(RateKind.class, series, target) == RateKind.LEAD_CONVERSION
                    ? new Selection(RecordKind.LEAD, Selection.Basis.TRIAGED, Grouping.MONTH)
                    : Selection.of(RecordKind.RECOMMENDATION, Grouping.MONTH);
        };
    }

    private static RecordKind recordKind(DrillTarget target, RecordKind... allowed) {
        RecordKind kind = parse(RecordKind.class, target.seriesKey(), target);
        if (!List.of(allowed).contains(kind)) {
            throw new IllegalArgumentException("no such series: " + target);
        }
        return kind;
    }

    private static RecordKind single(DrillTarget target, RecordKind kind) {
        if (target.seriesKey() != null && !target.seriesKey().equals(kind.name())) {
            throw new IllegalArgumentException("no such series: " + target);
        }
        return kind;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, DrillTarget target) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(name, "series"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("no such bar: " + target, e);
        }
    }

    // ---- the charts ----

    private static ChartData chart(StatisticsRepository.Snapshot snapshot, ChartKind kind, Scope scope,
                                   LocalDate today, RateConventions conventions, Figures current) {
        return switch (kind) {
            case MONTHLY_WORK -> monthlyWork(snapshot, scope);
            case BY_STATION -> byPerson(snapshot, scope, kind, Grouping.STATION);
            case BY_PROSECUTOR -> byPerson(snapshot, scope, kind, Grouping.PROSECUTOR);
            case BY_BUSINESS_LINE -> byBusinessLine(snapshot, scope);
            case BY_FIELD -> byField(snapshot, scope);
            case LEAD_SOURCES -> leadSources(snapshot, scope);
            case LEAD_RATINGS -> leadRatings(snapshot, scope);
            case LADDER_FUNNEL -> funnel(current, today);
            case RATES_OVER_TIME -> ratesOverTime(snapshot, scope, today, conventions);
        };
    }

    private static ChartData monthlyWork(StatisticsRepository.Snapshot snapshot, Scope scope) {
        List<Category> months = months(scope.period());
        List<Series> series = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            Map<String, Long> counts = counted(snapshot.counts(scope, Selection.of(kind, Grouping.MONTH)));
            series.add(series(kind.name(), Messages.tr(kind.messageKey()), months, counts));
        }
        return chartData(ChartKind.MONTHLY_WORK, caption(ChartKind.MONTHLY_WORK), months, series);
    }

    /** Stations or prosecutors with records, the busiest first, those without one ("none") last. */
    private static ChartData byPerson(StatisticsRepository.Snapshot snapshot, Scope scope, ChartKind chart,
                                      Grouping grouping) {
        Map<RecordKind, Map<String, Long>> perKind = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            List<GroupCount> counts = snapshot.counts(scope, Selection.of(kind, grouping));
            perKind.put(kind, counted(counts));
            for (GroupCount g : counts) {
                totals.merge(g.key(), g.count(), Long::sum);
                if (g.name() != null) {
                    names.put(g.key(), g.name());
                }
            }
        }
        Collator collator = Collator.getInstance(Locale.CHINA);
        Comparator<String> busiestFirst = Comparator.<String>comparingLong(totals::get).reversed()
                .thenComparing(k -> names.getOrDefault(k, k), collator)
                .thenComparing(Comparator.naturalOrder());
        List<Category> categories = totals.keySet().stream().filter(k -> !k.equals(Grouping.NONE)).sorted(busiestFirst)
                .map(k -> new Category(k, names.getOrDefault(k, k))).collect(Collectors.toCollection(ArrayList::new));
        if (totals.containsKey(Grouping.NONE)) {
            categories.add(new Category(Grouping.NONE, Messages.tr("workload.chart.none")));
        }
        List<Series> series = new ArrayList<>();
        perKind.forEach((kind, counts) -> series.add(series(kind.name(), Messages.tr(kind.messageKey()), categories,
                counts)));
        return chartData(chart, caption(chart), categories, series);
    }

    private static ChartData byBusinessLine(StatisticsRepository.Snapshot snapshot, Scope scope) {
        List<Category> lines = new ArrayList<>();
        for (BusinessLine line : BusinessLine.values()) {
            lines.add(new Category(line.name(), Messages.tr(line.messageKey())));
        }
        List<Series> series = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.MATTER, RecordKind.RECOMMENDATION)) {
            Map<String, Long> counts = counted(snapshot.counts(scope, Selection.of(kind, Grouping.BUSINESS_LINE)));
            series.add(series(kind.name(), Messages.tr(kind.messageKey()), lines, counts));
        }
        return chartData(ChartKind.BY_BUSINESS_LINE, caption(ChartKind.BY_BUSINESS_LINE), lines, series);
    }

    /** The fields present among the leads and cases, the most frequent first. */
    private static ChartData byField(StatisticsRepository.Snapshot snapshot, Scope scope) {
        List<RecordKind> kinds = List.of(RecordKind.LEAD, RecordKind.MATTER);
        Map<RecordKind, Map<String, Long>> perKind = new LinkedHashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (RecordKind kind : kinds) {
            Map<String, Long> counts = counted(snapshot.counts(scope, Selection.of(kind, Grouping.FIELD)));
            perKind.put(kind, counts);
            counts.forEach((k, n) -> totals.merge(k, n, Long::sum));
        }
        Comparator<String> order = Comparator.<String>comparingLong(totals::get).reversed()
                .thenComparingInt(StatisticsService::fieldOrder).thenComparing(Comparator.naturalOrder());
        List<Category> fields = totals.keySet().stream().sorted(order)
                .map(k -> new Category(k, label(SupervisionField.class, k, SupervisionField::messageKey))).toList();
        List<Series> series = new ArrayList<>();
        perKind.forEach((kind, counts) -> series.add(series(kind.name(), Messages.tr(kind.messageKey()), fields,
                counts)));
        return chartData(ChartKind.BY_FIELD, caption(ChartKind.BY_FIELD), fields, series);
    }

    /** A field's place in the list of fields; values typed before the list existed come after it. */
    private static int fieldOrder(String stored) {
        for (SupervisionField f : SupervisionField.values()) {
            if (f.name().equals(stored)) {
                return f.ordinal();
            }
        }
        return SupervisionField.values().length;
    }

    /** The sources with at least one lead, in the list's order (unknown stored values last). */
    private static ChartData leadSources(StatisticsRepository.Snapshot snapshot, Scope scope) {
        Map<String, Long> counts = counted(snapshot.counts(scope, Selection.of(RecordKind.LEAD, Grouping.SOURCE)));
        List<Category> sources = new ArrayList<>();
        for (LeadSource source : LeadSource.values()) {
            if (counts.containsKey(source.name())) {
                sources.add(new Category(source.name(), Messages.tr(source.messageKey())));
            }
        }
        counts.keySet().stream().filter(k -> sources.stream().noneMatch(c -> c.key().equals(k))).sorted()
                .forEach(k -> sources.add(new Category(k, k)));
        return chartData(ChartKind.LEAD_SOURCES, caption(ChartKind.LEAD_SOURCES), sources,
                List.of(series(SINGLE_LEAD, Messages.tr(RecordKind.LEAD.messageKey()), sources, counts)));
    }

    private static ChartData leadRatings(StatisticsRepository.Snapshot snapshot, Scope scope) {
        Map<String, Long> counts = counted(snapshot.counts(scope, Selection.of(RecordKind.LEAD, Grouping.STARS)));
        List<Category> ratings = STARS.stream().map(k -> new Category(k, k.equals(Grouping.NONE)
                ? Messages.tr("workload.rating.none") : Messages.tr("workload.rating.stars", k))).toList();
        return chartData(ChartKind.LEAD_RATINGS, caption(ChartKind.LEAD_RATINGS), ratings,
                List.of(series(SINGLE_LEAD, Messages.tr(RecordKind.LEAD.messageKey()), ratings, counts)));
    }

    private static ChartData funnel(Figures current, LocalDate today) {
        List<Category> stages = FUNNEL.stream().map(m -> new Category(m.name(), Messages.tr(m.messageKey()))).toList();
        List<Double> values = FUNNEL.stream().map(m -> (double) current.get(m)).toList();
        String caption = Messages.tr(ChartKind.LADDER_FUNNEL.captionKey(), dateText(today));
        return chartData(ChartKind.LADDER_FUNNEL, caption, stages,
                List.of(new Series(SINGLE_RECOMMENDATION, Messages.tr(RecordKind.RECOMMENDATION.messageKey()),
                        values)));
    }

    /** Each rate per month, in percent; a month whose denominator is 0 has no point. */
    private static ChartData ratesOverTime(StatisticsRepository.Snapshot snapshot, Scope scope, LocalDate today,
                                           RateConventions conventions) {
        List<Category> months = months(scope.period());
        Map<String, Figures> terms = snapshot.rateTermsByMonth(scope, today);
        List<Series> series = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        for (RateKind kind : RateKind.values()) {
            List<Double> values = new ArrayList<>();
            for (Category month : months) {
                var percent = terms.getOrDefault(month.key(), Figures.empty()).rate(kind, conventions).percent();
                values.add(percent.isPresent() ? percent.getAsDouble() : null);
            }
            series.add(new Series(kind.name(), Messages.tr(kind.messageKey()), values));
            Metric[] divides = conventions.terms(kind);
            formulas.add(Messages.tr("workload.rate.formula", Messages.tr(kind.messageKey()),
                    Messages.tr(divides[0].messageKey()), Messages.tr(divides[1].messageKey())));
        }
        String caption = Messages.tr(ChartKind.RATES_OVER_TIME.captionKey(), dateText(today),
                String.join("；", formulas));
        return chartData(ChartKind.RATES_OVER_TIME, caption, months, series);
    }

    /** Every month the period touches: 2026-03 labelled 3月, or 2026年3月 when the period spans years. */
    private static List<Category> months(Period period) {
        boolean oneYear = period.from().getYear() == period.to().getYear();
        List<Category> months = new ArrayList<>();
        for (YearMonth m : period.months()) {
            String label = (oneYear ? "" : m.getYear() + "年") + m.getMonthValue() + "月";
            months.add(new Category(m.toString(), label));
        }
        return months;
    }

    private static Map<String, Long> counted(List<GroupCount> counts) {
        return counts.stream().collect(Collectors.toMap(GroupCount::key, GroupCount::count, Long::sum));
    }

    private static Series series(String key, String label, List<Category> categories, Map<String, Long> counts) {
        return new Series(key, label, categories.stream().map(c -> (double) counts.getOrDefault(c.key(), 0L)).toList());
    }

    private static ChartData chartData(ChartKind kind, String caption, List<Category> categories, List<Series> series) {
        return new ChartData(kind, Messages.tr(kind.messageKey()), caption, categories, series);
    }

    private static String caption(ChartKind kind) {
        return Messages.tr(kind.captionKey());
    }

    private static String dateText(LocalDate day) {
        return ChineseDates.format(day, ChineseDates.Style.ARABIC);
    }

    // ---- the records behind a bar ----

    /** A record as a list shows it: names of people masked wherever they appear. */
    private static DrilledRecord drilled(RecordRow row) {
        String masked = Masking.maskNamesIn(row.text(), row.people());
        String title = switch (row.kind()) {
            case VISIT -> label(VisitCategory.class, row.type(), VisitCategory::messageKey) + "："
                    + LookAlike.excerpt(masked, EXCERPT_LENGTH);
            case LEAD -> LookAlike.excerpt(masked, EXCERPT_LENGTH);
            case MATTER -> PartyMasking.maskIn(row.text(), row.people());
            case WORK -> label(WorkKind.class, row.type(), WorkKind::messageKey) + "：" + masked;
            case RECOMMENDATION -> (row.number() == null || row.number().isEmpty()
                    ? Messages.tr("ladder.status.DRAFT") : row.number()) + " " + row.text();
        };
        return new DrilledRecord(row.kind(), row.id(), row.date(), title, row.station(), row.prosecutor());
    }

    /** The name of a stored enum value, or the value itself when it is not one (typed before the list existed). */
    private static <E extends Enum<E>> String label(Class<E> type, String stored, Function<E, String> messageKey) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(stored)) {
                return Messages.tr(messageKey.apply(value));
            }
        }
        return stored == null ? "" : stored;
    }
}
