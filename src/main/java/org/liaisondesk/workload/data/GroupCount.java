package org.liaisondesk.workload.data;

/**
 * One bar of a grouped count: its key (see {@link Grouping}), the name of the station or prosecutor it stands for
 * (null for other groupings and for {@link Grouping#NONE}), and how many records it holds.
 */
public record GroupCount(String key, String name, long count) {
}
