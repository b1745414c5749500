package org.liaisondesk.workload.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartData.Category;
import org.liaisondesk.workload.model.ChartData.Series;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Figures;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.RateConventions;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.RecordKind;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;

/**
 * Chart data as the statistics of a busy year produce it, keyed and labelled the way StatisticsService does
 * (record kinds, station ids, business lines, lead sources, metrics, rates), with Chinese titles and captions from the
 * bundle. For tests that draw charts without a register.
 */
public final class ChartSamples {
    public static final Period YEAR = Period.year(2026);

    private ChartSamples() {
    }

    /** The chart of {@code kind} for 2026. */
    public static ChartData of(ChartKind kind) {
        return switch (kind) {
            case MONTHLY_WORK -> chart(kind, months(2026, 12, true), workSeries(12, 3));
            case BY_STATION -> chart(kind, List.of(
                    new Category("3", "工业园区“微检治”检察联络站"),
                    new Category("1", "青山镇检察联络站"),
                    new Category("4", "小罗村生态保护检察联络站"),
                    new Category("2", "金鸡小区检察联络站"),
                    new Category("7", "崇溪区人民政府综合治理中心检察工作站"),
                    new Category("none", Messages.tr("workload.chart.none"))), workSeries(6, 7));
            case BY_PROSECUTOR -> chart(kind, List.of(
                    new Category("11", "林晓峰"), new Category("12", "周彩霞"), new Category("13", "罗海萍"),
                    new Category("14", "杨宏强"), new Category("none", Messages.tr("workload.chart.none"))),
                    workSeries(5, 11));
            case BY_BUSINESS_LINE -> chart(kind, Arrays.stream(BusinessLine.values())
                            .map(line -> new Category(line.name(), Messages.tr(line.messageKey()))).toList(),
                    List.of(series(RecordKind.MATTER, 14, 9, 5, 23), series(RecordKind.RECOMMENDATION, 2, 1, 4, 17)));
            case BY_FIELD -> chart(kind, List.of(
                    new Category("ECOLOGY", "生态环境"), new Category("LAND", "国土资源/耕地保护"),
                    new Category("MINORS", "未成年人保护"), new Category("FOOD_DRUG", "食品药品"),
                    new Category("ACCESSIBILITY", "无障碍"), new Category("城市管理", "城市管理"),
                    new Category("OTHER", "其他")),
                    List.of(series(RecordKind.LEAD, 31, 22, 15, 12, 6, 4, 3), series(RecordKind.MATTER, 11, 8, 5, 2, 2, 0, 1)));
            case LEAD_SOURCES -> {
                List<LeadSource> sources = List.of(LeadSource.GRID_WORKER, LeadSource.HOTLINE_12345,
                        LeadSource.HOTLINE_12309, LeadSource.SNAPSHOT_APP, LeadSource.PUBLIC_INTEREST_PLATFORM,
                        LeadSource.VISIT, LeadSource.CASE_HANDLING, LeadSource.MEDIA);
                yield chart(kind, sources.stream().map(s -> new Category(s.name(), Messages.tr(s.messageKey()))).toList(),
                        List.of(series(RecordKind.LEAD, 38, 27, 9, 6, 5, 4, 3, 1)));
            }
            case LEAD_RATINGS -> chart(kind, List.of(
                    new Category("5", Messages.tr("workload.rating.stars", 5)),
                    new Category("4", Messages.tr("workload.rating.stars", 4)),
                    new Category("3", Messages.tr("workload.rating.stars", 3)),
                    new Category("2", Messages.tr("workload.rating.stars", 2)),
                    new Category("1", Messages.tr("workload.rating.stars", 1)),
                    new Category("none", Messages.tr("workload.rating.none"))),
                    List.of(series(RecordKind.LEAD, 12, 25, 31, 8, 0, 17)));
            case LADDER_FUNNEL -> chart(kind, List.of(Metric.ISSUED, Metric.SERVED, Metric.REPLIED, Metric.ADOPTED,
                            Metric.RECTIFIED, Metric.ESCALATED).stream()
                            .map(m -> new Category(m.name(), Messages.tr(m.messageKey()))).toList(),
                    List.of(series(RecordKind.RECOMMENDATION, 24, 23, 19, 15, 11, 3)));
            case RATES_OVER_TIME -> chart(kind, months(2026, 12, true), List.of(
                    rate(RateKind.REPLY, null, 100.0, 50.0, 66.7, 100.0, null, 75.0, 80.0, 100.0, 50.0, null, null),
                    rate(RateKind.ADOPTION, null, 100.0, 100.0, 50.0, 75.0, null, 66.7, 100.0, 87.5, 100.0, null, null),
                    rate(RateKind.RECTIFICATION, null, 0.0, 50.0, 100.0, 33.3, null, 50.0, 25.0, 60.0, 0.0, null, null),
                    rate(RateKind.LEAD_CONVERSION, 25.0, 40.0, 33.3, 20.0, 50.0, 44.4, 30.0, 37.5, 28.6, 40.0, 33.3, 16.7)));
        };
    }

