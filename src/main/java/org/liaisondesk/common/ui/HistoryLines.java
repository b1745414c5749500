package org.liaisondesk.common.ui;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.model.HistoryEntry;

/**
 * Turns audit entries into the history dialog's lines, newest first. Personal data stays masked here too:
 * names, phones and ID numbers of the history are shown the way lists show them.
 */
public final class HistoryLines {
    private HistoryLines() {
    }

    public static List<HistoryDialog.Line> of(List<HistoryEntry> entries) {
        return of(entries, "field.");
    }

    /**
     * Like {@link #of(List)}, with field labels looked up under each prefix in turn (e.g. "leads.field.", then
     * "field."); a field with no label shows its stored name.
     */
    public static List<HistoryDialog.Line> of(List<HistoryEntry> entries, String... labelPrefixes) {
        List<HistoryDialog.Line> lines = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry e = entries.get(i);
            String action = Messages.tr("history.action." + e.action());
            String at = e.at().replace('T', ' ').replaceAll("\\+.*$", "");
            if (e.changes().isEmpty()) {
                lines.add(new HistoryDialog.Line(at, e.user(), action, "", "", ""));
            }
            for (HistoryEntry.FieldChange ch : e.changes()) {
                String label = ch.field();
                for (String prefix : labelPrefixes) {
                    if (Messages.current().has(prefix + ch.field())) {
                        label = Messages.tr(prefix + ch.field());
                        break;
                    }
                }
                lines.add(new HistoryDialog.Line(at, e.user(), action, label, mask(ch.field(), ch.oldValue()),
                        mask(ch.field(), ch.newValue())));
            }
        }
        return lines;
    }

    /** The same masking policy as the lists, keyed by the field's name. */
    static String mask(String field, String value) {
        String f = field.toLowerCase(java.util.Locale.ROOT);
        if (f.contains("idnumber")) {
            return Masking.maskIdNumber(value);
        }
        if (f.contains("phone")) {
            return Masking.maskPhone(value);
        }
        if (f.endsWith("name") && (f.contains("visitor") || f.contains("applicant") || f.contains("reporter"))
                || f.equals("parties")) {
            return f.equals("parties") ? Masking.maskNames(value) : Masking.maskName(value);
        }
        return value;
    }
}
