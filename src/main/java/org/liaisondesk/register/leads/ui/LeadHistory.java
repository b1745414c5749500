package org.liaisondesk.register.leads.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * Puts a lead's audit history into words before {@link org.liaisondesk.common.ui.HistoryLines} lays it out: field
 * names become the form's labels ({@code leads.field.*}), enum names their Chinese names, station and prosecutor
 * ids their names. The reporter's name and phone are masked here, as the history dialog masks personal data.
 */
final class LeadHistory {
    private LeadHistory() {
    }

    static List<HistoryEntry> readable(List<HistoryEntry> entries, List<Station> stations, List<Prosecutor> prosecutors) {
        Map<String, String> stationNames = stations.stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.id()), Station::name, (a, b) -> a));
        Map<String, String> prosecutorNames = prosecutors.stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.id()), Prosecutor::name, (a, b) -> a));
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry e : entries) {
            List<HistoryEntry.FieldChange> changes = new ArrayList<>();
            for (HistoryEntry.FieldChange ch : e.changes()) {
                Function<String, String> words = switch (ch.field()) {
                    case "reporterName" -> Masking::maskName;
                    case "reporterPhone" -> Masking::maskPhone;
                    case "source" -> v -> Messages.tr(LeadSource.valueOf(v).messageKey());
                    case "triage" -> v -> Messages.tr(Triage.valueOf(v).messageKey());
                    case "field" -> v -> Messages.tr(SupervisionField.valueOf(v).messageKey());
                    case "stationId" -> v -> stationNames.getOrDefault(v, v);
                    case "prosecutorId" -> v -> prosecutorNames.getOrDefault(v, v);
                    default -> Function.identity();
                };
                changes.add(new HistoryEntry.FieldChange(LeadEditorViewModel.label(ch.field()),
                        inWords(ch.oldValue(), words), inWords(ch.newValue(), words)));
            }
            out.add(new HistoryEntry(e.at(), e.user(), e.action(), changes));
        }
        return out;
    }

    private static String inWords(String stored, Function<String, String> words) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        try {
            return words.apply(stored);
        } catch (IllegalArgumentException unknownName) {
            return stored;
        }
    }
}
