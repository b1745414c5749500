package org.liaisondesk.register.work.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.ChineseIdNumber;

/**
 * What an activity must satisfy before it is saved. Only the fields of its kind are checked (the others are
 * emptied on save). Field names are the {@link WorkActivity} component names; a problem in one session of a
 * community-service log is reported on {@code serviceLog} with the session's line number.
 */
public final class WorkRules {
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_NOTE_LENGTH = 4000;
    public static final int MAX_AUDIENCE = 1_000_000;
    public static final int MAX_HOURS_AGREED = 2000;
    public static final int MIN_SESSION_HOURS = 1;
    public static final int MAX_SESSION_HOURS = 24;

    private WorkRules() {
    }

    public static List<FieldProblem> check(WorkActivity a, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (a.kind() == null) {
            p.add(new FieldProblem("kind", "common.validation.required"));
        }
        if (a.heldOn() == null) {
            p.add(new FieldProblem("heldOn", "common.validation.required"));
        } else if (a.heldOn().isAfter(today)) {
            p.add(new FieldProblem("heldOn", "common.validation.notInFuture"));
        }
        if (a.title().isBlank()) {
            p.add(new FieldProblem("title", "common.validation.required"));
        } else if (a.title().length() > MAX_TITLE_LENGTH) {
            p.add(new FieldProblem("title", "common.validation.tooLong", MAX_TITLE_LENGTH));
        }
        tooLong("place", a.place(), MAX_TEXT_LENGTH, p);
        tooLong("note", a.note(), MAX_NOTE_LENGTH, p);
        if (a.kind() != null) {
            checkKind(a, today, p);
        }
        return p;
    }

    private static void checkKind(WorkActivity a, LocalDate today, List<FieldProblem> p) {
        WorkKind kind = a.kind();
        for (String[] text : new String[][] {{WorkActivity.PARTIES, a.parties()}, {WorkActivity.MEDIATOR, a.mediator()},
                {WorkActivity.CHANNEL, a.channel()}, {WorkActivity.OUTCOME, a.outcome()},
                {WorkActivity.APPLICANT_NAME, a.applicantName()}, {WorkActivity.HEARING_TYPE, a.hearingType()},
                {WorkActivity.TOPIC, a.topic()}, {WorkActivity.ASSESSMENT, a.assessment()}}) {
            if (kind.uses(text[0])) {
                tooLong(text[0], text[1], MAX_TEXT_LENGTH, p);
            }
        }
        switch (kind) {
            case MEDIATION -> required(WorkActivity.PARTIES, a.parties(), p);
            case JUDICIAL_AID -> checkAid(a, p);
            case HEARING -> required(WorkActivity.HEARING_TYPE, a.hearingType(), p);
            case PUBLICITY -> {
                required(WorkActivity.TOPIC, a.topic(), p);
                range(WorkActivity.AUDIENCE_COUNT, a.audienceCount(), 0, MAX_AUDIENCE, p);
            }
            case COMMUNITY_SERVICE -> checkService(a, today, p);
            case NON_PROSECUTION_ANNOUNCEMENT, CIRCUIT_TRIAL -> { }
        }
    }

    private static void checkAid(WorkActivity a, List<FieldProblem> p) {
        required(WorkActivity.APPLICANT_NAME, a.applicantName(), p);
        if (!a.applicantIdNumber().isBlank()) {
            ChineseIdNumber.problem(a.applicantIdNumber())
                    .ifPresent(pr -> p.add(new FieldProblem(WorkActivity.APPLICANT_ID_NUMBER, pr.messageKey())));
        }
        Long approved = a.amountApprovedFen();
        Long paid = a.amountPaidFen();
        if (approved == null) {
            p.add(new FieldProblem(WorkActivity.AMOUNT_APPROVED, "common.validation.required"));
        } else if (approved < 0) {
            p.add(new FieldProblem(WorkActivity.AMOUNT_APPROVED, "common.money.negative"));
        }
        if (paid != null && paid < 0) {
            p.add(new FieldProblem(WorkActivity.AMOUNT_PAID, "common.money.negative"));
        } else if (paid != null && approved != null && approved >= 0 && paid > approved) {
            p.add(new FieldProblem(WorkActivity.AMOUNT_PAID, "work.validation.paidOverApproved"));
        }
    }