    /** Every chart, in the order of {@link ChartKind}. */
    public static List<ChartData> all() {
        return Arrays.stream(ChartKind.values()).map(ChartSamples::of).toList();
    }

    /** The chart of {@code kind} with the same categories and series, every value zero. */
    public static ChartData emptyOf(ChartKind kind) {
        ChartData full = of(kind);
        List<Series> zeros = full.series().stream()
                .map(s -> new Series(s.key(), s.label(), s.values().stream().map(v -> 0.0).toList())).toList();
        return new ChartData(kind, full.title(), full.caption(), full.categories(), zeros);
    }

    /** Statistics of 2026 for every station holding {@link #all()} (the figures do not matter to the charts). */
    public static Statistics statistics() {
        return new Statistics(Scope.all(YEAR), LocalDate.of(2026, 11, 23), RateConventions.DEFAULT,
                Figures.empty(), Figures.empty(), Figures.empty(), all(), "");
    }

    /** Months of a year as categories: key 2026-03, label 3月 (or 2026年3月). */
    public static List<Category> months(int year, int count, boolean withinOneYear) {
        List<Category> months = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            YearMonth month = YearMonth.of(year, 1).plusMonths(i);
            String label = withinOneYear ? month.getMonthValue() + "月" : month.getYear() + "年" + month.getMonthValue() + "月";
            months.add(new Category(month.toString(), label));
        }
        return months;
    }

    private static ChartData chart(ChartKind kind, List<Category> categories, List<Series> series) {
        String caption = switch (kind) {
            case LADDER_FUNNEL -> Messages.tr(kind.captionKey(), "2026年11月23日");
            case RATES_OVER_TIME -> Messages.tr(kind.captionKey(), "2026年11月23日",
                    "回复率 = 已回复 ÷ 制发检察建议；采纳率 = 采纳 ÷ 已回复");
            default -> Messages.tr(kind.captionKey());
        };
        return new ChartData(kind, Messages.tr(kind.messageKey()), caption, categories, series);
    }

    /** One series per record kind; values vary by category and kind, some zero. */
    private static List<Series> workSeries(int categories, int seed) {
        List<Series> series = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            List<Double> values = new ArrayList<>();
            for (int c = 0; c < categories; c++) {
                values.add((double) ((seed * 7 + c * 5 + kind.ordinal() * 3) % 11 + (kind == RecordKind.VISIT ? 6 : 0)));
            }
            series.add(new Series(kind.name(), Messages.tr(kind.messageKey()), values));
        }
        return series;
    }

    private static Series series(RecordKind kind, double... values) {
        return new Series(kind.name(), Messages.tr(kind.messageKey()), Arrays.stream(values).boxed().toList());
    }

    private static Series rate(RateKind kind, Double... values) {
        return new Series(kind.name(), Messages.tr(kind.messageKey()), Arrays.asList(values));
    }
}
