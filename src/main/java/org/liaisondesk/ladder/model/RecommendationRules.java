package org.liaisondesk.ladder.model;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.FieldProblem;

/**
 * What every saved recommendation needs, draft or not: its tier, type, business line, field, a title and a
 * recipient; an objection period of 0–90 days; an individual recommendation cites at most one case; the
 * recipient is not copied to itself. {@link LadderRules#readyForApproval} adds what approval needs.
 */
public final class RecommendationRules {
    public static final int TITLE_MAX = 200;

    private RecommendationRules() {
    }

    public static List<FieldProblem> check(Recommendation r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.tier() == null) {
            problems.add(new FieldProblem("tier", "common.validation.required"));
        }
        if (r.type() == null) {
            problems.add(new FieldProblem("type", "common.validation.required"));
        }
        if (r.businessLine() == null) {
            problems.add(new FieldProblem("businessLine", "common.validation.required"));
        }
        if (r.field() == null) {
            problems.add(new FieldProblem("field", "common.validation.required"));
        }
        if (r.title().isEmpty()) {
            problems.add(new FieldProblem("title", "common.validation.required"));
        } else if (r.title().length() > TITLE_MAX) {
            problems.add(new FieldProblem("title", "common.validation.tooLong", TITLE_MAX));
        }
        if (r.recipientId() == null) {
            problems.add(new FieldProblem("recipientId", "common.validation.required"));
        } else if (r.copyToIds().contains(r.recipientId())) {
            problems.add(new FieldProblem("copyToIds", "ladder.validation.copyToRecipient"));
        }
        if (r.draftedOn() == null) {
            problems.add(new FieldProblem("draftedOn", "common.validation.required"));
        }
        if (r.objectionDays() < 0 || r.objectionDays() > 90) {
            problems.add(new FieldProblem("objectionDays", "ladder.validation.objectionDays"));
        }
        if (r.tier() == Tier.INDIVIDUAL && r.matterIds().size() > 1) {
            problems.add(new FieldProblem("links", "ladder.validation.individualOneCase"));
        }
        if (r.id() != null && r.escalatesFrom().stream().anyMatch(e -> e.earlierId() == r.id())) {
            problems.add(new FieldProblem("escalatesFrom", "ladder.validation.escalatesFromItself"));
        }
        return problems;
    }
}
