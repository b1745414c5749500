package org.liaisondesk.ladder.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.export.XlsxTableWriter;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.ladder.data.LadderLedger;
import org.liaisondesk.ladder.data.RecommendationRepository;
import org.liaisondesk.ladder.model.ChainLink;
import org.liaisondesk.ladder.model.DocumentNumberFormat;
import org.liaisondesk.ladder.model.DueItem;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.IssuedNumber;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderRules;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderTerms;
import org.liaisondesk.ladder.model.LinkSummary;
import org.liaisondesk.ladder.model.NumberScheme;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecipientRef;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.ladder.model.RecommendationRow;
import org.liaisondesk.ladder.model.RecommendationRules;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Refusal;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.settings.model.LadderSettings;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/**
 * The recommendation ladder's use cases: drafting, recording each step of a recommendation's life (each checked
 * by {@link LadderRules}, each one transaction with its history row), numbering at issue, the ladder picture,
 * what is due, and the issue register. Deadlines are counted over the current holiday calendar and settings; when
 * either changes, {@link #recomputeDeadlines()} brings the stored due dates up to date.
 */
public final class RecommendationService {
    private final Database db;
    private final RecommendationRepository recommendations;
    private final LadderLedger ledger;
    private final Supplier<Settings> settings;
    private final Supplier<DeadlineCalculator> calculator;
    private final Clock clock;

