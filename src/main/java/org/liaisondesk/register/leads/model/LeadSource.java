package org.liaisondesk.register.leads.model;

/**
 * The channel a lead came through: 网格员报送, 12345转办, 12309, 政务信箱, "随手拍", "益心为公"平台, 人大代表/政协委员,
 * 联络员/观察员, 来访, 办案中发现, 行政执法数据, 媒体. Stored by name; shown through {@link #messageKey()}.
 */
public enum LeadSource {
    GRID_WORKER, HOTLINE_12345, HOTLINE_12309, GOV_MAILBOX, SNAPSHOT_APP, PUBLIC_INTEREST_PLATFORM, DEPUTY, LIAISON,
    VISIT, CASE_HANDLING, ENFORCEMENT_DATA, MEDIA;

    public String messageKey() {
        return "leads.source." + name();
    }
}
