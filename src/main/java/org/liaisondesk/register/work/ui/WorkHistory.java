package org.liaisondesk.register.work.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.text.Money;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;

/**
 * An activity's history in words. The audit rows hold stored values (kind names, fen, ids, the panel and the
 * log as JSON); they are turned into what the form shows before {@link HistoryLines} masks personal data and
 * orders the lines, and the fields without a shared {@code field.*} label get the work form's own label.
 */
final class WorkHistory {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The names that stand for stored ids. */
    record Names(List<Station> stations, List<Prosecutor> prosecutors, Map<Long, String> matters) {
    }

    private WorkHistory() {
    }

    /** The case ids that occur in the history, so that their names can be looked up first. */
    static Set<Long> matterIds(List<HistoryEntry> entries) {
        Set<Long> ids = new LinkedHashSet<>();
        for (HistoryEntry e : entries) {
            for (HistoryEntry.FieldChange ch : e.changes()) {
                if (ch.field().equals("matterId")) {
                    for (String v : List.of(ch.oldValue(), ch.newValue())) {
                        if (v.matches("\\d+")) {
                            ids.add(Long.valueOf(v));
                        }
                    }
                }
            }
        }
        return ids;
    }

    static List<HistoryDialog.Line> lines(List<HistoryEntry> entries, Names names) {
        List<HistoryEntry> readable = new ArrayList<>();
        for (HistoryEntry e : entries) {
            List<HistoryEntry.FieldChange> changes = new ArrayList<>();
            for (HistoryEntry.FieldChange ch : e.changes()) {
                changes.add(new HistoryEntry.FieldChange(ch.field(), readable(ch.field(), ch.oldValue(), names),
                        readable(ch.field(), ch.newValue(), names)));
            }
            readable.add(new HistoryEntry(e.at(), e.user(), e.action(), changes));
        }
        return HistoryLines.of(readable).stream().map(WorkHistory::relabel).toList();
    }

    /** A field HistoryLines could not name (no shared label) is named with the work form's label. */
    private static HistoryDialog.Line relabel(HistoryDialog.Line line) {
        String key = "work.field." + line.field();
        if (!Messages.current().has("field." + line.field()) && Messages.current().has(key)) {
            return new HistoryDialog.Line(line.at(), line.user(), line.action(), Messages.tr(key), line.oldValue(),
                    line.newValue());
        }
        return line;
    }

    static String readable(String field, String value, Names names) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "kind" -> Messages.tr(WorkKind.valueOf(value).messageKey());
            case WorkActivity.AMOUNT_APPROVED, WorkActivity.AMOUNT_PAID -> Money.formatYuan(Long.parseLong(value));
            case WorkActivity.RESOLVED, "involvesMinor" -> Messages.tr("true".equals(value) ? "work.history.yes" : "work.history.no");
            case "stationId" -> name(value, names.stations(), Station::id, Station::name);
            case "prosecutorId" -> name(value, names.prosecutors(), Prosecutor::id, Prosecutor::name);
            case "matterId" -> names.matters().getOrDefault(Long.valueOf(value), value);
            case WorkActivity.PANEL -> panel(value);
            case WorkActivity.SERVICE_LOG -> serviceLog(value);
            default -> value;
        };
    }

    private static <T> String name(String id, List<T> items, Function<T, Long> idOf, Function<T, String> nameOf) {
        return items.stream().filter(i -> id.equals(String.valueOf(idOf.apply(i)))).map(nameOf).findFirst().orElse(id);
    }

    private static String panel(String json) {
        List<String> members = new ArrayList<>();
        for (JsonNode m : parse(json)) {
            String role = m.path("role").asText("");
            members.add(role.isEmpty() ? m.path("name").asText() : Messages.tr("work.editor.panelMember",
                    m.path("name").asText(), role));
        }
        return String.join("、", members);
    }

    private static String serviceLog(String json) {
        List<String> sessions = new ArrayList<>();
        for (JsonNode s : parse(json)) {
            String line = Messages.tr("work.history.session", s.path("doneOn").asText(), s.path("hours").asInt());
            String note = s.path("note").asText("");
            sessions.add(note.isEmpty() ? line : line + " " + note);
        }
        return String.join("；", sessions);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createArrayNode();
        }
    }
}
