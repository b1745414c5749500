package org.liaisondesk.register.roster.model;

import org.liaisondesk.common.model.Cursor;

/** What the liaison list asks for: search words, role and station filters (null = any), and the page. */
public record LiaisonQuery(String text, Long roleId, Long stationId, boolean recycleBin, Cursor after, int limit) {
    public static LiaisonQuery firstPage(int limit) {
        return new LiaisonQuery("", null, null, false, null, limit);
    }

    public LiaisonQuery after(Cursor start) {
        return new LiaisonQuery(text, roleId, stationId, recycleBin, start, limit);
    }

    public LiaisonQuery withText(String newText) {
        return new LiaisonQuery(newText, roleId, stationId, recycleBin, null, limit);
    }
}
