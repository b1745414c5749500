package org.liaisondesk.register.cases.model;

import org.liaisondesk.common.text.Masking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.ProblemNames;

/**
 * What a case must satisfy before it is saved. Field names are the {@link Matter} component names. Whether
 * the office number is free and the picked station, prosecutor and business still exist is checked by the
 * service against the register.
 */
public final class MatterRules {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_OFFICE_NUMBER_LENGTH = 60;
    public static final int MAX_PARTIES_LENGTH = 1000;
    public static final int MAX_SUMMARY_LENGTH = 4000;
    /** 问题类型 is a short name ("占用耕地从事木材加工"), not a description. */
    public static final int MAX_PROBLEM_LENGTH = ProblemNames.MAX_LENGTH;


    private MatterRules() {
    }

    public static List<FieldProblem> check(Matter m, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        requireSet(m.businessLine(), "businessLine", p);
        requireSet(m.field(), "field", p);
        if (m.problem() != null && m.problem().length() > MAX_PROBLEM_LENGTH) {
            p.add(new FieldProblem("problem", "cases.validation.problemTooLong", MAX_PROBLEM_LENGTH));
        }
        requireSet(m.status(), "status", p);
        if (m.name() == null || m.name().isBlank()) {
            p.add(new FieldProblem("name", "common.validation.required"));
        }
        tooLong(m.name(), MAX_NAME_LENGTH, "name", p);
        tooLong(m.officeNumber(), MAX_OFFICE_NUMBER_LENGTH, "officeNumber", p);
        tooLong(m.parties(), MAX_PARTIES_LENGTH, "parties", p);
        tooLong(m.summary(), MAX_SUMMARY_LENGTH, "summary", p);
        if (!isBlank(m.unifiedCode())) {
            UnifiedCaseCode.problem(m.unifiedCode())
                    .ifPresent(pr -> p.add(new FieldProblem("unifiedCode", pr.messageKey())));
        }
        if (m.acceptedOn() == null) {
            p.add(new FieldProblem("acceptedOn", "common.validation.required"));
        } else if (m.acceptedOn().isAfter(today)) {
            p.add(new FieldProblem("acceptedOn", "common.validation.notInFuture"));
        }
        if (m.status() == MatterStatus.CONCLUDED) {
            if (m.concludedOn() == null) {
                p.add(new FieldProblem("concludedOn", "cases.validation.concludedOnRequired"));
            } else if (m.concludedOn().isAfter(today)) {
                p.add(new FieldProblem("concludedOn", "common.validation.notInFuture"));
            } else if (m.acceptedOn() != null && m.concludedOn().isBefore(m.acceptedOn())) {
                p.add(new FieldProblem("concludedOn", "cases.validation.concludedBeforeAccepted"));
            }
        } else if (m.concludedOn() != null) {
            p.add(new FieldProblem("concludedOn", "cases.validation.concludedOnOnlyWhenConcluded"));
        }
        return p;
    }

    /**
     * The names in a parties text: split on 、 and the other separators people type (commas, semicolons, line
     * breaks, a space between two Chinese names but not inside "John Smith"); blanks dropped. The one list of separators is {@link Masking#names}.
     */
    public static List<String> partyNames(String parties) {
        return Masking.names(parties);
    }

    /**
     * The problem as stored and compared: every run of white space (full-width and non-breaking spaces too) made
     * one space, none at either end; "" for null. Grouping leads and cases by problem relies on this one form.
     */
    public static String normalizeProblem(String problem) {
        return ProblemNames.normalize(problem);
    }

    /** The parties as stored: the names joined by 、, whatever separators were typed. */
    public static String normalizeParties(String parties) {
        return String.join("、", partyNames(parties));
    }

    private static void requireSet(Object value, String field, List<FieldProblem> p) {
        if (value == null) {
            p.add(new FieldProblem(field, "common.validation.required"));
        }
    }

    private static void tooLong(String value, int max, String field, List<FieldProblem> p) {
        if (value != null && value.length() > max) {
            p.add(new FieldProblem(field, "common.validation.tooLong", max));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
