package org.liaisondesk.register.work.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One activity of work done (履职活动). The common fields apply to every kind; the others belong to one or more
 * kinds ({@link WorkKind#fields()}) and are empty (null or "") for the rest. Money is in fen. A hearing's panel
 * and a community-service log are part of the activity: they are saved, audited and restored with it.
 * {@code id} and {@code uuid} are null until saved.
 */
public record WorkActivity(
        Long id,
        String uuid,
        WorkKind kind,
        LocalDate heldOn,
        Long stationId,
        Long prosecutorId,
        Long matterId,
        String title,
        String place,
        String parties,
        boolean involvesMinor,
        String mediator,
        String channel,
        String outcome,
        Boolean resolved,
        String applicantName,
        String applicantIdNumber,
        Long amountApprovedFen,
        Long amountPaidFen,
        String hearingType,
        List<PanelMember> panel,
        String topic,
        Integer audienceCount,
        Integer hoursAgreed,
        List<ServiceSession> serviceLog,
        String assessment,
        String note) {

    public static final String PARTIES = "parties";
    public static final String MEDIATOR = "mediator";
    public static final String CHANNEL = "channel";
    public static final String OUTCOME = "outcome";
    public static final String RESOLVED = "resolved";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
    public static final String AMOUNT_APPROVED = "amountApprovedFen";
    public static final String AMOUNT_PAID = "amountPaidFen";
    public static final String HEARING_TYPE = "hearingType";
    public static final String PANEL = "panel";
    public static final String TOPIC = "topic";
    public static final String AUDIENCE_COUNT = "audienceCount";
    public static final String HOURS_AGREED = "hoursAgreed";
    public static final String SERVICE_LOG = "serviceLog";
    public static final String ASSESSMENT = "assessment";

    public WorkActivity {
        panel = panel == null ? List.of() : List.copyOf(panel);
        serviceLog = serviceLog == null ? List.of() : List.copyOf(serviceLog);
    }

    /** Community service: the hours of all logged sessions. */
    public int hoursDone() {
        return serviceLog.stream().mapToInt(ServiceSession::hours).sum();
    }

    /** The same activity with the fields its kind does not use emptied (what the service stores). */
    public WorkActivity withOnlyKindFields() {
        if (kind == null) {
            return this;
        }
        Builder b = toBuilder();
        if (!kind.uses(PARTIES)) {
            b.parties("");
        }
        if (!kind.uses(MEDIATOR)) {
            b.mediator("");
        }
        if (!kind.uses(CHANNEL)) {
            b.channel("");
        }
        if (!kind.uses(OUTCOME)) {
            b.outcome("");
        }
        if (!kind.uses(RESOLVED)) {
            b.resolved(null);
        }
        if (!kind.uses(APPLICANT_NAME)) {
            b.applicantName("");
        }
        if (!kind.uses(APPLICANT_ID_NUMBER)) {
            b.applicantIdNumber("");
        }
        if (!kind.uses(AMOUNT_APPROVED)) {
            b.amountApprovedFen(null);
        }
        if (!kind.uses(AMOUNT_PAID)) {
            b.amountPaidFen(null);
        }
        if (!kind.uses(HEARING_TYPE)) {
            b.hearingType("");
        }
        if (!kind.uses(PANEL)) {
            b.panel(List.of());
        }
        if (!kind.uses(TOPIC)) {
            b.topic("");
        }
        if (!kind.uses(AUDIENCE_COUNT)) {
            b.audienceCount(null);
        }
        if (!kind.uses(HOURS_AGREED)) {
            b.hoursAgreed(null);
        }
        if (!kind.uses(SERVICE_LOG)) {
            b.serviceLog(List.of());
        }
        if (!kind.uses(ASSESSMENT)) {
            b.assessment("");
        }
        return b.build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds activities field by field: the editor, the demo and tests all use it. Text is stripped, null is "". */
    public static final class Builder {
        private Long id;
        private String uuid;
        private WorkKind kind;
        private LocalDate heldOn;
        private Long stationId;
        private Long prosecutorId;
        private Long matterId;
        private String title = "";
        private String place = "";
        private String parties = "";
        private boolean involvesMinor;
        private String mediator = "";
        private String channel = "";
        private String outcome = "";
        private Boolean resolved;
        private String applicantName = "";
        private String applicantIdNumber = "";
        private Long amountApprovedFen;
        private Long amountPaidFen;
        private String hearingType = "";
        private List<PanelMember> panel = List.of();
        private String topic = "";
        private Integer audienceCount;
        private Integer hoursAgreed;
        private List<ServiceSession> serviceLog = List.of();
        private String assessment = "";
        private String note = "";

        private Builder() {
        }

        private Builder(WorkActivity a) {
            id = a.id;
            uuid = a.uuid;
            kind = a.kind;
            heldOn = a.heldOn;
            stationId = a.stationId;
            prosecutorId = a.prosecutorId;
            matterId = a.matterId;
            title = a.title;
            place = a.place;
            parties = a.parties;
            involvesMinor = a.involvesMinor;
            mediator = a.mediator;
            channel = a.channel;
            outcome = a.outcome;
            resolved = a.resolved;
            applicantName = a.applicantName;
            applicantIdNumber = a.applicantIdNumber;
            amountApprovedFen = a.amountApprovedFen;
            amountPaidFen = a.amountPaidFen;
            hearingType = a.hearingType;
            panel = a.panel;
            topic = a.topic;
            audienceCount = a.audienceCount;
            hoursAgreed = a.hoursAgreed;
            serviceLog = a.serviceLog;
            assessment = a.assessment;
            note = a.note;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder uuid(String value) { uuid = value; return this; }
        public Builder kind(WorkKind value) { kind = value; return this; }
        public Builder heldOn(LocalDate value) { heldOn = value; return this; }
        public Builder stationId(Long value) { stationId = value; return this; }
        public Builder prosecutorId(Long value) { prosecutorId = value; return this; }
        public Builder matterId(Long value) { matterId = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder place(String value) { place = value; return this; }
        public Builder parties(String value) { parties = value; return this; }
        public Builder involvesMinor(boolean value) { involvesMinor = value; return this; }
        public Builder mediator(String value) { mediator = value; return this; }
        public Builder channel(String value) { channel = value; return this; }
        public Builder outcome(String value) { outcome = value; return this; }
        public Builder resolved(Boolean value) { resolved = value; return this; }
        public Builder applicantName(String value) { applicantName = value; return this; }
        public Builder applicantIdNumber(String value) { applicantIdNumber = value; return this; }
        public Builder amountApprovedFen(Long value) { amountApprovedFen = value; return this; }
        public Builder amountPaidFen(Long value) { amountPaidFen = value; return this; }
        public Builder hearingType(String value) { hearingType = value; return this; }
        public Builder panel(List<PanelMember> value) { panel = value; return this; }
        public Builder topic(String value) { topic = value; return this; }
        public Builder audienceCount(Integer value) { audienceCount = value; return this; }
        public Builder hoursAgreed(Integer value) { hoursAgreed = value; return this; }
        public Builder serviceLog(List<ServiceSession> value) { serviceLog = value; return this; }
        public Builder assessment(String value) { assessment = value; return this; }
        public Builder note(String value) { note = value; return this; }

        public WorkActivity build() {
            return new WorkActivity(id, uuid, kind, heldOn, stationId, prosecutorId, matterId, nz(title), nz(place),
                    nz(parties), involvesMinor, nz(mediator), nz(channel), nz(outcome), resolved, nz(applicantName),
                    nz(applicantIdNumber), amountApprovedFen, amountPaidFen, nz(hearingType), panel, nz(topic),
                    audienceCount, hoursAgreed, serviceLog, nz(assessment), nz(note));
        }

        private static String nz(String s) {
            return s == null ? "" : s.strip();
        }
    }
}
