package org.liaisondesk.workload.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.documents.model.DocumentFileNames;
import org.liaisondesk.documents.model.DocumentGrid;
import org.liaisondesk.documents.model.DocumentImage;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.model.TagCatalogue;
import org.liaisondesk.documents.model.TemplateCheck;
import org.liaisondesk.documents.service.DocumentFiles;
import org.liaisondesk.documents.service.TemplateProblems;
import org.liaisondesk.documents.service.TemplateRenderer;
import org.liaisondesk.documents.service.TemplateService;
import org.liaisondesk.documents.service.TemplateStore;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Database;
import org.liaisondesk.workload.model.Change;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Rate;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;

/**
 * The meeting pack: the statistics report (工作情况统计) written from its staff-editable template with the figures,
 * the rates, the summary paragraph and every chart at print resolution with its caption and the table behind it. The
 * template is checked first and refused with its problems, like a recommendation's; the file is written safely and
 * recorded in the audit log.
 */
public final class MeetingPackService {
    /** What the audit log keeps of one meeting pack. */
    public record Generated(String file, DocumentKind kind, String period, String subject, boolean templateChanged) {
    }

    /** Charts print 150 mm wide inside the 156 mm text block, in about the 16:10 frame of an exported chart. */
    static final double CHART_WIDTH_MM = 150;
    static final double CHART_HEIGHT_MM = 95;
    private static final DocumentKind KIND = DocumentKind.STATISTICS_REPORT;
    /** 分组, 指标, 单位, 本期, 上期, 环比, 去年同期, 同比 across the 156 mm text block. */
    private static final List<Double> FIGURE_COLUMNS = List.of(19.0, 36.0, 11.0, 15.0, 15.0, 20.0, 20.0, 20.0);
    private static final List<Double> RATE_COLUMNS = List.of(30.0, 22.0, 104.0);
    /** A chart's table: the categories twice as wide as a column of figures. */
    private static final double CATEGORY_COLUMN_SHARE = 2;
    private static final Logger LOG = Logger.getLogger(MeetingPackService.class.getName());

    private final Database db;
    private final TemplateStore store;
    private final TemplateService templates;
    private final TemplateRenderer renderer;
    private final ChartRenderer charts;
    private final Supplier<Settings> settings;
    private final AuditLog audit;

    public MeetingPackService(Database db, TemplateStore store, TemplateService templates, TemplateRenderer renderer,
                              ChartRenderer charts, Supplier<Settings> settings, AuditLog audit) {
        this.db = db;
        this.store = store;
        this.templates = templates;
        this.renderer = renderer;
        this.charts = charts;
        this.settings = settings;
        this.audit = audit;
    }

    /** Writes the meeting pack (工作情况统计 .docx) of {@code stats} into {@code folder}; returns the file. */
    public Path write(Statistics stats, Path folder, boolean overwrite) {
        Settings s = settings.get();
        if (s.getOfficeName().isBlank()) {
            throw new UserFacingException("documents.noOffice");
        }
        TemplateCheck check = templates.check(KIND);
        Path template = store.path(KIND);
        if (!check.ok()) {
            throw new UserFacingException("documents.template.refused", template.toAbsolutePath(),
                    TemplateProblems.describe(check.problems(), 3));
        }
        boolean changed = store.isChanged(KIND);
        Map<String, Object> data = data(stats, s);
        String period = stats.scope().period().label();
        String subject = subject(stats.scope());
        Path file = DocumentFiles.write(folder, DocumentFileNames.statistics(period, subject), overwrite,
                out -> renderer.render(template, data, TagCatalogue.tableTags(), out));
        Generated generated = new Generated(file.toAbsolutePath().toString(), KIND, period, subject, changed);
        db.write(c -> audit.record(c, AuditLog.Action.GENERATE, "statistics", 0, null, null, generated));
        return file;
    }

