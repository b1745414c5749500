package org.liaisondesk.ladder.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.ladder.model.DocumentNumberFormat;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderRules;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderTerms;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;

/**
 * The steps that touch a recommendation, its events and the issue register together, inside the caller's
 * transaction: reading a document with its folded state, appending a step with the state it leads to, numbering,
 * marking earlier documents escalated, and re-counting stored deadlines.
 */
public final class LadderLedger {
    private final RecommendationRepository recommendations;
    private final LadderEventRepository events;
    private final DocumentNumberRepository numbers;

    public LadderLedger(RecommendationRepository recommendations, LadderEventRepository events,
                        DocumentNumberRepository numbers) {
        this.recommendations = recommendations;
        this.events = events;
        this.numbers = numbers;
    }

    public RecommendationRepository recommendations() {
        return recommendations;
    }

    public DocumentNumberRepository numbers() {
        return numbers;
    }

    public Optional<RecommendationDetail> detail(Connection c, long id, LadderTerms terms) throws SQLException {
        Optional<Recommendation> r = recommendations.find(c, id);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        List<LadderEvent> list = events.list(c, id);
        return Optional.of(new RecommendationDetail(r.get(), recommendations.number(c, id), list,
                LadderState.fold(r.get(), list, terms)));
    }

    /** The document, when it exists and is not in the recycle bin; otherwise "ladder.gone". */
    public RecommendationDetail live(Connection c, long id, LadderTerms terms) throws SQLException {
        if (recommendations.isDeleted(c, id)) {
            throw new UserFacingException("ladder.gone");
        }
        return detail(c, id, terms).orElseThrow(() -> new UserFacingException("ladder.gone"));
    }

    public List<LadderEvent> events(Connection c, long id) throws SQLException {
        return events.list(c, id);
    }

    /** Appends an accepted step and stores the state it leads to; {@code number} is the number after it. */
    public void append(Connection c, RecommendationDetail d, LadderEvent event, String number, LadderTerms terms)
            throws SQLException {
        events.insert(c, d.id(), event);
        recommendations.writeState(c, d.recommendation(), d.number(), d.state(), number,
                d.state().apply(d.recommendation(), event, terms));
    }

    /** Takes the last step back and stores the state before it. */
    public void removeLast(Connection c, RecommendationDetail d, LadderTerms terms) throws SQLException {
        LadderEvent last = d.events().get(d.events().size() - 1);
        events.delete(c, last.id());
        List<LadderEvent> rest = d.events().subList(0, d.events().size() - 1);
        recommendations.writeState(c, d.recommendation(), d.number(), d.state(), d.number(),
                LadderState.fold(d.recommendation(), rest, terms));
    }

    /** A number with the next serial of its scope and year; nothing is reserved. */
    public Numbered nextNumber(Connection c, DocumentNumberFormat format, String office, int year) throws SQLException {
        String scope = format.scope(office, year);
        int serial = numbers.nextSerial(c, scope, year);
        String number = format.render(office, year, serial);
        while (numbers.exists(c, number)) {
            number = format.render(office, year, ++serial);
        }
        return new Numbered(number, scope, year, serial);
    }

    /** A number as it would be, or was, given. */
    public record Numbered(String number, String scope, int year, int serial) {
    }

    /** Enters the number in the issue register for the document. */
    public void register(Connection c, Numbered n, long recommendationId, LocalDate issuedOn) throws SQLException {
        numbers.insert(c, n.number(), n.scope(), n.year(), n.serial(), recommendationId, issuedOn);
    }

    /** The earlier document is now escalated, when its state allows (a closed one stays closed). */
    public void markEscalated(Connection c, long earlierId, long laterId, LocalDate on, LocalDate today,
                              LadderTerms terms) throws SQLException {
        Optional<RecommendationDetail> earlier = detail(c, earlierId, terms);
        if (earlier.isEmpty()) {
            return;
        }
        LadderEvent escalated = LadderEvent.of(EventKind.ESCALATED, on).relatedId(laterId).build();
        RecommendationDetail d = earlier.get();
        if (LadderRules.refusal(d.recommendation(), d.state(), escalated, today).isEmpty()) {
            append(c, d, escalated, d.number(), terms);
        }
    }

    /**
     * Re-counts the stored reply and return-visit due dates of every served, unfinished document; returns how
     * many changed.
     */
    public int recomputeDeadlines(Connection c, LadderTerms terms) throws SQLException {
        int changed = 0;
        for (long id : recommendations.servedAndOpen(c)) {
            RecommendationDetail d = detail(c, id, terms).orElseThrow();
            Map.Entry<LocalDate, LocalDate> stored = recommendations.storedDueDates(c, id);
            LadderState now = d.state();
            if (!Objects.equals(now.replyDueOn(), stored.getKey())
                    || !Objects.equals(now.returnVisitDueOn(), stored.getValue())) {
                LadderState before = new LadderState(now.status(), now.approvedOn(), now.issuedOn(), now.servedOn(),
                        stored.getKey(), now.objectionUntil(), now.repliedOn(), now.replyOutcome(),
                        now.objectionRejected(), now.rectification(), now.sectorWide(), now.longTermMechanism(),
                        now.causeAboveRecipient(), stored.getValue(), now.lastReturnVisitOn(), now.filedOn(),
                        now.lastEventOn());
                recommendations.writeState(c, d.recommendation(), d.number(), before, d.number(), now);
                changed++;
            }
        }
        return changed;
    }
}
