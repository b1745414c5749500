package org.liaisondesk.ladder.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.ladder.data.SuggestionRepository;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.RecipientRef;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationRules;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Suggestion;
import org.liaisondesk.ladder.model.SuggestionCandidate;
import org.liaisondesk.ladder.model.SuggestionDismissal;
import org.liaisondesk.ladder.model.SuggestionEvidence;
import org.liaisondesk.ladder.model.SuggestionGroup;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.ladder.model.SuggestionRules;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.settings.model.LadderSettings;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.storage.Database;

/**
 * The escalation suggestions (升级提示): works them out from the register (see {@link SuggestionRules} and
 * {@link SuggestionRepository}), leaves out the dismissed ones, turns an accepted one into a draft at the next tier
 * through {@link RecommendationService#save}, and remembers dismissals with their reason. Thresholds come from the
 * ladder settings (class-case threshold and window).
 */
public final class SuggestionService {
    /** Most reasons are one sentence; a dismissal reason is not a report. */
    public static final int REASON_MAX = 500;
    /** How many recipients the chooser offers when no regulator is known. */
    public static final int RECIPIENT_CHOICES = 500;

    private final Database db;
    private final SuggestionRepository repository;
    private final RecommendationService ladder;
    private final Supplier<Settings> settings;
    private final Clock clock;