    private static void checkService(WorkActivity a, LocalDate today, List<FieldProblem> p) {
        required(WorkActivity.PARTIES, a.parties(), p);
        if (a.hoursAgreed() == null) {
            p.add(new FieldProblem(WorkActivity.HOURS_AGREED, "common.validation.required"));
        } else {
            range(WorkActivity.HOURS_AGREED, a.hoursAgreed(), 1, MAX_HOURS_AGREED, p);
        }
        List<ServiceSession> log = a.serviceLog();
        for (int i = 0; i < log.size(); i++) {
            Optional<SessionProblem> problem = sessionProblem(log.get(i), a.heldOn(), today);
            // A field shows one problem: the first faulty session is the one to fix first.
            if (problem.isPresent()) {
                p.add(new FieldProblem(WorkActivity.SERVICE_LOG, problem.get().lineKey(), i + 1,
                        MIN_SESSION_HOURS, MAX_SESSION_HOURS, MAX_TEXT_LENGTH));
                return;
            }
        }
    }

    /** What can be wrong with one session of community service, as said of a log line or of the entry form. */
    public enum SessionProblem {
        DATE_REQUIRED("work.validation.sessionDateRequired", "work.session.dateRequired"),
        IN_FUTURE("work.validation.sessionInFuture", "work.session.inFuture"),
        BEFORE_START("work.validation.sessionBeforeStart", "work.session.beforeStart"),
        HOURS("work.validation.sessionHours", "work.session.hours"),
        NOTE_TOO_LONG("work.validation.sessionNoteTooLong", "work.session.noteTooLong");

        private final String lineKey;
        private final String inputKey;

        SessionProblem(String lineKey, String inputKey) {
            this.lineKey = lineKey;
            this.inputKey = inputKey;
        }

        /** Message with the log line {0}, the hour limits {1}–{2} and the note length {3}. */
        public String lineKey() {
            return lineKey;
        }

        /** The same for the session being entered: hour limits {0}–{1}, note length {2}. */
        public String inputKey() {
            return inputKey;
        }
    }

    /**
     * The first problem of one session: a date is needed, not after today nor before the activity's date
     * ({@code start}, may be null), and 1 to 24 hours.
     */
    public static Optional<SessionProblem> sessionProblem(ServiceSession s, LocalDate start, LocalDate today) {
        if (s.doneOn() == null) {
            return Optional.of(SessionProblem.DATE_REQUIRED);
        }
        if (s.doneOn().isAfter(today)) {
            return Optional.of(SessionProblem.IN_FUTURE);
        }
        if (start != null && s.doneOn().isBefore(start)) {
            return Optional.of(SessionProblem.BEFORE_START);
        }
        if (s.hours() < MIN_SESSION_HOURS || s.hours() > MAX_SESSION_HOURS) {
            return Optional.of(SessionProblem.HOURS);
        }
        if (s.note().length() > MAX_TEXT_LENGTH) {
            return Optional.of(SessionProblem.NOTE_TOO_LONG);
        }
        return Optional.empty();
    }

    /** True when the applicant's ID number shows a person under 18 on the day of the activity. */
    public static boolean idShowsMinor(WorkActivity a) {
        if (a.applicantIdNumber().isBlank() || a.heldOn() == null
                || ChineseIdNumber.problem(a.applicantIdNumber()).isPresent()) {
            return false;
        }
        ChineseIdNumber id = ChineseIdNumber.parse(a.applicantIdNumber());
        return !a.heldOn().isBefore(id.birthDate()) && id.isMinorOn(a.heldOn());
    }

    private static void required(String field, String value, List<FieldProblem> p) {
        if (value == null || value.isBlank()) {
            p.add(new FieldProblem(field, "common.validation.required"));
        }
    }

    private static void range(String field, Integer value, int min, int max, List<FieldProblem> p) {
        if (value != null && (value < min || value > max)) {
            p.add(new FieldProblem(field, "common.validation.range", min, max));
        }
    }

    private static void tooLong(String field, String value, int max, List<FieldProblem> p) {
        if (value != null && value.length() > max) {
            p.add(new FieldProblem(field, "common.validation.tooLong", max));
        }
    }
}
