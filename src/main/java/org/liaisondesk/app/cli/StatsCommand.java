package org.liaisondesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Rate;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stats --from DATE --to DATE [--station NAME] [--prosecutor NAME] [--format text|json]}: every figure with its
 * previous period (环比) and the same period last year (同比), every rate with its denominator, and the summary paragraph
 * — the same computation the 统计 screen shows.
 */
@Command(name = "stats", description = "输出期间内的全部统计数字（含环比、同比）、各比率及其分母，以及综述段落")
final class StatsCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StatisticsScopeOptions scope;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "输出格式：text（默认）或 json")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            Statistics stats = context.statistics().compute(scope.resolve(context));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(stats)));
            } else {
                text(stats, out);
            }
            out.flush();
            return Cli.OK;
        }
    }

    private static void text(Statistics stats, PrintWriter out) {
        out.println(Messages.tr("cli.stats.heading", stats.scope().period().label(),
                stats.scope().subject(Messages.tr("cli.stats.everyStation")),
                ChineseDates.format(stats.computedOn(), ChineseDates.Style.ARABIC)));
        Metric.Group group = null;
        for (Metric m : Metric.values()) {
            if (m.group() != group) {
                group = m.group();
                out.println();
                out.println("【" + Messages.tr("workload.group." + group.name()) + "】");
                out.println(Messages.tr("cli.stats.columns"));
            }
            out.println(String.join("\t", Messages.tr(m.messageKey()), m.format(stats.current().get(m)),
                    Messages.tr(m.unitKey()), m.format(stats.previous().get(m)), stats.previousChange(m).text(),
                    m.format(stats.lastYear().get(m)), stats.lastYearChange(m).text()));
        }
        out.println();
        out.println("【" + Messages.tr("cli.stats.rates") + "】");
        for (RateKind kind : RateKind.values()) {
            Rate r = stats.rate(kind);
            out.println(String.join("\t", Messages.tr(kind.messageKey()), r.text(),
                    Messages.tr("cli.stats.rateTerms", r.formula(), r.num(), r.den())));
        }
        out.println();
        out.println("【" + Messages.tr("cli.stats.summary") + "】");
        out.println(stats.summary());
    }

    private static ObjectNode json(Statistics stats) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode period = root.putObject("period");
        period.put("from", stats.scope().period().from().toString());
        period.put("to", stats.scope().period().to().toString());
        period.put("label", stats.scope().period().label());
        root.put("station", stats.scope().stationName());
        root.put("prosecutor", stats.scope().prosecutorName());
        root.put("computedOn", stats.computedOn().toString());
        ObjectNode figures = root.putObject("figures");
        for (Metric m : Metric.values()) {
            ObjectNode f = figures.putObject(m.name());
            f.put("name", Messages.tr(m.messageKey()));
            f.put("unit", m.unit() == Metric.Unit.MONEY ? "fen" : Messages.tr(m.unitKey()));
            f.put("value", stats.current().get(m));
            f.put("previous", stats.previous().get(m));
            f.put("previousChange", stats.previousChange(m).text());
            f.put("lastYear", stats.lastYear().get(m));
            f.put("lastYearChange", stats.lastYearChange(m).text());
        }
        ObjectNode rates = root.putObject("rates");
        for (RateKind kind : RateKind.values()) {
            Rate r = stats.rate(kind);
            ObjectNode node = rates.putObject(kind.name());
            node.put("name", Messages.tr(kind.messageKey()));
            node.put("text", r.text());
            if (r.percent().isPresent()) {
                node.put("percent", r.percent().getAsDouble());
            } else {
                node.putNull("percent");
            }
            node.put("numerator", r.numerator().name());
            node.put("numeratorValue", r.num());
            node.put("denominator", r.denominator().name());
            node.put("denominatorValue", r.den());
            node.put("formula", r.formula());
        }
        ArrayNode charts = root.putArray("charts");
        for (ChartData c : stats.charts()) {
            ObjectNode chart = charts.addObject();
            chart.put("kind", c.kind().name());
            chart.put("title", c.title());
            chart.put("caption", c.caption());
            ArrayNode categories = chart.putArray("categories");
            c.categories().forEach(cat -> categories.addObject().put("key", cat.key()).put("label", cat.label()));
            ArrayNode series = chart.putArray("series");
            for (ChartData.Series s : c.series()) {
                ObjectNode node = series.addObject().put("key", s.key()).put("label", s.label());
                ArrayNode values = node.putArray("values");
                s.values().forEach(v -> {
                    if (v == null) {
                        values.addNull();
                    } else {
                        values.add(v);
                    }
                });
            }
        }
        root.put("summary", stats.summary());
        return root;
    }
}
