package org.liaisondesk.register.visits.model;

import java.time.LocalDate;

/**
 * One reception or visit (接访/走访) as the prosecutor records it. Deadlines are not part of it: they are
 * computed from it by {@link VisitDeadlines}. {@code id} and {@code uuid} are null until saved.
 */
public record Visit(
        Long id,
        String uuid,
        LocalDate date,
        Long stationId,
        Long prosecutorId,
        VisitForm form,
        VisitCategory category,
        String visitorName,
        String visitorPhone,
        String visitorIdNumber,
        int peopleCount,
        boolean involvesMinor,
        String summary,
        Handling handling,
        String handlingNote,
        String referredTo,
        LocalDate followUpDue,
        String followUpResult,
        LocalDate noticeSentOn,
        boolean resultExtended,
        LocalDate concludedOn) {

    public boolean isPetition() {
        return category == VisitCategory.PETITION;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds visits field by field: the editor, the demo register and tests all use it. */
    public static final class Builder {
        private Long id;
        private String uuid;
        private LocalDate date;
        private Long stationId;
        private Long prosecutorId;
        private VisitForm form;
        private VisitCategory category;
        private String visitorName = "";
        private String visitorPhone = "";
        private String visitorIdNumber = "";
        private int peopleCount = 1;
        private boolean involvesMinor;
        private String summary = "";
        private Handling handling = Handling.PENDING;
        private String handlingNote = "";
        private String referredTo = "";
        private LocalDate followUpDue;
        private String followUpResult = "";
        private LocalDate noticeSentOn;
        private boolean resultExtended;
        private LocalDate concludedOn;

        private Builder() {
        }

        private Builder(Visit v) {
            id = v.id;
            uuid = v.uuid;
            date = v.date;
            stationId = v.stationId;
            prosecutorId = v.prosecutorId;
            form = v.form;
            category = v.category;
            visitorName = v.visitorName;
            visitorPhone = v.visitorPhone;
            visitorIdNumber = v.visitorIdNumber;
            peopleCount = v.peopleCount;
            involvesMinor = v.involvesMinor;
            summary = v.summary;
            handling = v.handling;
            handlingNote = v.handlingNote;
            referredTo = v.referredTo;
            followUpDue = v.followUpDue;
            followUpResult = v.followUpResult;
            noticeSentOn = v.noticeSentOn;
            resultExtended = v.resultExtended;
            concludedOn = v.concludedOn;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder uuid(String value) { uuid = value; return this; }
        public Builder date(LocalDate value) { date = value; return this; }
        public Builder stationId(Long value) { stationId = value; return this; }
        public Builder prosecutorId(Long value) { prosecutorId = value; return this; }
        public Builder form(VisitForm value) { form = value; return this; }
        public Builder category(VisitCategory value) { category = value; return this; }
        public Builder visitorName(String value) { visitorName = value; return this; }
        public Builder visitorPhone(String value) { visitorPhone = value; return this; }
        public Builder visitorIdNumber(String value) { visitorIdNumber = value; return this; }
        public Builder peopleCount(int value) { peopleCount = value; return this; }
        public Builder involvesMinor(boolean value) { involvesMinor = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder handling(Handling value) { handling = value; return this; }
        public Builder handlingNote(String value) { handlingNote = value; return this; }
        public Builder referredTo(String value) { referredTo = value; return this; }
        public Builder followUpDue(LocalDate value) { followUpDue = value; return this; }
        public Builder followUpResult(String value) { followUpResult = value; return this; }
        public Builder noticeSentOn(LocalDate value) { noticeSentOn = value; return this; }
        public Builder resultExtended(boolean value) { resultExtended = value; return this; }
        public Builder concludedOn(LocalDate value) { concludedOn = value; return this; }

        public Visit build() {
            return new Visit(id, uuid, date, stationId, prosecutorId, form, category, nz(visitorName),
                    nz(visitorPhone), nz(visitorIdNumber), peopleCount, involvesMinor, nz(summary), handling,
                    nz(handlingNote), nz(referredTo), followUpDue, nz(followUpResult), noticeSentOn,
                    resultExtended, concludedOn);
        }

        private static String nz(String s) {
            return s == null ? "" : s.strip();
        }
    }
}