    public RecommendationService(Database db, LadderLedger ledger, Supplier<Settings> settings,
                                 Supplier<DeadlineCalculator> calculator, Clock clock) {
        this.db = db;
        this.ledger = ledger;
        this.recommendations = ledger.recommendations();
        this.settings = settings;
        this.calculator = calculator;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The periods of the current settings over the current holiday calendar. */
    public LadderTerms terms() {
        LadderSettings s = settings.get().getLadder();
        return new LadderTerms(s.getReplyMonths(), s.getUrgentReplyDays(), s.getReturnVisitDays(), calculator.get());
    }

    /** A new draft with today's date and the default objection period. */
    public Recommendation.Builder newDraft(Tier tier) {
        return Recommendation.builder().tier(tier).draftedOn(today())
                .objectionDays(settings.get().getLadder().getObjectionDays());
    }

    /** The number pattern a scheme uses now: the user's, or the built-in one. */
    public DocumentNumberFormat numberFormat(NumberScheme scheme) {
        LadderSettings.NumberFormatSetting set = settings.get().getLadder().getNumberFormats().get(scheme.name());
        return set == null ? new DocumentNumberFormat(scheme.defaultPattern(), scheme.defaultCode())
                : new DocumentNumberFormat(set.pattern(), set.code());
    }

    /**
     * Saves a new draft or changes one. The content of a document is fixed once approved; it may change again only
     * after an objection was upheld with 修改. Throws {@link ValidationException} (nothing written) for what the form
     * shows next to its fields, {@link UserFacingException} when the document may not be changed now.
     */
    public RecommendationDetail save(Recommendation input) {
        List<FieldProblem> problems = RecommendationRules.check(input);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.inTransaction(c -> {
            List<FieldProblem> found = new ArrayList<>();
            Optional<RecipientRef> recipient = recommendations.recipient(c, input.recipientId());
            if (recipient.isEmpty()) {
                found.add(new FieldProblem("recipientId", "common.validation.unknown"));
            }
            Recommendation r = input.superiorId() == null && recipient.isPresent()
                    ? input.toBuilder().superiorId(recipient.get().superiorId()).build() : input;
            if (r.superiorId() != null && recommendations.recipient(c, r.superiorId()).isEmpty()) {
                found.add(new FieldProblem("superiorId", "common.validation.unknown"));
            }
            for (long copy : r.copyToIds()) {
                if (recommendations.recipient(c, copy).isEmpty()) {
                    found.add(new FieldProblem("copyToIds", "common.validation.unknown"));
                    break;
                }
            }
            Recommendation stored = r.id() == null ? null : recommendations.find(c, r.id())
                    .orElseThrow(() -> new UserFacingException("ladder.gone"));
            Set<RecordLink> kept = new HashSet<>(stored == null ? List.of() : stored.links());
            for (RecordLink link : r.links()) {
                if (!kept.contains(link) && !recommendations.isLive(c, link)) {
                    found.add(new FieldProblem("links", "ladder.validation.linkGone"));
                    break;
                }
            }
            for (Escalation e : r.escalatesFrom()) {
                Optional<Tier> earlier = recommendations.tierOf(c, e.earlierId());
                if (earlier.isEmpty()) {
                    found.add(new FieldProblem("escalatesFrom", "common.validation.unknown"));
                    break;
                }
                if (earlier.get().ordinal() >= r.tier().ordinal()) {
                    found.add(new FieldProblem("escalatesFrom", "ladder.validation.escalateUp"));
                    break;
                }
            }
            if (!found.isEmpty()) {
                throw new ValidationException(found);
            }
            if (stored == null) {
                Recommendation saved = recommendations.insert(c, r);
                return new RecommendationDetail(saved, "", List.of(), LadderState.DRAFT);
            }
            List<LadderEvent> history = ledger.events(c, r.id());
            if (!contentMayChange(history)) {
                throw new UserFacingException("ladder.save.locked");
            }
            String number = recommendations.number(c, r.id());
            LadderState state = LadderState.fold(stored, history, terms());
            Recommendation saved = recommendations.update(c, r, number, state);
            return new RecommendationDetail(saved, number, history, state);
        });
    }

    /** A draft, or a document whose objection was just upheld with an amendment. */
    public static boolean contentMayChange(List<LadderEvent> history) {
        if (history.isEmpty()) {
            return true;
        }
        LadderEvent last = history.get(history.size() - 1);
        return last.kind() == EventKind.OBJECTION_REVIEWED && last.reviewResult() == ReviewResult.AMEND;
    }

    public Optional<RecommendationDetail> find(long id) {
        return db.read(c -> ledger.detail(c, id, terms()));
    }


    /** Whether the step could be recorded now, and if not why; nothing is written. */
    public Optional<Refusal> check(long id, LadderEvent event) {
        return db.read(c -> {
            RecommendationDetail d = ledger.live(c, id, terms());
            return LadderRules.refusal(d.recommendation(), d.state(), event, today());
        });
    }

    /** The number the document would get if it were issued on {@code on}; nothing is reserved. */
    public String previewNumber(long id, LocalDate on) {
        return db.read(c -> {
            Recommendation r = recommendations.find(c, id).orElseThrow(() -> new UserFacingException("ladder.gone"));
            return ledger.nextNumber(c, checkedFormat(r), office(), on.getYear()).number();
        });
    }


    private String office() {
        String office = settings.get().getOfficeAbbreviation();
        if (office.isEmpty()) {
            throw new UserFacingException("ladder.number.noOffice");
        }
        return office;
    }

    /** The document's number pattern, refused with the reason when the user's pattern cannot work. */
    private DocumentNumberFormat checkedFormat(Recommendation r) {
        NumberScheme scheme = NumberScheme.of(r.tier(), r.type());
        DocumentNumberFormat format = numberFormat(scheme);
        List<Refusal> problems = format.problems();
        if (!problems.isEmpty()) {
            Refusal first = problems.get(0);
            throw new UserFacingException("ladder.number.badPattern", Messages.tr(scheme.messageKey()),
                    Messages.tr(first.messageKey(), first.args()));
        }
        return format;
    }

    /**
     * Records one step. Refused steps throw {@link UserFacingException} with the reason and change nothing. At
     * issue the document gets its number, and every earlier document it escalates from is marked escalated.
     */
    public RecommendationDetail record(long id, LadderEvent event) {
        return db.inTransaction(c -> {
            RecommendationDetail d = ledger.live(c, id, terms());
            Optional<Refusal> refusal = LadderRules.refusal(d.recommendation(), d.state(), event, today());
            if (refusal.isPresent()) {
                if (event.kind() == EventKind.APPROVED && refusal.get().messageKey().equals("ladder.refused.incomplete")) {
                    throw new UserFacingException("ladder.refused.incompleteFields",
                            missingFields(LadderRules.readyForApproval(d.recommendation())));
                }
                throw new UserFacingException(refusal.get().messageKey(), localized(refusal.get().args()));
            }
            String number = d.number();
            if (event.kind() == EventKind.ISSUED) {
                LadderLedger.Numbered n = ledger.nextNumber(c, checkedFormat(d.recommendation()), office(),
                        event.on().getYear());
                ledger.register(c, n, id, event.on());
                number = n.number();
            }
            ledger.append(c, d, event, number, terms());
            if (event.kind() == EventKind.ISSUED) {
                for (Escalation e : d.recommendation().escalatesFrom()) {
                    ledger.markEscalated(c, e.earlierId(), id, event.on(), today(), terms());
                }
            }
            return ledger.detail(c, id, terms()).orElseThrow();
        });
    }


    /**
     * Takes back the step recorded last. An issue is never taken back (its number is never given again: withdraw
     * the document instead), nor an escalation (it follows the later document's issue).
     */
    public RecommendationDetail undoLast(long id) {
        return db.inTransaction(c -> {
            RecommendationDetail d = ledger.live(c, id, terms());
            if (d.events().isEmpty()) {
                throw new UserFacingException("ladder.undo.nothing");
            }
            LadderEvent last = d.events().get(d.events().size() - 1);
            if (last.kind() == EventKind.ISSUED) {
                throw new UserFacingException("ladder.undo.issued", d.number());
            }
            if (last.kind() == EventKind.ESCALATED) {
                throw new UserFacingException("ladder.undo.escalated");
            }
            ledger.removeLast(c, d, terms());
            return ledger.detail(c, id, terms()).orElseThrow();
        });
    }


    private static String missingFields(List<FieldProblem> problems) {
        return problems.stream().map(p -> Messages.tr("ladder.field." + p.field())).distinct()
                .collect(Collectors.joining("、"));
    }

    /** Message keys among the arguments (a status's key) are shown as their text. */
    private static Object[] localized(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.startsWith("ladder.")) {
                out[i] = Messages.tr(s);
            }
        }
        return out;
    }

    /** The cases and leads the document is about, for its page: cases first, deleted ones marked. */
    public List<LinkSummary> describeLinks(long id) {
        return db.read(c -> recommendations.describeLinks(c, id));
    }

    /** Names of recipient organisations by id (deleted ones too: a document keeps naming them). */
    public Map<Long, String> recipientNames(Collection<Long> ids) {
        return db.read(c -> recommendations.recipientNames(c, ids));
    }

    /** How many days ahead a reply counts as due soon (the reminder lead time of the settings). */
    public int dueSoonDays() {
        return settings.get().getLadder().getDueSoonDays();
    }

    /**
     * A refusal in words, the way {@link #record} reports it: an incomplete draft names the fields it lacks, and
     * a status among the arguments is shown by its name.
     */
    public static String explain(Recommendation r, Refusal refusal) {
        if (refusal.messageKey().equals("ladder.refused.incomplete")) {
            return Messages.tr("ladder.refused.incompleteFields", missingFields(LadderRules.readyForApproval(r)));
        }
        return Messages.tr(refusal.messageKey(), localized(refusal.args()));
    }

    /** The documents around this one on the ladder, lowest tier first. */
    public List<ChainLink> chain(long id) {
        return db.read(c -> recommendations.chain(c, id));
    }

    public Page<RecommendationRow> page(RecommendationQuery query) {
        return db.read(c -> recommendations.page(c, query));
    }

    public long count(RecommendationQuery query) {
        return db.read(c -> recommendations.count(c, query));
    }

    public long countLive() {
        return db.read(recommendations::countLive);
    }

    /** What is due on the ladder by {@code asOf} plus the reminder lead time of the settings. */
    public List<DueItem> due(LocalDate asOf) {
        int soon = settings.get().getLadder().getDueSoonDays();
        return db.read(c -> recommendations.due(c, asOf, soon));
    }

    public List<HistoryEntry> history(long id) {
        return db.read(c -> AuditLog.history(c, RecommendationRepository.ENTITY, id));
    }

    /**
     * Moves drafts to the recycle bin, all in one transaction. A numbered document is never deleted (its number
     * must stay in the issue register with it): withdraw it instead.
     */
    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                String number = recommendations.number(c, id);
                if (!number.isEmpty()) {
                    throw new UserFacingException("ladder.delete.numbered", number);
                }
                recommendations.softDelete(c, id);
            }
        });
    }

    public void restore(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                recommendations.restore(c, id);
            }
        });
    }

    /**
     * Writes every recommendation of the query (all pages, in the list's order, live ones or the recycle bin) to an
     * .xlsx file and records the export in the audit log; returns the rows written. No personal data in it.
     */
    public long export(RecommendationQuery query, Path target, boolean overwrite) {
        String sheet = Messages.tr(query.recycleBin() ? "ladder.list.recycleBinTitle" : "ladder.list.title");
        return AuditedExport.write(db, recommendations.audit(), RecommendationRepository.ENTITY, target, sheet,
                exportColumns(),
                sink -> Pages.forEach(cursor -> page(query.after(cursor).withLimit(Pages.BATCH)), sink),
                false, query, overwrite);
    }

    private static List<ExportColumn<RecommendationRow>> exportColumns() {
        return List.of(
                ExportColumn.text(Messages.tr("ladder.field.number"), RecommendationRow::number),
                ExportColumn.text(Messages.tr("ladder.field.tier"), r -> Messages.tr(r.tier().messageKey())),
                ExportColumn.text(Messages.tr("ladder.field.type"), r -> Messages.tr(r.type().messageKey())),
                ExportColumn.text(Messages.tr("ladder.field.title"), RecommendationRow::title),
                ExportColumn.text(Messages.tr("ladder.field.recipientId"), RecommendationRow::recipientName),
                ExportColumn.text(Messages.tr("ladder.field.status"), r -> Messages.tr(r.status().messageKey())),
                ExportColumn.text(Messages.tr("ladder.field.urgent"),
                        r -> r.urgent() ? Messages.tr("common.yes") : ""),
                ExportColumn.date(Messages.tr("ladder.field.draftedOn"), RecommendationRow::draftedOn),
                ExportColumn.date(Messages.tr("ladder.field.servedOn"), RecommendationRow::servedOn),
                ExportColumn.date(Messages.tr("ladder.field.replyDueOn"), RecommendationRow::replyDueOn),
                ExportColumn.date(Messages.tr("ladder.field.repliedOn"), RecommendationRow::repliedOn),
                ExportColumn.text(Messages.tr("ladder.field.replyOutcome"),
                        r -> r.replyOutcome() == null ? "" : Messages.tr(r.replyOutcome().messageKey())),
                ExportColumn.text(Messages.tr("ladder.field.rectification"),
                        r -> r.rectification() == null ? "" : Messages.tr(r.rectification().messageKey())));
    }

    /** The issue register of a year (all years when null), in the order the numbers were given. */
    public List<IssuedNumber> numbers(Integer year) {
        return db.read(c -> ledger.numbers().register(c, year));
    }

    /** The years that have numbers in the issue register, the latest first (the register's year choice). */
    public List<Integer> numberYears() {
        return db.read(c -> ledger.numbers().years(c));
    }

    /** Writes the issue register of a year to an .xlsx file; returns the rows written. No personal data in it. */
    public long exportNumbers(Integer year, Path target, boolean overwrite) {
        List<IssuedNumber> rows = numbers(year);
        List<ExportColumn<IssuedNumber>> columns = List.of(
                ExportColumn.text(Messages.tr("ladder.field.number"), IssuedNumber::number),
                ExportColumn.date(Messages.tr("ladder.field.issuedOn"), IssuedNumber::issuedOn),
                ExportColumn.text(Messages.tr("ladder.field.tier"), n -> Messages.tr(n.tier().messageKey())),
                ExportColumn.text(Messages.tr("ladder.field.type"), n -> Messages.tr(n.type().messageKey())),
                ExportColumn.text(Messages.tr("ladder.field.title"), IssuedNumber::title),
                ExportColumn.text(Messages.tr("ladder.field.recipientId"), IssuedNumber::recipientName),
                ExportColumn.text(Messages.tr("ladder.field.status"), n -> Messages.tr(n.status().messageKey())));
        String sheet = Messages.tr("ladder.numbers.title");
        return XlsxTableWriter.write(target, sheet, columns, sink -> rows.forEach(sink), overwrite);
    }

    /**
     * Re-counts the stored deadlines of every served, unfinished document over the current calendar and settings
     * (after the holiday calendar or the periods changed), in one transaction. Returns how many changed.
     */
    public int recomputeDeadlines() {
        return db.inTransaction(c -> ledger.recomputeDeadlines(c, terms()));
    }

}
