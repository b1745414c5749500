package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.ladder.model.ChainLink;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.LinkSummary;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.service.RecommendationService;

/**
 * Everything a recommendation's page shows, already in words: worked out away from the JavaFX thread from the
 * document, its ladder, its links and which steps make sense now, then handed to the view in one piece.
 *
 * @param refusals the offered steps that make no sense now, with the reason (in the order of {@code steps})
 * @param contentEditable the content may be changed (a draft, or after an objection was upheld with 修改)
 */
public record RecommendationPageContent(
        long id,
        String numberText,
        String tierText,
        String typeText,
        String title,
        LadderStatus status,
        String statusText,
        ChainViewPalette tone,
        boolean urgent,
        String recipient,
        String superior,
        String copyTo,
        List<DateLine> dates,
        String problemSource,
        String facts,
        String violation,
        List<String> items,
        String legalBasis,
        List<String> links,
        List<TimelineLine> timeline,
        List<ChainView.ChainMember> chain,
        List<EventKind> steps,
        Map<EventKind, String> refusals,
        boolean contentEditable,
        String lastStep) {

    /** How a date line is emphasised: a deadline passed, or close. */
    public enum Emphasis { NONE, SOON, OVERDUE }

    /** One of the key dates: label, the date (or —), and a note such as "已逾期 3 天". */
    public record DateLine(String label, String value, String note, Emphasis emphasis) {
    }

    /** One step of the document's life, in words. */
    public record TimelineLine(String date, String what, String details) {
    }

    /** What the page needs besides the document itself. */
    record Context(List<ChainView.ChainMember> chain, List<LinkSummary> links, Map<Long, String> recipientNames,
                   List<EventKind> steps, Map<EventKind, String> refusals, LocalDate today, int dueSoonDays) {
    }

    static RecommendationPageContent of(RecommendationDetail d, Context c) {
        Recommendation r = d.recommendation();
        LadderState s = d.state();
        String copies = r.copyToIds().stream().map(id -> name(c.recipientNames(), id))
                .collect(Collectors.joining("、"));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            items.add((i + 1) + ". " + r.items().get(i));
        }
        String lastStep = d.events().isEmpty() ? ""
                : stepName(d.events().get(d.events().size() - 1).kind()) + "（" + d.events().get(d.events().size() - 1).on() + "）";
        return new RecommendationPageContent(r.id(),
                d.number().isEmpty() ? Messages.tr("ladder.page.unnumbered") : d.number(),
                Messages.tr(r.tier().messageKey()), Messages.tr(r.type().messageKey()), r.title(), s.status(),
                Messages.tr(s.status().messageKey()), ChainViewPalette.of(s, c.today()), r.urgent(),
                r.recipientId() == null ? "" : name(c.recipientNames(), r.recipientId()),
                r.superiorId() == null ? "" : name(c.recipientNames(), r.superiorId()), copies,
                dates(r, s, c.today(), c.dueSoonDays()), r.problemSource(), r.facts(), r.violation(), items,
                r.legalBasis(), linkLines(c.links()), timeline(d, c.chain()), c.chain(), c.steps(), c.refusals(),
                RecommendationService.contentMayChange(d.events()), lastStep);
    }

    private static String name(Map<Long, String> names, long id) {
        return names.getOrDefault(id, "#" + id);
    }

    static String stepName(EventKind kind) {
        return Messages.tr("ladder.step." + kind.name());
    }

    static List<DateLine> dates(Recommendation r, LadderState s, LocalDate today, int dueSoonDays) {
        boolean waitingForReply = s.repliedOn() == null
                && (s.status() == LadderStatus.SERVED || s.status() == LadderStatus.UNDER_REVIEW);
        boolean visitExpected = !s.status().isFinished() && s.status() != LadderStatus.ESCALATED;
        List<DateLine> lines = new ArrayList<>();
        lines.add(plain("ladder.field.draftedOn", r.draftedOn()));
        lines.add(plain("ladder.page.date.approvedOn", s.approvedOn()));
        lines.add(plain("ladder.field.issuedOn", s.issuedOn()));
        lines.add(plain("ladder.field.servedOn", s.servedOn()));
        lines.add(due(r.urgent() ? "ladder.page.date.replyDueUrgent" : "ladder.field.replyDueOn", s.replyDueOn(),
                waitingForReply, today, dueSoonDays));
        lines.add(due("ladder.page.date.objectionUntil", s.objectionUntil(), false, today, dueSoonDays));
        lines.add(new DateLine(Messages.tr("ladder.field.repliedOn"), text(s.repliedOn()),
                s.replyOutcome() == null ? "" : Messages.tr(s.replyOutcome().messageKey()), Emphasis.NONE));
        lines.add(due("ladder.page.date.returnVisitDueOn", s.returnVisitDueOn(), visitExpected, today, dueSoonDays));
        if (s.lastReturnVisitOn() != null) {
            lines.add(plain("ladder.page.date.lastReturnVisitOn", s.lastReturnVisitOn()));
        }
        if (s.rectification() != null) {
            List<String> notes = new ArrayList<>();
            if (s.sectorWide()) {
                notes.add(Messages.tr("ladder.timeline.sectorWide"));
            }
            if (s.longTermMechanism()) {
                notes.add(Messages.tr("ladder.timeline.longTerm"));
            }
            lines.add(new DateLine(Messages.tr("ladder.field.rectification"),
                    Messages.tr(s.rectification().messageKey()), String.join("；", notes), Emphasis.NONE));
        }
        if (s.filedOn() != null) {
            lines.add(plain("ladder.field.filedOn", s.filedOn()));
        }
        return lines;
    }

    private static DateLine plain(String labelKey, LocalDate date) {
        return new DateLine(Messages.tr(labelKey), text(date), "", Emphasis.NONE);
    }

    /** A deadline with "已逾期 N 天" / "今日到期" / "还剩 N 天" while it is still running. */
    private static DateLine due(String labelKey, LocalDate date, boolean running, LocalDate today, int soonDays) {
        if (date == null || !running) {
            return plain(labelKey, date);
        }
        long left = DeadlineStatus.daysLeft(date, today);
        String note = left < 0 ? Messages.tr("ladder.page.overdueDays", -left)
                : left == 0 ? Messages.tr("common.deadline.dueToday") : Messages.tr("ladder.page.daysLeft", left);
        Emphasis emphasis = left < 0 ? Emphasis.OVERDUE : left <= soonDays ? Emphasis.SOON : Emphasis.NONE;
        return new DateLine(Messages.tr(labelKey), date.toString(), note, emphasis);
    }

    private static String text(LocalDate date) {
        return date == null ? Messages.tr("ladder.page.none") : date.toString();
    }

    static List<String> linkLines(List<LinkSummary> links) {
        List<String> lines = new ArrayList<>();
        for (LinkSummary l : links) {
            String kind = Messages.tr(l.link().kind() == RecordLink.Kind.MATTER ? "ladder.page.link.MATTER"
                    : "ladder.page.link.LEAD");
            String line = l.date() == null && l.text().isEmpty()
                    ? Messages.tr("ladder.page.link.gone", kind, String.valueOf(l.link().recordId()))
                    : kind + "　" + (l.date() == null ? "" : l.date() + "　") + l.text();
            lines.add(l.deleted() && !l.text().isEmpty() ? line + Messages.tr("ladder.page.link.deleted") : line);
        }
        return lines;
    }

    static List<TimelineLine> timeline(RecommendationDetail d, List<ChainView.ChainMember> chain) {
        List<TimelineLine> lines = new ArrayList<>();
        for (LadderEvent e : d.events()) {
            lines.add(new TimelineLine(e.on().toString(), Messages.tr(e.kind().messageKey()), details(e, d, chain)));
        }
        return lines;
    }

    /** What a step recorded, in a sentence: who approved, how it was served, what the reply said … */
    static String details(LadderEvent e, RecommendationDetail d, List<ChainView.ChainMember> chain) {
        List<String> parts = new ArrayList<>();
        switch (e.kind()) {
            case APPROVED -> parts.add(Messages.tr("ladder.timeline.approver",
                    e.approverKind() == null ? "" : Messages.tr(e.approverKind().messageKey()), e.person()));
            case ISSUED -> parts.add(d.number().isEmpty() ? "" : Messages.tr("ladder.timeline.number", d.number()));
            case SERVED -> parts.add(e.serviceMethod() == null ? "" : Messages.tr(e.serviceMethod().messageKey()));
            case REPLIED -> {
                parts.add(e.replyOutcome() == null ? "" : Messages.tr(e.replyOutcome().messageKey()));
                parts.add(e.text());
            }
            case OBJECTION_REVIEWED -> {
                parts.add(e.reviewResult() == null ? "" : Messages.tr(e.reviewResult().messageKey()));
                parts.add(e.text());
            }
            case RETURN_VISIT -> {
                parts.add(e.visitMethod());
                parts.add(e.text());
            }
            case RECTIFICATION_VERIFIED -> {
                parts.add(e.rectification() == null ? "" : Messages.tr(e.rectification().messageKey()));
                if (e.sectorWide()) {
                    parts.add(Messages.tr("ladder.timeline.sectorWide"));
                }
                if (e.longTermMechanism()) {
                    parts.add(Messages.tr("ladder.timeline.longTerm"));
                }
            }
            case ESCALATED -> parts.add(Messages.tr("ladder.timeline.escalatedTo", later(e.relatedId(), chain)));
            case OBJECTION_RAISED, FILED, CLOSED, LAWSUIT_FILED, WITHDRAWN -> parts.add(e.text());
        }
        if (e.causeAboveRecipient()) {
            parts.add(Messages.tr("ladder.escalationReason.CAUSE_ABOVE_RECIPIENT"));
        }
        return parts.stream().filter(p -> !p.isEmpty()).collect(Collectors.joining("；"));
    }

    private static String later(Long id, List<ChainView.ChainMember> chain) {
        if (id == null) {
            return "";
        }
        for (ChainView.ChainMember m : chain) {
            ChainLink l = m.link();
            if (l.id() == id) {
                return Messages.tr(l.tier().messageKey()) + " " + ChainView.numberText(l) + " " + l.title();
            }
        }
        return "#" + id;
    }
}
