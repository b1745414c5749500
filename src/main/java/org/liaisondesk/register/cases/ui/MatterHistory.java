package org.liaisondesk.register.cases.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * A case's history in words. {@link HistoryLines} does the common work (order, masking of parties) and labels
 * fields through the shared {@code field.*} keys; the case's own fields are then relabelled with their
 * {@code cases.field.*} labels, and stored values (enum names, ids, "LEAD:3") are turned into what the form
 * shows (公益诉讼, 区综治中心…, 线索#3).
 */
final class MatterHistory {
    private static final List<String> FIELDS = List.of("name", "businessLine", "businessId", "field", "problem",
            "officeNumber", "unifiedCode", "parties", "involvesMinor", "prosecutorId", "stationId", "acceptedOn",
            "concludedOn", "status", "summary", "links");

    private MatterHistory() {
    }

    static List<HistoryDialog.Line> lines(List<HistoryEntry> entries, List<ReferenceItem> businesses,
                                          List<Station> stations, List<Prosecutor> prosecutors) {
        Map<String, String> fieldByCommonLabel = new LinkedHashMap<>();
        for (String f : FIELDS) {
            fieldByCommonLabel.putIfAbsent(Messages.current().has("field." + f) ? Messages.tr("field." + f) : f, f);
        }
        Map<String, Function<String, String>> words = Map.of(
                "businessLine", v -> enumWords(v, BusinessLine.class, BusinessLine::messageKey),
                "field", v -> enumWords(v, SupervisionField.class, SupervisionField::messageKey),
                "status", v -> enumWords(v, MatterStatus.class, MatterStatus::messageKey),
                "businessId", v -> nameOf(v, businesses, ReferenceItem::id, ReferenceItem::name),
                "stationId", v -> nameOf(v, stations, Station::id, Station::name),
                "prosecutorId", v -> nameOf(v, prosecutors, Prosecutor::id, Prosecutor::name),
                "involvesMinor", v -> v.isEmpty() ? v : Messages.tr("true".equals(v) ? "cases.yes" : "cases.no"),
                "links", MatterHistory::linkWords);
        List<HistoryDialog.Line> result = new ArrayList<>();
        for (HistoryDialog.Line line : HistoryLines.of(entries)) {
            String f = fieldByCommonLabel.get(line.field());
            if (f == null) {
                result.add(line);
                continue;
            }
            String labelKey = "cases.field." + f;
            String label = Messages.current().has(labelKey) ? Messages.tr(labelKey) : line.field();
            Function<String, String> toWords = words.getOrDefault(f, Function.identity());
            result.add(new HistoryDialog.Line(line.at(), line.user(), line.action(), label,
                    toWords.apply(line.oldValue()), toWords.apply(line.newValue())));
        }
        return result;
    }

    private static <E extends Enum<E>> String enumWords(String value, Class<E> type, Function<E, String> key) {
        try {
            return value.isEmpty() ? value : Messages.tr(key.apply(Enum.valueOf(type, value)));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static <T> String nameOf(String value, List<T> items, Function<T, Long> id, Function<T, String> name) {
        for (T item : items) {
            if (String.valueOf(id.apply(item)).equals(value)) {
                return name.apply(item);
            }
        }
        return value;
    }

    /** "LEAD:3, VISIT:7" → 线索#3、接访#7. */
    static String linkWords(String value) {
        if (value.isBlank()) {
            return value;
        }
        List<String> parts = new ArrayList<>();
        for (String key : value.split(",")) {
            try {
                MatterLink link = MatterLink.parse(key.strip());
                parts.add(Messages.tr(link.kind().messageKey()) + "#" + link.recordId());
            } catch (IllegalArgumentException e) {
                parts.add(key.strip());
            }
        }
        return String.join("、", parts);
    }
}
