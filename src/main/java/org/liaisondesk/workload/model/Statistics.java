package org.liaisondesk.workload.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the statistics view, the paragraph, the printout and the meeting pack show for one scope, computed
 * together so that they cannot disagree: the figures of the period, of the period before (环比) and of the same
 * period last year (同比), every chart, and the summary paragraph written from {@code current}.
 * {@code computedOn}: the day the ladder's cohort was followed to (what is due, replied, rectified by then).
 */
public record Statistics(Scope scope, LocalDate computedOn, RateConventions conventions, Figures current,
                         Figures previous, Figures lastYear, List<ChartData> charts, String summary) {
    public Statistics {
        Objects.requireNonNull(scope, "scope");
        charts = List.copyOf(charts);
    }

    public Rate rate(RateKind kind) {
        return current.rate(kind, conventions);
    }

    public Change previousChange(Metric metric) {
        return new Change(current.get(metric), previous.get(metric));
    }

    public Change lastYearChange(Metric metric) {
        return new Change(current.get(metric), lastYear.get(metric));
    }

    public ChartData chart(ChartKind kind) {
        return charts.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }
}