    /** The template's tags filled from the statistics (the charts drawn here, at print resolution). */
    private Map<String, Object> data(Statistics stats, Settings s) {
        Scope scope = stats.scope();
        String day = ChineseDates.format(stats.computedOn(), s.getDocuments().getDateStyle());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("院名", s.getOfficeName());
        data.put("标题", title(scope));
        data.put("统计范围", subject(scope));
        data.put("期间", scope.period().label());
        data.put("统计日", day);
        data.put("日期", day);
        data.put("综述", stats.summary() == null ? "" : stats.summary());
        data.put("指标表", figures(stats));
        data.put("比率表", rates(stats));
        List<Map<String, Object>> items = new ArrayList<>();
        for (ChartData chart : stats.charts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("序号", Integer.toString(items.size() + 1));
            item.put("图名", chart.title());
            item.put("图", new DocumentImage(charts.png(chart, CHART_WIDTH_MM, CHART_HEIGHT_MM, ChartRenderer.PRINT_DPI),
                    CHART_WIDTH_MM, CHART_HEIGHT_MM));
            item.put("说明", chart.caption() == null ? "" : chart.caption());
            item.put("数据", table(chart));
            items.add(item);
        }
        data.put("图表", items);
        return data;
    }

    /** 2026年第三季度检察联络站工作情况统计, or with the station and prosecutor counted. */
    private static String title(Scope scope) {
        String label = scope.period().label();
        if (scope.stationName() == null && scope.prosecutorName() == null) {
            return Messages.tr("workload.print.title", label);
        }
        return Messages.tr("workload.pack.title.scoped", label, subject(scope));
    }

    private static String subject(Scope scope) {
        return scope.subject(Messages.tr("workload.pack.everyStation"));
    }

    /** One row per figure, grouped as the metrics are, the group named once beside its figures. */
    private static DocumentGrid figures(Statistics stats) {
        List<String> header = List.of(Messages.tr("workload.pack.column.group"), Messages.tr("workload.view.column.metric"),
                Messages.tr("workload.view.column.unit"), Messages.tr("workload.view.column.current"),
                Messages.tr("workload.view.column.previous"), Messages.tr("workload.view.column.previousChange"),
                Messages.tr("workload.view.column.lastYear"), Messages.tr("workload.view.column.lastYearChange"));
        List<List<String>> rows = new ArrayList<>();
        Metric.Group group = null;
        for (Metric m : Metric.values()) {
            Change before = stats.previousChange(m);
            Change lastYear = stats.lastYearChange(m);
            rows.add(List.of(m.group() == group ? "" : Messages.tr("workload.group." + m.group().name()),
                    Messages.tr(m.messageKey()), Messages.tr(m.unitKey()), m.format(before.now()),
                    m.format(before.before()), before.text(), m.format(lastYear.before()), lastYear.text()));
            group = m.group();
        }
        return new DocumentGrid(header, rows, FIGURE_COLUMNS, true);
    }

    /** Every rate with its value and what it divides, with the numbers: 已回复 ÷ 制发检察建议 = 12 ÷ 14. */
    private static DocumentGrid rates(Statistics stats) {
        List<String> header = List.of(Messages.tr("workload.view.column.rate"), Messages.tr("workload.view.column.current"),
                Messages.tr("workload.view.column.basis"));
        List<List<String>> rows = new ArrayList<>();
        for (RateKind kind : RateKind.values()) {
            Rate rate = stats.rate(kind);
            rows.add(List.of(Messages.tr(kind.messageKey()), rate.text(),
                    Messages.tr("workload.view.rateBasis", Messages.tr(rate.numerator().messageKey()),
                            Messages.tr(rate.denominator().messageKey()), rate.num(), rate.den())));
        }
        return new DocumentGrid(header, rows, RATE_COLUMNS, false);
    }

    /**
     * The table behind a chart: a row per category (bar, slice or month), a column per series, and for stacked
     * charts the 合计 of each bar. Rates are in percent; a point with nothing to divide by is "—".
     */
    private static DocumentGrid table(ChartData chart) {
        boolean stacked = chart.stacked();
        List<String> header = new ArrayList<>();
        header.add(Messages.tr("workload.pack.category." + chart.kind().name()));
        chart.series().forEach(series -> header.add(series.label()));
        if (stacked) {
            header.add(Messages.tr("workload.pack.column.total"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(i).label());
            for (ChartData.Series series : chart.series()) {
                row.add(chart.text(series.values().get(i)));
            }
            if (stacked) {
                row.add(chart.text(chart.total(i)));
            }
            rows.add(row);
        }
        List<Double> widths = new ArrayList<>();
        widths.add(CATEGORY_COLUMN_SHARE);
        for (int i = 1; i < header.size(); i++) {
            widths.add(1.0);
        }
        return new DocumentGrid(header, rows, widths, false);
    }
}
