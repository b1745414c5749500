package org.liaisondesk.settings.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The recommendation ladder's defaults: reply periods, reminder lead times, the objection period, when a return
 * visit is due, the class-case suggestion's thresholds, and the document number patterns the user changed (by
 * scheme name; a scheme not listed uses its built-in pattern). Values out of range fall back to the default.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class LadderSettings {
    private int replyMonths = 2;
    private int urgentReplyDays = 15;
    private int dueSoonDays = 14;
    private int objectionDays = 10;
    private int returnVisitDays = 30;
    private int classCaseThreshold = 3;
    private int classCaseWindowMonths = 12;
    private Map<String, NumberFormatSetting> numberFormats = new LinkedHashMap<>();

    /** One scheme's pattern and type code (代字). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NumberFormatSetting(String pattern, String code) {
    }

    public LadderSettings copy() {
        LadderSettings s = new LadderSettings();
        s.replyMonths = replyMonths;
        s.urgentReplyDays = urgentReplyDays;
        s.dueSoonDays = dueSoonDays;
        s.objectionDays = objectionDays;
        s.returnVisitDays = returnVisitDays;
        s.classCaseThreshold = classCaseThreshold;
        s.classCaseWindowMonths = classCaseWindowMonths;
        s.numberFormats = new LinkedHashMap<>(numberFormats);
        return s;
    }

    private static int within(int value, int min, int max, int fallback) {
        return value < min || value > max ? fallback : value;
    }

    public int getReplyMonths() { return replyMonths; }
    public void setReplyMonths(int v) { replyMonths = within(v, 1, 12, 2); }
    public int getUrgentReplyDays() { return urgentReplyDays; }
    public void setUrgentReplyDays(int v) { urgentReplyDays = within(v, 1, 60, 15); }
    public int getDueSoonDays() { return dueSoonDays; }
    public void setDueSoonDays(int v) { dueSoonDays = within(v, 1, 60, 14); }
    public int getObjectionDays() { return objectionDays; }
    public void setObjectionDays(int v) { objectionDays = within(v, 0, 90, 10); }
    public int getReturnVisitDays() { return returnVisitDays; }
    public void setReturnVisitDays(int v) { returnVisitDays = within(v, 1, 180, 30); }
    public int getClassCaseThreshold() { return classCaseThreshold; }
    public void setClassCaseThreshold(int v) { classCaseThreshold = within(v, 2, 20, 3); }
    public int getClassCaseWindowMonths() { return classCaseWindowMonths; }
    public void setClassCaseWindowMonths(int v) { classCaseWindowMonths = within(v, 1, 60, 12); }

    public Map<String, NumberFormatSetting> getNumberFormats() {
        return new LinkedHashMap<>(numberFormats);
    }

    public void setNumberFormats(Map<String, NumberFormatSetting> formats) {
        numberFormats = formats == null ? new LinkedHashMap<>() : new LinkedHashMap<>(formats);
    }
}
