package org.liaisondesk.ladder.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.Station;

/**
 * A recommendation's history in words: stored values (enum names, ids, "MATTER:12", "5:NOT_REPLIED") are turned
 * into what the form shows (社会治理检察建议, 清溪镇人民政府, 案件#12, 崇检建〔2026〕3号（逾期未回复）) before
 * {@link HistoryLines} labels the fields with {@code ladder.field.*}. Names are looked up once per id, so this runs
 * in the background.
 */
final class RecommendationEditorHistory {
    private final LongFunction<Optional<Recipient>> recipients;
    private final LongFunction<Optional<RecommendationDetail>> documents;
    private final List<Station> stations;
    private final List<Prosecutor> prosecutors;
    private final Map<Long, String> recipientNames = new HashMap<>();
    private final Map<Long, String> documentNames = new HashMap<>();

    RecommendationEditorHistory(LongFunction<Optional<Recipient>> recipients,
                                LongFunction<Optional<RecommendationDetail>> documents, List<Station> stations,
                                List<Prosecutor> prosecutors) {
        this.recipients = recipients;
        this.documents = documents;
        this.stations = List.copyOf(stations);
        this.prosecutors = List.copyOf(prosecutors);
    }

    List<HistoryDialog.Line> lines(List<HistoryEntry> entries) {
        Map<String, Function<String, String>> words = new HashMap<>();
        words.put("tier", v -> enumWords(v, Tier.class, Tier::messageKey));
        words.put("type", v -> enumWords(v, RecommendationType.class, RecommendationType::messageKey));
        words.put("businessLine", v -> enumWords(v, BusinessLine.class, BusinessLine::messageKey));
        words.put("field", v -> enumWords(v, SupervisionField.class, SupervisionField::messageKey));
        words.put("status", v -> enumWords(v, LadderStatus.class, LadderStatus::messageKey));
        words.put("replyOutcome", v -> enumWords(v, ReplyOutcome.class, ReplyOutcome::messageKey));
        words.put("rectification", v -> enumWords(v, Rectification.class, Rectification::messageKey));
        words.put("urgent", v -> v.isEmpty() ? v : Messages.tr("true".equals(v) ? "common.yes" : "ladder.history.no"));
        words.put("recipientId", this::recipientName);
        words.put("superiorId", this::recipientName);
        words.put("copyToIds", v -> eachOf(v, this::recipientName));
        words.put("stationId", v -> nameOf(v, stations, Station::id, Station::name));
        words.put("prosecutorId", v -> nameOf(v, prosecutors, Prosecutor::id, Prosecutor::name));
        words.put("links", v -> eachOf(v, RecommendationEditorHistory::linkWords));
        words.put("escalatesFrom", v -> eachOf(v, this::escalationWords));
        List<HistoryEntry> inWords = new ArrayList<>();
        for (HistoryEntry e : entries) {
            List<HistoryEntry.FieldChange> changes = e.changes().stream()
                    .map(c -> {
                        Function<String, String> w = words.getOrDefault(c.field(), Function.identity());
                        return new HistoryEntry.FieldChange(c.field(), w.apply(nz(c.oldValue())),
                                w.apply(nz(c.newValue())));
                    }).toList();
            inWords.add(new HistoryEntry(e.at(), e.user(), e.action(), changes));
        }
        return HistoryLines.of(inWords, "ladder.field.", "field.");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String recipientName(String value) {
        Long id = parseId(value);
        return id == null ? value : recipientNames.computeIfAbsent(id,
                k -> recipients.apply(k).map(Recipient::name).orElse(value));
    }

    /** "5:NOT_REPLIED" → the earlier document's number (or title) and the reason in words. */
    private String escalationWords(String value) {
        int colon = value.indexOf(':');
        Long id = colon < 0 ? null : parseId(value.substring(0, colon));
        if (id == null) {
            return value;
        }
        String document = documentNames.computeIfAbsent(id, k -> documents.apply(k)
                .map(d -> d.number().isEmpty() ? d.recommendation().title() : d.number()).orElse("#" + k));
        return document + "（" + enumWords(value.substring(colon + 1), EscalationReason.class,
                EscalationReason::messageKey) + "）";
    }

    /** "MATTER:12" → 案件#12. */
    private static String linkWords(String value) {
        int colon = value.indexOf(':');
        try {
            RecordLink.Kind kind = RecordLink.Kind.valueOf(value.substring(0, Math.max(0, colon)));
            return Messages.tr("ladder.picker.kind." + kind.name()) + "#" + value.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String eachOf(String value, Function<String, String> words) {
        if (value.isBlank()) {
            return value;
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(words)
                .collect(Collectors.joining("、"));
    }

    private static Long parseId(String value) {
        try {
            return value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
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
}
