package org.liaisondesk.workload.ui;

/**
 * One rate as the table shows it: 回复率, 85.7% (or "—" with nothing to divide by), and its 口径 with the numbers,
 * 已回复 ÷ 制发检察建议 = 12 ÷ 14.
 */
public record RateRow(String name, String value, String basis) {
}
