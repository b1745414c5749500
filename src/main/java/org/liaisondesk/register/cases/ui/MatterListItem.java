package org.liaisondesk.register.cases.ui;

/**
 * One line of the case table as shown: parties already masked, enums already in words. {@code name} carries
 * the minor marker in front when the case involves a minor.
 */
public record MatterListItem(
        long id,
        String acceptedOn,
        String officeNumber,
        String name,
        String businessLine,
        String field,
        String problem,
        String parties,
        String prosecutor,
        String status,
        String linkCount,
        boolean minor) {
}
