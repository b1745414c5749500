package org.liaisondesk.workload.ui;

/**
 * One card of the desk's key figures: its id (for styles and tests), what it counts (本月接待来访), the figure with
 * its unit (59 人次), a line under it (环比 +12%, or the period) and a tooltip saying how it is counted.
 */
public record KeyFigureCard(String id, String title, String value, String detail, String tooltip) {
}
