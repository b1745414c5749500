package org.liaisondesk.workload.ui;

/**
 * One line of the 主要指标 table: a group heading (only {@code name} filled) or a figure with its value now, before
 * (环比) and a year ago (同比) as shown, its unit, and what it counts (the row's tooltip).
 */
public record FigureRow(boolean heading, String name, String current, String unit, String previous,
                        String previousChange, String lastYear, String lastYearChange, String definition) {
    static FigureRow heading(String name) {
        return new FigureRow(true, name, "", "", "", "", "", "", "");
    }
}
