package org.liaisondesk.holidays.model;

/** Where a day's arrangement comes from: 官方 (bundled), 自行添加, 已修改 (a bundled day changed), 已取消 (taken away). */
public enum EntrySource {
    OFFICIAL, ADDED, CHANGED, REMOVED;

    public String messageKey() {
        return "holidays.source." + name();
    }

    /** Whether the user's own change can be undone by going back to the bundled calendar (or to nothing). */
    public boolean isEdited() {
        return this != OFFICIAL;
    }
}
