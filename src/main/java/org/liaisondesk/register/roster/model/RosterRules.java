package org.liaisondesk.register.roster.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.PhoneNumbers;

/** What makes a roster entry (station, prosecutor, liaison, recipient organisation) acceptable. */
public final class RosterRules {
    public static final int MAX_NAME_LENGTH = 60;

    private RosterRules() {
    }

    public static List<FieldProblem> check(Station s) {
        List<FieldProblem> problems = new ArrayList<>();
        checkName(s.name(), problems);
        if (s.kind() == null) {
            problems.add(new FieldProblem("kind", "common.validation.required"));
        }
        return problems;
    }

    public static List<FieldProblem> check(Prosecutor p) {
        List<FieldProblem> problems = new ArrayList<>();
        checkName(p.name(), problems);
        if (p.phone() != null && !p.phone().isBlank()) {
            PhoneNumbers.problem(p.phone()).ifPresent(pr -> problems.add(new FieldProblem("phone", pr.messageKey())));
        }
        return problems;
    }

    public static List<FieldProblem> check(Liaison l, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        checkName(l.name(), problems);
        if (l.roleId() == null) {
            problems.add(new FieldProblem("roleId", "common.validation.required"));
        }
        if (l.phone() != null && !l.phone().isBlank()) {
            PhoneNumbers.problem(l.phone()).ifPresent(pr -> problems.add(new FieldProblem("phone", pr.messageKey())));
        }
        if (l.appointedOn() != null && l.appointedOn().isAfter(today)) {
            problems.add(new FieldProblem("appointedOn", "common.validation.notInFuture"));
        }
        if (l.grid() != null && l.grid().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("grid", "common.validation.tooLong", MAX_NAME_LENGTH));
        }
        return problems;
    }

    public static List<FieldProblem> check(Recipient r) {
        List<FieldProblem> problems = new ArrayList<>();
        checkName(r.name(), problems);
        if (r.id() != null && r.id().equals(r.superiorId())) {
            problems.add(new FieldProblem("superiorId", "roster.recipient.ownSuperior"));
        }
        if (r.contact() != null && r.contact().strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("contact", "common.validation.tooLong", MAX_NAME_LENGTH));
        }
        if (r.phone() != null && !r.phone().isBlank()) {
            PhoneNumbers.problem(r.phone()).ifPresent(pr -> problems.add(new FieldProblem("phone", pr.messageKey())));
        }
        return problems;
    }

    private static void checkName(String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "common.validation.required"));
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "common.validation.tooLong", MAX_NAME_LENGTH));
        }
    }
}
