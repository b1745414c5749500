package org.liaisondesk.ladder.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.liaisondesk.common.text.ProblemNames;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * A recommendation or special report as drafted: what it says and to whom. What happened to it since is in its
 * events ({@link LadderEvent}); where it stands is their fold ({@link LadderState}). {@code id} and {@code uuid}
 * are null until saved. {@code items} are the numbered recommendation items, without their numbers.
 * {@code copyToIds} keeps the order given (抄送 is printed in that order); links and escalations are sorted.
 */
public record Recommendation(
        Long id,
        String uuid,
        Tier tier,
        RecommendationType type,
        BusinessLine businessLine,
        SupervisionField field,
        String problem,
        String title,
        Long recipientId,
        Long superiorId,
        List<Long> copyToIds,
        List<RecordLink> links,
        List<Escalation> escalatesFrom,
        Long stationId,
        Long prosecutorId,
        String problemSource,
        String facts,
        String violation,
        List<String> items,
        String legalBasis,
        int objectionDays,
        boolean urgent,
        LocalDate draftedOn) {

    public Recommendation {
        copyToIds = copyToIds == null ? List.of() : List.copyOf(copyToIds);
        links = links == null ? List.of() : List.copyOf(new TreeSet<>(links));
        escalatesFrom = escalatesFrom == null ? List.of() : List.copyOf(new TreeSet<>(escalatesFrom));
        items = items == null ? List.of() : items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The linked cases' ids, in order. */
    public List<Long> matterIds() {
        return links.stream().filter(l -> l.kind() == RecordLink.Kind.MATTER).map(RecordLink::recordId).toList();
    }

    /** The linked leads' ids, in order. */
    public List<Long> leadIds() {
        return links.stream().filter(l -> l.kind() == RecordLink.Kind.LEAD).map(RecordLink::recordId).toList();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds recommendations field by field: the editor, the suggestions, the demo register and tests use it. */
    public static final class Builder {
        private Long id;
        private String uuid;
        private Tier tier = Tier.INDIVIDUAL;
        private RecommendationType type = RecommendationType.SOCIAL_GOVERNANCE;
        private BusinessLine businessLine;
        private SupervisionField field;
        private String problem = "";
        private String title = "";
        private Long recipientId;
        private Long superiorId;
        private List<Long> copyToIds = List.of();
        private List<RecordLink> links = List.of();
        private List<Escalation> escalatesFrom = List.of();
        private Long stationId;
        private Long prosecutorId;
        private String problemSource = "";
        private String facts = "";
        private String violation = "";
        private List<String> items = List.of();
        private String legalBasis = "";
        private int objectionDays = 10;
        private boolean urgent;
        private LocalDate draftedOn;

        private Builder() {
        }

        private Builder(Recommendation r) {
            id = r.id;
            uuid = r.uuid;
            tier = r.tier;
            type = r.type;
            businessLine = r.businessLine;
            field = r.field;
            problem = r.problem;
            title = r.title;
            recipientId = r.recipientId;
            superiorId = r.superiorId;
            copyToIds = r.copyToIds;
            links = r.links;
            escalatesFrom = r.escalatesFrom;
            stationId = r.stationId;
            prosecutorId = r.prosecutorId;
            problemSource = r.problemSource;
            facts = r.facts;
            violation = r.violation;
            items = r.items;
            legalBasis = r.legalBasis;
            objectionDays = r.objectionDays;
            urgent = r.urgent;
            draftedOn = r.draftedOn;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder uuid(String value) { uuid = value; return this; }
        public Builder tier(Tier value) { tier = value; return this; }
        public Builder type(RecommendationType value) { type = value; return this; }
        public Builder businessLine(BusinessLine value) { businessLine = value; return this; }
        public Builder field(SupervisionField value) { field = value; return this; }
        public Builder problem(String value) { problem = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder recipientId(Long value) { recipientId = value; return this; }
        public Builder superiorId(Long value) { superiorId = value; return this; }
        public Builder copyToIds(List<Long> value) { copyToIds = value; return this; }
        public Builder links(List<RecordLink> value) { links = value; return this; }
        public Builder escalatesFrom(List<Escalation> value) { escalatesFrom = value; return this; }
        public Builder stationId(Long value) { stationId = value; return this; }
        public Builder prosecutorId(Long value) { prosecutorId = value; return this; }
        public Builder problemSource(String value) { problemSource = value; return this; }
        public Builder facts(String value) { facts = value; return this; }
        public Builder violation(String value) { violation = value; return this; }
        public Builder items(List<String> value) { items = value; return this; }
        public Builder legalBasis(String value) { legalBasis = value; return this; }
        public Builder objectionDays(int value) { objectionDays = value; return this; }
        public Builder urgent(boolean value) { urgent = value; return this; }
        public Builder draftedOn(LocalDate value) { draftedOn = value; return this; }

        public Recommendation build() {
            List<Long> copies = new ArrayList<>();
            for (Long c : copyToIds == null ? List.<Long>of() : copyToIds) {
                if (c != null && !copies.contains(c)) {
                    copies.add(c);
                }
            }
            return new Recommendation(id, uuid, tier, type, businessLine, field, ProblemNames.normalize(problem), nz(title), recipientId,
                    superiorId, copies, links, escalatesFrom, stationId, prosecutorId, nz(problemSource), nz(facts),
                    nz(violation), items, nz(legalBasis), objectionDays, urgent, draftedOn);
        }

        private static String nz(String s) {
            return s == null ? "" : s.strip();
        }
    }
}
