package org.liaisondesk.register.visits.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.common.text.PhoneNumbers;

/**
 * What a visit must satisfy before it is saved. The visitor's identity is optional (people may stay
 * anonymous) but what is given must be right. Field names are the {@link Visit} component names.
 */
public final class VisitRules {
    public static final int MAX_SUMMARY_LENGTH = 4000;
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_PEOPLE = 9999;

    private VisitRules() {
    }

    public static List<FieldProblem> check(Visit v, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (v.date() == null) {
            p.add(new FieldProblem("date", "common.validation.required"));
        } else if (v.date().isAfter(today)) {
            p.add(new FieldProblem("date", "common.validation.notInFuture"));
        }
        requireSet(v.stationId(), "stationId", p);
        requireSet(v.prosecutorId(), "prosecutorId", p);
        requireSet(v.form(), "form", p);
        requireSet(v.category(), "category", p);
        requireSet(v.handling(), "handling", p);
        if (v.summary() == null || v.summary().isBlank()) {
            p.add(new FieldProblem("summary", "common.validation.required"));
        } else if (v.summary().length() > MAX_SUMMARY_LENGTH) {
            p.add(new FieldProblem("summary", "common.validation.tooLong", MAX_SUMMARY_LENGTH));
        }
        if (!isBlank(v.visitorIdNumber())) {
            ChineseIdNumber.problem(v.visitorIdNumber())
                    .ifPresent(pr -> p.add(new FieldProblem("visitorIdNumber", pr.messageKey())));
        }
        if (!isBlank(v.visitorPhone())) {
            PhoneNumbers.problem(v.visitorPhone())
                    .ifPresent(pr -> p.add(new FieldProblem("visitorPhone", pr.messageKey())));
        }
        if (v.peopleCount() < 1 || v.peopleCount() > MAX_PEOPLE) {
            p.add(new FieldProblem("peopleCount", "common.validation.range", 1, MAX_PEOPLE));
        }
        if (v.handling() == Handling.REFERRED && isBlank(v.referredTo())) {
            p.add(new FieldProblem("referredTo", "visits.validation.referredToRequired"));
        }
        for (String[] text : new String[][] {{"visitorName", v.visitorName()}, {"handlingNote", v.handlingNote()},
                {"referredTo", v.referredTo()}, {"followUpResult", v.followUpResult()}}) {
            if (text[1] != null && text[1].length() > MAX_TEXT_LENGTH) {
                p.add(new FieldProblem(text[0], "common.validation.tooLong", MAX_TEXT_LENGTH));
            }
        }
        if (v.date() != null) {
            notBefore(v.followUpDue(), v.date(), "followUpDue", p);
            notBefore(v.noticeSentOn(), v.date(), "noticeSentOn", p);
            notBefore(v.concludedOn(), v.date(), "concludedOn", p);
        }
        notAfter(v.noticeSentOn(), today, "noticeSentOn", p);
        notAfter(v.concludedOn(), today, "concludedOn", p);
        return p;
    }

    /** True when the visitor's ID number shows a person under 18 on the day of the visit. */
    public static boolean idShowsMinor(Visit v) {
        if (isBlank(v.visitorIdNumber()) || v.date() == null
                || ChineseIdNumber.problem(v.visitorIdNumber()).isPresent()) {
            return false;
        }
        return ChineseIdNumber.parse(v.visitorIdNumber()).isMinorOn(v.date());
    }

    private static void requireSet(Object value, String field, List<FieldProblem> p) {
        if (value == null) {
            p.add(new FieldProblem(field, "common.validation.required"));
        }
    }

    private static void notBefore(LocalDate value, LocalDate start, String field, List<FieldProblem> p) {
        if (value != null && value.isBefore(start)) {
            p.add(new FieldProblem(field, "visits.validation.beforeVisitDate"));
        }
    }

    private static void notAfter(LocalDate value, LocalDate today, String field, List<FieldProblem> p) {
        if (value != null && value.isAfter(today)) {
            p.add(new FieldProblem(field, "common.validation.notInFuture"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
