package org.liaisondesk.register.leads.model;

import java.time.LocalDate;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * What the lead list asks the database for: search text, filters, sort and page. Null filters mean "any";
 * {@code minStars} keeps leads rated at least that many stars; {@code notFedBack} keeps the leads that were
 * studied but whose source has not been told yet (未反馈). {@code problem} keeps the leads of exactly that problem
 * (问题类型, compared in its stored form: see {@link LeadRules#normalizeProblem}; blank means any). {@code recycleBin}
 * true lists deleted leads instead of live ones. {@code after} is where the page starts (null: the first page).
 */
public record LeadQuery(
        String text,
        LocalDate from,
        LocalDate to,
        LeadSource source,
        SupervisionField field,
        String problem,
        Triage triage,
        Integer minStars,
        Long stationId,
        boolean notFedBack,
        boolean recycleBin,
        LeadSort sort,
        boolean descending,
        Cursor after,
        int limit) {

    public LeadQuery {
        problem = problem == null || problem.isBlank() ? null : LeadRules.normalizeProblem(problem);
    }

    public static LeadQuery firstPage(int limit) {
        return new LeadQuery("", null, null, null, null, null, null, null, null, false, false, LeadSort.RECEIVED, true,
                null, limit);
    }

    public LeadQuery after(Cursor start) {
        return new LeadQuery(text, from, to, source, field, problem, triage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, start, limit);
    }

    public LeadQuery withLimit(int newLimit) {
        return new LeadQuery(text, from, to, source, field, problem, triage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, after, newLimit);
    }

    public LeadQuery withText(String newText) {
        return new LeadQuery(newText, from, to, source, field, problem, triage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new LeadQuery(text, newFrom, newTo, source, field, problem, triage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withSource(LeadSource newSource) {
        return new LeadQuery(text, from, to, newSource, field, problem, triage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withField(SupervisionField newField) {
        return new LeadQuery(text, from, to, source, newField, problem, triage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withProblem(String newProblem) {
        return new LeadQuery(text, from, to, source, field, newProblem, triage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withTriage(Triage newTriage) {
        return new LeadQuery(text, from, to, source, field, problem, newTriage, minStars, stationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withMinStars(Integer newMinStars) {
        return new LeadQuery(text, from, to, source, field, problem, triage, newMinStars, stationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withStation(Long newStationId) {
        return new LeadQuery(text, from, to, source, field, problem, triage, minStars, newStationId, notFedBack,
                recycleBin, sort, descending, null, limit);
    }

    public LeadQuery withNotFedBack(boolean only) {
        return new LeadQuery(text, from, to, source, field, problem, triage, minStars, stationId, only, recycleBin,
                sort, descending, null, limit);
    }

    public LeadQuery withRecycleBin(boolean bin) {
        return new LeadQuery(text, from, to, source, field, problem, triage, minStars, stationId, notFedBack, bin,
                sort, descending, null, limit);
    }

    public LeadQuery withSort(LeadSort newSort, boolean newDescending) {
        return new LeadQuery(text, from, to, source, field, problem, triage, minStars, stationId, notFedBack,
                recycleBin, newSort, newDescending, null, limit);
    }
}
