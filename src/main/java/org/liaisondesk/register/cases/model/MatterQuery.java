package org.liaisondesk.register.cases.model;

import java.time.LocalDate;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * What the case list asks the database for: search text, filters, sort and page. Null filters mean "any";
 * {@code from}/{@code to} bound the date of acceptance. {@code recycleBin} true lists deleted cases instead
 * of live ones. {@code problem} keeps the cases of exactly that problem (问题类型, compared in its stored form: see
 * {@link MatterRules#normalizeProblem}; blank means any). {@code after} is where the page starts (null: the first
 * page).
 */
public record MatterQuery(
        String text,
        LocalDate from,
        LocalDate to,
        BusinessLine businessLine,
        Long businessId,
        SupervisionField field,
        String problem,
        MatterStatus status,
        Long stationId,
        Long prosecutorId,
        boolean recycleBin,
        MatterSort sort,
        boolean descending,
        Cursor after,
        int limit) {

    public MatterQuery {
        problem = problem == null || problem.isBlank() ? null : MatterRules.normalizeProblem(problem);
    }

    public static MatterQuery firstPage(int limit) {
        return new MatterQuery("", null, null, null, null, null, null, null, null, null, false, MatterSort.ACCEPTED_ON,
                true, null, limit);
    }

    public MatterQuery after(Cursor start) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, problem, status, stationId,
                prosecutorId, recycleBin, sort, descending, start, limit);
    }

    public MatterQuery withLimit(int newLimit) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, problem, status, stationId,
                prosecutorId, recycleBin, sort, descending, after, newLimit);
    }

    public MatterQuery withText(String newText) {
        return new MatterQuery(newText, from, to, businessLine, businessId, field, problem, status, stationId,
                prosecutorId, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new MatterQuery(text, newFrom, newTo, businessLine, businessId, field, problem, status, stationId,
                prosecutorId, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withBusinessLine(BusinessLine line) {
        return new MatterQuery(text, from, to, line, businessId, field, problem, status, stationId, prosecutorId,
                recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withBusinessId(Long business) {
        return new MatterQuery(text, from, to, businessLine, business, field, problem, status, stationId,
                prosecutorId, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withField(SupervisionField newField) {
        return new MatterQuery(text, from, to, businessLine, businessId, newField, problem, status, stationId,
                prosecutorId, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withProblem(String newProblem) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, newProblem, status, stationId,
                prosecutorId, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withStatus(MatterStatus newStatus) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, problem, newStatus, stationId,
                prosecutorId, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withStation(Long station) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, problem, status, station,
                prosecutorId, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withProsecutor(Long prosecutor) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, problem, status, stationId,
                prosecutor, recycleBin, sort, descending, null, limit);
    }

    public MatterQuery withRecycleBin(boolean bin) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, problem, status, stationId,
                prosecutorId, bin, sort, descending, null, limit);
    }

    public MatterQuery withSort(MatterSort newSort, boolean newDescending) {
        return new MatterQuery(text, from, to, businessLine, businessId, field, problem, status, stationId,
                prosecutorId, recycleBin, newSort, newDescending, null, limit);
    }
}
