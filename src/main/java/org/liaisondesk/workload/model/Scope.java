package org.liaisondesk.workload.model;

import java.util.Objects;

/**
 * What a set of figures counts: a period, and optionally one station and one prosecutor (null: all).
 * {@code stationName} and {@code prosecutorName} are for titles and the paragraph; the ids do the filtering.
 */
public record Scope(Period period, Long stationId, String stationName, Long prosecutorId, String prosecutorName) {
    public Scope {
        Objects.requireNonNull(period, "period");
        if ((stationId == null) != (stationName == null) || (prosecutorId == null) != (prosecutorName == null)) {
            throw new IllegalArgumentException("a station or prosecutor needs both its id and its name");
        }
    }

    public static Scope all(Period period) {
        return new Scope(period, null, null, null, null);
    }

    public Scope withPeriod(Period other) {
        return new Scope(other, stationId, stationName, prosecutorId, prosecutorName);
    }

    /** Who the figures are of, for titles: 全部联络站, 青山镇检察联络站, 青山镇检察联络站·林晓峰. */
    public String subject(String everyStation) {
        String station = stationName == null ? everyStation : stationName;
        return prosecutorName == null ? station : station + "·" + prosecutorName;
    }
}
