package org.liaisondesk.register.work.ui;

/**
 * One line of the work table as shown: names already masked, the kind in words, the kind's key figure
 * (aid paid, audience, hours done/agreed, resolved or not) already formatted.
 */
public record WorkListItem(
        long id,
        String date,
        String kind,
        String title,
        String station,
        String prosecutor,
        String parties,
        String keyFigure,
        String matter,
        boolean minor) {
}