    public SuggestionService(Database db, SuggestionRepository repository, RecommendationService ladder,
                             Supplier<Settings> settings, Clock clock) {
        this.db = db;
        this.repository = repository;
        this.ladder = ladder;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The suggestions standing on {@code asOf} that were not dismissed with the same evidence: class-case ones
     * (largest group first), then those about recommendations (next tier, special report, lawsuit; most overdue
     * first).
     */
    public List<Suggestion> suggestions(LocalDate asOf) {
        LadderSettings ls = settings.get().getLadder();
        int months = ls.getClassCaseWindowMonths();
        int threshold = ls.getClassCaseThreshold();
        return db.read(c -> {
            Set<String> dismissed = repository.dismissedKeys(c);
            List<Suggestion> found = new ArrayList<>();
            Map<SupervisionField, Optional<RecipientRef>> regulators = new EnumMap<>(SupervisionField.class);
            for (SuggestionGroup g : repository.repeatedProblems(c, asOf.minusMonths(months), asOf, threshold)) {
                String key = SuggestionRules.evidenceKey(g.records(), null);
                if (!dismissed.contains(SuggestionRepository.dismissedKey(SuggestionRule.CLASS_CASE, key))) {
                    if (!regulators.containsKey(g.field())) {
                        regulators.put(g.field(), repository.regulator(c, g.field()));
                    }
                    found.add(classCase(g, key, months, asOf, regulators.get(g.field())));
                }
            }
            List<Suggestion> ladderSteps = new ArrayList<>();
            for (SuggestionCandidate candidate : repository.candidates(c, asOf)) {
                for (SuggestionRules.Finding f : SuggestionRules.findings(candidate, asOf)) {
                    String key = SuggestionRules.evidenceKey(List.of(candidate.asEvidence()), f.reason());
                    if (dismissed.contains(SuggestionRepository.dismissedKey(f.rule(), key))) {
                        continue;
                    }
                    List<SuggestionEvidence> evidence = new ArrayList<>();
                    evidence.add(candidate.asEvidence());
                    evidence.addAll(repository.linkedRecords(c, candidate.id()));
                    List<RecipientRef> chain = repository.superiorChain(c, candidate.recipient().id());
                    ladderSteps.add(step(candidate, f, key, evidence, chain, asOf));
                }
            }
            ladderSteps.sort(Comparator.comparing(Suggestion::rule));
            found.addAll(ladderSteps);
            return found;
        });
    }

    private Suggestion classCase(SuggestionGroup g, String key, int months, LocalDate asOf,
                                 Optional<RecipientRef> regulator) {
        String fieldName = Messages.tr(g.field().messageKey());
        String reason = Messages.tr("ladder.suggest.reason.CLASS_CASE", months, g.records().size(), g.problem(),
                fieldName);
        StringBuilder facts = new StringBuilder(Messages.tr("ladder.suggest.draft.classFacts", months, g.problem(),
                g.records().size()));
        appendEvidenceLines(facts, g.records());
        Recommendation draft = ladder.newDraft(Tier.CLASS)
                .type(RecommendationType.SOCIAL_GOVERNANCE)
                .businessLine(g.businessLine() == null ? BusinessLine.PUBLIC_INTEREST : g.businessLine())
                .field(g.field())
                .problem(g.problem())
                .title(Messages.tr("ladder.suggest.draft.classTitle", g.problem()))
                .recipientId(regulator.map(RecipientRef::id).orElse(null))
                .links(g.records().stream().flatMap(e -> e.asLink().stream()).toList())
                .problemSource(Messages.tr("ladder.suggest.draft.classSource"))
                .facts(facts.toString())
                .build();
        return new Suggestion(SuggestionRule.CLASS_CASE, asOf, Tier.CLASS, null, null, g.field(), g.problem(),
                g.records(), key, reason, draft, regulator.map(RecipientRef::name).orElse(""));
    }

    private Suggestion step(SuggestionCandidate c, SuggestionRules.Finding f, String key,
                            List<SuggestionEvidence> evidence, List<RecipientRef> chain, LocalDate asOf) {
        String document = documentName(c);
        String state = statePhrase(c, f.reason());
        if (f.rule() == SuggestionRule.LAWSUIT) {
            return new Suggestion(f.rule(), asOf, null, f.reason(), c.id(), c.field(), c.problem(), evidence, key,
                    Messages.tr("ladder.suggest.reason.LAWSUIT", document, state), null, "");
        }
        RecipientRef to = SuggestionRules.recipientFor(f.targetTier(), c, chain);
        String reason = Messages.tr(f.targetTier() == Tier.CLASS ? "ladder.suggest.reason.toClass"
                : "ladder.suggest.reason.toReport", document, state, to.name());
        String subject = shortened(c.problem().isEmpty() ? c.title() : c.problem());
        StringBuilder facts = new StringBuilder(Messages.tr("ladder.suggest.draft.escalationFacts",
                c.servedOn() == null ? "" : ChineseDates.format(c.servedOn(), ChineseDates.Style.ARABIC),
                c.recipient().name(), c.number(), c.title(), state));
        List<SuggestionEvidence> records = evidence.stream()
                .filter(e -> e.kind() != SuggestionEvidence.Kind.RECOMMENDATION).toList();
        if (!records.isEmpty()) {
            facts.append('\n').append(Messages.tr("ladder.suggest.draft.linkedFacts", records.size()));
            appendEvidenceLines(facts, records);
        }
        Recommendation draft = ladder.newDraft(f.targetTier())
                .type(c.type())
                .businessLine(c.businessLine())
                .field(c.field())
                .problem(c.problem())
                .title(Messages.tr("ladder.suggest.draft.title." + f.targetTier().name(), subject))
                .recipientId(to.id())
                .links(records.stream().flatMap(e -> e.asLink().stream()).toList())
                .escalatesFrom(List.of(new Escalation(c.id(), f.reason())))
                .stationId(c.stationId())
                .prosecutorId(c.prosecutorId())
                .problemSource(Messages.tr("ladder.suggest.draft.escalationSource", document))
                .facts(facts.toString())
                .build();
        return new Suggestion(f.rule(), asOf, f.targetTier(), f.reason(), c.id(), c.field(), c.problem(), evidence,
                key, reason, draft, to.name());
    }

    /** The subject of a new title, cut so that the title stays well within {@link RecommendationRules#TITLE_MAX}. */
    private static String shortened(String subject) {
        int max = RecommendationRules.TITLE_MAX / 2;
        return subject.codePointCount(0, subject.length()) <= max ? subject
                : subject.substring(0, subject.offsetByCodePoints(0, max)) + "…";
    }

    /** "崇检建〔2026〕1号个案检察建议", or the title in 《》 before a number was given. */
    private static String documentName(SuggestionCandidate c) {
        String tier = Messages.tr(c.tier().messageKey());
        return c.number().isEmpty() ? "《" + c.title() + "》" : c.number() + tier;
    }

    private static String statePhrase(SuggestionCandidate c, EscalationReason reason) {
        return switch (reason) {
            case NOT_REPLIED -> Messages.tr("ladder.suggest.state.NOT_REPLIED",
                    ChineseDates.format(c.replyDueOn(), ChineseDates.Style.ARABIC));
            case NOT_RECTIFIED -> Messages.tr("ladder.suggest.state.NOT_RECTIFIED",
                    Messages.tr(c.rectification().messageKey()));
            case CAUSE_ABOVE_RECIPIENT -> Messages.tr("ladder.suggest.state.CAUSE_ABOVE_RECIPIENT",
                    c.recipient().name());
            case NOT_ADOPTED, OBJECTION_REJECTED -> Messages.tr("ladder.suggest.state." + reason.name());
        };
    }

    private static void appendEvidenceLines(StringBuilder text, List<SuggestionEvidence> records) {
        int n = 1;
        for (SuggestionEvidence e : records) {
            text.append('\n').append(Messages.tr("ladder.suggest.draft.evidenceLine", n++,
                    e.date() == null ? "" : ChineseDates.format(e.date(), ChineseDates.Style.ARABIC),
                    Messages.tr(e.kind().messageKey()), e.label()));
        }
    }

    /**
     * Accepts a suggestion that still stands. A tier step saves its draft at the next tier (cases and leads linked,
     * escalating from the earlier document with its reason) and returns it; a lawsuit records nothing and returns the
     * recommendation itself, where the user records 提起公益诉讼. Refused with "ladder.suggest.gone" when the
     * suggestion no longer stands (accepted already, dismissed, or the register changed), and with
     * "ladder.suggest.noRecipient" when no recipient is known: then use {@link #accept(Suggestion, Long)}.
     */
    public RecommendationDetail accept(Suggestion s) {
        return accept(s, null);
    }

    /** Like {@link #accept(Suggestion)}, addressing the draft to {@code recipientId} when it is not null. */
    public RecommendationDetail accept(Suggestion s, Long recipientId) {
        Suggestion current = standing(s);
        if (current.rule() == SuggestionRule.LAWSUIT) {
            return ladder.find(current.recommendationId()).orElseThrow(() -> new UserFacingException("ladder.gone"));
        }
        Recommendation draft = current.draft();
        if (recipientId != null) {
            draft = draft.toBuilder().recipientId(recipientId).superiorId(null).build();
        }
        if (draft.recipientId() == null) {
            throw new UserFacingException("ladder.suggest.noRecipient");
        }
        return ladder.save(draft);
    }

    private Suggestion standing(Suggestion s) {
        return suggestions(s.asOf()).stream().filter(s::sameAs).findFirst()
                .orElseThrow(() -> new UserFacingException("ladder.suggest.gone"));
    }

    /**
     * Does not take the suggestion, for a reason the user gives: it is not suggested again while its evidence stays
     * the same. Refused (nothing written) without a reason or with one longer than {@link #REASON_MAX}.
     */
    public void dismiss(Suggestion s, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("ladder.suggest.reasonRequired");
        }
        if (text.length() > REASON_MAX) {
            throw new UserFacingException("ladder.suggest.reasonTooLong", REASON_MAX);
        }
        SuggestionDismissal d = new SuggestionDismissal(s.rule(), s.evidenceKey(), text, today(), userName());
        db.write(c -> repository.insertDismissal(c, d));
    }

    /** Takes a dismissal back: the suggestion comes again while it stands. */
    public void undoDismiss(SuggestionRule rule, String evidenceKey) {
        db.write(c -> repository.deleteDismissal(c, rule, evidenceKey));
    }

    /** Every dismissal, the latest first. */
    public List<SuggestionDismissal> dismissals() {
        return db.read(repository::dismissals);
    }

    /** The live recipients by name, for addressing a class-case draft when no regulator is known. */
    public List<RecipientRef> recipientChoices() {
        return db.read(c -> repository.recipients(c, RECIPIENT_CHOICES));
    }

    private String userName() {
        String name = settings.get().getUserName();
        return name == null || name.isBlank() ? System.getProperty("user.name", "") : name;
    }
}
