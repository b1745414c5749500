package org.liaisondesk.demo.service;

import java.time.Duration;

/** What {@link RegisterGenerator#generate} wrote: records per kind (roster, links and events not counted) and how long it took. */
public record GenerationResult(long visits, long leads, long cases, long work, long recommendations, Duration took) {
    public long total() {
        return visits + leads + cases + work + recommendations;
    }
}
