package org.liaisondesk.register.leads.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.common.text.ProblemNames;

/**
 * What a lead must satisfy before it is saved. The reporter may stay anonymous, a lead may wait unrated and
 * untriaged; but a rating needs all three scores, a decision needs its date (and, for 移送 and 不予处理, to whom
 * or why), and no date may lie in the future or before the lead was received. Field names are the {@link Lead}
 * component names.
 */
public final class LeadRules {
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_PLACE_LENGTH = 50;
    public static final int MAX_NAME_LENGTH = 50;
    /** 问题类型 is a short name ("占用耕地从事木材加工"), not a description. */
    public static final int MAX_PROBLEM_LENGTH = ProblemNames.MAX_LENGTH;


    private static final List<String> RATING_FIELDS = List.of("ratingIllegality", "ratingInvestigability", "ratingValue");

    private LeadRules() {
    }

    public static List<FieldProblem> check(Lead l, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (l.receivedOn() == null) {
            p.add(new FieldProblem("receivedOn", "common.validation.required"));
        } else if (l.receivedOn().isAfter(today)) {
            p.add(new FieldProblem("receivedOn", "common.validation.notInFuture"));
        }
        requireSet(l.source(), "source", p);
        requireSet(l.field(), "field", p);
        requireSet(l.triage(), "triage", p);
        if (l.problem().length() > MAX_PROBLEM_LENGTH) {
            p.add(new FieldProblem("problem", "leads.validation.problemTooLong", MAX_PROBLEM_LENGTH));
        }
        if (l.description().isBlank()) {
            p.add(new FieldProblem("description", "common.validation.required"));
        } else if (l.description().length() > MAX_DESCRIPTION_LENGTH) {
            p.add(new FieldProblem("description", "common.validation.tooLong", MAX_DESCRIPTION_LENGTH));
        }
        if (!l.reporterPhone().isBlank()) {
            PhoneNumbers.problem(l.reporterPhone())
                    .ifPresent(pr -> p.add(new FieldProblem("reporterPhone", pr.messageKey())));
        }
        tooLong(l.reporterName(), "reporterName", MAX_NAME_LENGTH, p);
        tooLong(l.town(), "town", MAX_PLACE_LENGTH, p);
        tooLong(l.village(), "village", MAX_PLACE_LENGTH, p);
        tooLong(l.grid(), "grid", MAX_PLACE_LENGTH, p);
        tooLong(l.referredTo(), "referredTo", MAX_TEXT_LENGTH, p);
        tooLong(l.triageReason(), "triageReason", MAX_TEXT_LENGTH, p);
        tooLong(l.feedbackNote(), "feedbackNote", MAX_TEXT_LENGTH, p);
        checkRating(l, p);
        checkTriage(l, today, p);
        if (l.receivedOn() != null) {
            notBeforeReceived(l.fedBackOn(), l.receivedOn(), "fedBackOn", p);
        }
        notAfter(l.fedBackOn(), today, "fedBackOn", p);
        if (!l.feedbackNote().isBlank() && l.fedBackOn() == null) {
            p.add(new FieldProblem("fedBackOn", "leads.validation.feedbackDateRequired"));
        }
        return p;
    }

    /**
     * The problem as stored and compared: every run of white space (full-width and non-breaking spaces too) made
     * one space, none at either end; "" for null. Grouping leads and cases by problem relies on this one form.
     */
    public static String normalizeProblem(String problem) {
        return ProblemNames.normalize(problem);
    }

    /** No score, or all three from 1 to 5. */
    private static void checkRating(Lead l, List<FieldProblem> p) {
        List<Integer> scores = java.util.Arrays.asList(l.ratingIllegality(), l.ratingInvestigability(), l.ratingValue());
        boolean any = scores.stream().anyMatch(s -> s != null);
        for (int i = 0; i < scores.size(); i++) {
            Integer s = scores.get(i);
            if (s == null && any) {
                p.add(new FieldProblem(RATING_FIELDS.get(i), "leads.validation.ratingIncomplete"));
            } else if (s != null && !LeadRating.valid(s)) {
                p.add(new FieldProblem(RATING_FIELDS.get(i), "common.validation.range", LeadRating.MIN_SCORE,
                        LeadRating.MAX_SCORE));
            }
        }
    }

    private static void checkTriage(Lead l, LocalDate today, List<FieldProblem> p) {
        if (l.triage() == null || !l.triage().decided()) {
            return;
        }
        if (l.triagedOn() == null) {
            p.add(new FieldProblem("triagedOn", "leads.validation.triagedOnRequired"));
        } else {
            if (l.receivedOn() != null) {
                notBeforeReceived(l.triagedOn(), l.receivedOn(), "triagedOn", p);
            }
            notAfter(l.triagedOn(), today, "triagedOn", p);
        }
        if (l.triage() == Triage.REFERRED && l.referredTo().isBlank()) {
            p.add(new FieldProblem("referredTo", "leads.validation.referredToRequired"));
        }
        if (l.triage() == Triage.NO_ACTION && l.triageReason().isBlank()) {
            p.add(new FieldProblem("triageReason", "leads.validation.reasonRequired"));
        }
    }

    private static void requireSet(Object value, String field, List<FieldProblem> p) {
        if (value == null) {
            p.add(new FieldProblem(field, "common.validation.required"));
        }
    }

    private static void tooLong(String text, String field, int max, List<FieldProblem> p) {
        if (text != null && text.length() > max) {
            p.add(new FieldProblem(field, "common.validation.tooLong", max));
        }
    }

    private static void notBeforeReceived(LocalDate value, LocalDate received, String field, List<FieldProblem> p) {
        if (value != null && value.isBefore(received)) {
            p.add(new FieldProblem(field, "leads.validation.beforeReceived"));
        }
    }

    private static void notAfter(LocalDate value, LocalDate today, String field, List<FieldProblem> p) {
        if (value != null && value.isAfter(today)) {
            p.add(new FieldProblem(field, "common.validation.notInFuture"));
        }
    }
}
