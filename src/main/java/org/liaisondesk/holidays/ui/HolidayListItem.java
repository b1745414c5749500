package org.liaisondesk.holidays.ui;

import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.holidays.model.CalendarEntry;

/** One row of the holiday table, already in words: 2025-10-01 周三 | 放假 | 国庆节、中秋节 | 官方. */
public record HolidayListItem(CalendarEntry entry, String date, String kind, String name, String source) {
    public static HolidayListItem of(CalendarEntry e) {
        return new HolidayListItem(e, e.date() + " " + Messages.tr("holidays.weekday." + e.date().getDayOfWeek().name()),
                Messages.tr(e.kind().messageKey()), e.name(), Messages.tr(e.source().messageKey()));
    }
}
