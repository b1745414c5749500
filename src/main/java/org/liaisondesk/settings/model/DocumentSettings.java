package org.liaisondesk.settings.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.liaisondesk.common.text.ChineseDates;

/**
 * How generated Word documents are written: the date style (2024年10月12日 or 二〇二四年十月十二日), whether names of the
 * people in the linked records are masked (on by default; minors' and reporters' names are masked regardless), the
 * issuing office in a report's print block (empty: the office name + 办公室), and the folder documents were last
 * written to.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class DocumentSettings {
    private ChineseDates.Style dateStyle = ChineseDates.Style.ARABIC;
    private boolean maskNames = true;
    private String printingOffice = "";
    private String outputFolder = "";

    public DocumentSettings copy() {
        DocumentSettings s = new DocumentSettings();
        s.dateStyle = dateStyle;
        s.maskNames = maskNames;
        s.printingOffice = printingOffice;
        s.outputFolder = outputFolder;
        return s;
    }

    public ChineseDates.Style getDateStyle() { return dateStyle; }
    public void setDateStyle(ChineseDates.Style v) { dateStyle = v == null ? ChineseDates.Style.ARABIC : v; }
    public boolean isMaskNames() { return maskNames; }
    public void setMaskNames(boolean v) { maskNames = v; }
    public String getPrintingOffice() { return printingOffice; }
    public void setPrintingOffice(String v) { printingOffice = v == null ? "" : v.strip(); }
    public String getOutputFolder() { return outputFolder; }
    public void setOutputFolder(String v) { outputFolder = v == null ? "" : v.strip(); }
}
