package org.liaisondesk.register.cases.model;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * One case or matter (案件/事项) as the prosecutor records it, with the leads and visits it came from.
 * {@code id} and {@code uuid} are null until saved. {@code parties} holds several names separated by 、.
 * {@code links} is sorted and holds each link once. {@code problem} (问题类型) is a short name for the problem the
 * case is about, the same words for the same problem, so that leads and cases about it can be found together; ""
 * when not given (see {@link MatterRules#normalizeProblem}).
 */
public record Matter(
        Long id,
        String uuid,
        BusinessLine businessLine,
        Long businessId,
        SupervisionField field,
        String problem,
        String name,
        String officeNumber,
        String unifiedCode,
        String parties,
        boolean involvesMinor,
        Long prosecutorId,
        Long stationId,
        LocalDate acceptedOn,
        LocalDate concludedOn,
        MatterStatus status,
        String summary,
        List<MatterLink> links) {

    public Matter {
        links = links == null ? List.of() : List.copyOf(new TreeSet<>(links));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds matters field by field: the editor, the demo register and tests all use it. */
    public static final class Builder {
        private Long id;
        private String uuid;
        private BusinessLine businessLine;
        private Long businessId;
        private SupervisionField field;
        private String problem = "";
        private String name = "";
        private String officeNumber = "";
        private String unifiedCode = "";
        private String parties = "";
        private boolean involvesMinor;
        private Long prosecutorId;
        private Long stationId;
        private LocalDate acceptedOn;
        private LocalDate concludedOn;
        private MatterStatus status = MatterStatus.OPEN;
        private String summary = "";
        private List<MatterLink> links = List.of();

        private Builder() {
        }

        private Builder(Matter m) {
            id = m.id;
            uuid = m.uuid;
            businessLine = m.businessLine;
            businessId = m.businessId;
            field = m.field;
            problem = m.problem;
            name = m.name;
            officeNumber = m.officeNumber;
            unifiedCode = m.unifiedCode;
            parties = m.parties;
            involvesMinor = m.involvesMinor;
            prosecutorId = m.prosecutorId;
            stationId = m.stationId;
            acceptedOn = m.acceptedOn;
            concludedOn = m.concludedOn;
            status = m.status;
            summary = m.summary;
            links = m.links;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder uuid(String value) { uuid = value; return this; }
        public Builder businessLine(BusinessLine value) { businessLine = value; return this; }
        public Builder businessId(Long value) { businessId = value; return this; }
        public Builder field(SupervisionField value) { field = value; return this; }
        public Builder problem(String value) { problem = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder officeNumber(String value) { officeNumber = value; return this; }
        public Builder unifiedCode(String value) { unifiedCode = value; return this; }
        public Builder parties(String value) { parties = value; return this; }
        public Builder involvesMinor(boolean value) { involvesMinor = value; return this; }
        public Builder prosecutorId(Long value) { prosecutorId = value; return this; }
        public Builder stationId(Long value) { stationId = value; return this; }
        public Builder acceptedOn(LocalDate value) { acceptedOn = value; return this; }
        public Builder concludedOn(LocalDate value) { concludedOn = value; return this; }
        public Builder status(MatterStatus value) { status = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder links(List<MatterLink> value) { links = value; return this; }

        public Matter build() {
            return new Matter(id, uuid, businessLine, businessId, field, MatterRules.normalizeProblem(problem),
                    nz(name), nz(officeNumber), nz(unifiedCode), nz(parties), involvesMinor, prosecutorId, stationId,
                    acceptedOn, concludedOn, status, nz(summary), links);
        }

        private static String nz(String s) {
            return s == null ? "" : s.strip();
        }
    }
}
