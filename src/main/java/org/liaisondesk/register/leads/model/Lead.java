package org.liaisondesk.register.leads.model;

import java.time.LocalDate;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * One lead (线索): where it came from and who sent it, where the problem is, what it is about, how worth a case
 * it looks, what was decided, and whether the source was told. The reporter is either someone on the roster
 * ({@code reporterLiaisonId}, with their name kept as {@code reporterName} so that it stays searchable) or a person
 * typed as free text (name and phone), or nobody (anonymous). {@code stars} is always computed from the three
 * scores (see {@link LeadRating}). {@code problem} (问题类型) is a short name for the problem, the same words for
 * the same problem, so that leads and cases about it can be found together; "" when not given (see
 * {@link LeadRules#normalizeProblem}). {@code id} and {@code uuid} are null until saved.
 */
public record Lead(
        Long id,
        String uuid,
        LocalDate receivedOn,
        LeadSource source,
        Long reporterLiaisonId,
        String reporterName,
        String reporterPhone,
        Long stationId,
        Long prosecutorId,
        Long visitId,
        String town,
        String village,
        String grid,
        SupervisionField field,
        String problem,
        String description,
        Integer ratingIllegality,
        Integer ratingInvestigability,
        Integer ratingValue,
        Integer stars,
        Triage triage,
        LocalDate triagedOn,
        String referredTo,
        String triageReason,
        LocalDate fedBackOn,
        String feedbackNote) {

    public LeadRating rating() {
        return new LeadRating(ratingIllegality, ratingInvestigability, ratingValue);
    }

    /** Studied, but the source has not been told yet (未反馈). */
    public boolean awaitingFeedback() {
        return triage != null && triage.decided() && fedBackOn == null;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds leads field by field: the editor, the demo register and tests all use it. */
    public static final class Builder {
        private Long id;
        private String uuid;
        private LocalDate receivedOn;
        private LeadSource source;
        private Long reporterLiaisonId;
        private String reporterName = "";
        private String reporterPhone = "";
        private Long stationId;
        private Long prosecutorId;
        private Long visitId;
        private String town = "";
        private String village = "";
        private String grid = "";
        private SupervisionField field;
        private String problem = "";
        private String description = "";
        private Integer ratingIllegality;
        private Integer ratingInvestigability;
        private Integer ratingValue;
        private Triage triage = Triage.PENDING;
        private LocalDate triagedOn;
        private String referredTo = "";
        private String triageReason = "";
        private LocalDate fedBackOn;
        private String feedbackNote = "";

        private Builder() {
        }

        private Builder(Lead l) {
            id = l.id;
            uuid = l.uuid;
            receivedOn = l.receivedOn;
            source = l.source;
            reporterLiaisonId = l.reporterLiaisonId;
            reporterName = l.reporterName;
            reporterPhone = l.reporterPhone;
            stationId = l.stationId;
            prosecutorId = l.prosecutorId;
            visitId = l.visitId;
            town = l.town;
            village = l.village;
            grid = l.grid;
            field = l.field;
            problem = l.problem;
            description = l.description;
            ratingIllegality = l.ratingIllegality;
            ratingInvestigability = l.ratingInvestigability;
            ratingValue = l.ratingValue;
            triage = l.triage;
            triagedOn = l.triagedOn;
            referredTo = l.referredTo;
            triageReason = l.triageReason;
            fedBackOn = l.fedBackOn;
            feedbackNote = l.feedbackNote;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder uuid(String value) { uuid = value; return this; }
        public Builder receivedOn(LocalDate value) { receivedOn = value; return this; }
        public Builder source(LeadSource value) { source = value; return this; }
        public Builder reporterLiaisonId(Long value) { reporterLiaisonId = value; return this; }
        public Builder reporterName(String value) { reporterName = value; return this; }
        public Builder reporterPhone(String value) { reporterPhone = value; return this; }
        public Builder stationId(Long value) { stationId = value; return this; }
        public Builder prosecutorId(Long value) { prosecutorId = value; return this; }
        public Builder visitId(Long value) { visitId = value; return this; }
        public Builder town(String value) { town = value; return this; }
        public Builder village(String value) { village = value; return this; }
        public Builder grid(String value) { grid = value; return this; }
        public Builder field(SupervisionField value) { field = value; return this; }
        public Builder problem(String value) { problem = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder ratingIllegality(Integer value) { ratingIllegality = value; return this; }
        public Builder ratingInvestigability(Integer value) { ratingInvestigability = value; return this; }
        public Builder ratingValue(Integer value) { ratingValue = value; return this; }
        public Builder triage(Triage value) { triage = value; return this; }
        public Builder triagedOn(LocalDate value) { triagedOn = value; return this; }
        public Builder referredTo(String value) { referredTo = value; return this; }
        public Builder triageReason(String value) { triageReason = value; return this; }
        public Builder fedBackOn(LocalDate value) { fedBackOn = value; return this; }
        public Builder feedbackNote(String value) { feedbackNote = value; return this; }

        /** Sets the three scores at once: likelihood of illegality, investigability, supervision value. */
        public Builder rating(Integer illegality, Integer investigability, Integer value) {
            ratingIllegality = illegality;
            ratingInvestigability = investigability;
            ratingValue = value;
            return this;
        }

        public Lead build() {
            Integer stars = new LeadRating(ratingIllegality, ratingInvestigability, ratingValue).stars();
            return new Lead(id, uuid, receivedOn, source, reporterLiaisonId, nz(reporterName), nz(reporterPhone),
                    stationId, prosecutorId, visitId, nz(town), nz(village), nz(grid), field,
                    LeadRules.normalizeProblem(problem), nz(description),
                    ratingIllegality, ratingInvestigability, ratingValue, stars, triage, triagedOn, nz(referredTo),
                    nz(triageReason), fedBackOn, nz(feedbackNote));
        }

        private static String nz(String s) {
            return s == null ? "" : s.strip();
        }
    }
}
