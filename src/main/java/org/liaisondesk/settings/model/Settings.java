package org.liaisondesk.settings.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the user sets once and expects to find again: the office, the user's name, the language, the
 * reminder lead time, the window. Stored as {@code settings.json} in the data folder. Unknown fields in
 * the file (from a newer version) are ignored rather than refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int DEFAULT_REMINDER_LEAD_DAYS = 3;

    private String officeName = "";
    private String officeAbbreviation = "";
    private String userName = "";
    private String language = "zh";
    private int reminderLeadDays = DEFAULT_REMINDER_LEAD_DAYS;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private boolean firstRunCompleted;
    private WindowState window;
    private LadderSettings ladder = new LadderSettings();
    private DocumentSettings documents = new DocumentSettings();
    private StatisticsSettings statistics = new StatisticsSettings();

    public Settings copy() {
        Settings s = new Settings();
        s.officeName = officeName;
        s.officeAbbreviation = officeAbbreviation;
        s.userName = userName;
        s.language = language;
        s.reminderLeadDays = reminderLeadDays;
        s.pageSize = pageSize;
        s.firstRunCompleted = firstRunCompleted;
        s.window = window;
        s.ladder = ladder.copy();
        s.documents = documents.copy();
        s.statistics = statistics.copy();
        return s;
    }

    public String getOfficeName() {
        return officeName;
    }

    public void setOfficeName(String officeName) {
        this.officeName = officeName == null ? "" : officeName.strip();
    }

    public String getOfficeAbbreviation() {
        return officeAbbreviation;
    }

    public void setOfficeAbbreviation(String officeAbbreviation) {
        this.officeAbbreviation = officeAbbreviation == null ? "" : officeAbbreviation.strip();
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName == null ? "" : userName.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equalsIgnoreCase(language) ? "en" : "zh";
    }

    public int getReminderLeadDays() {
        return reminderLeadDays;
    }

    public void setReminderLeadDays(int reminderLeadDays) {
        this.reminderLeadDays = Math.max(0, Math.min(60, reminderLeadDays));
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize < 10 || pageSize > 500 ? DEFAULT_PAGE_SIZE : pageSize;
    }

    public boolean isFirstRunCompleted() {
        return firstRunCompleted;
    }

    public void setFirstRunCompleted(boolean firstRunCompleted) {
        this.firstRunCompleted = firstRunCompleted;
    }

    /** The recommendation ladder's defaults; a copy, change it with {@link #setLadder}. */
    public LadderSettings getLadder() {
        return ladder.copy();
    }

    public void setLadder(LadderSettings ladder) {
        this.ladder = ladder == null ? new LadderSettings() : ladder.copy();
    }

    /** How Word documents are written; a copy, change it with {@link #setDocuments}. */
    public DocumentSettings getDocuments() {
        return documents.copy();
    }

    public void setDocuments(DocumentSettings documents) {
        this.documents = documents == null ? new DocumentSettings() : documents.copy();
    }

    /** The statistics' conventions (which denominators the rates use); a copy, change it with {@link #setStatistics}. */
    public StatisticsSettings getStatistics() {
        return statistics.copy();
    }

    public void setStatistics(StatisticsSettings statistics) {
        this.statistics = statistics == null ? new StatisticsSettings() : statistics.copy();
    }

    public WindowState getWindow() {
        return window;
    }

    public void setWindow(WindowState window) {
        this.window = window;
    }

    /** The main window's last position and size, checked against the screens that exist before use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowState(double x, double y, double width, double height, boolean maximized) {
    }
}
