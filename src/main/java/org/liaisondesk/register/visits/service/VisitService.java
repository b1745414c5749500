package org.liaisondesk.register.visits.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitDeadlines;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.visits.model.VisitRules;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/**
 * The visit log's use cases. A save is validated first (nothing is written when anything is wrong), then
 * committed in one transaction together with its computed deadlines, its search index entry and its audit row.
 */
public final class VisitService {
    private final Database db;
    private final VisitRepository visits;
    private final StationRepository stations;
    private final ProsecutorRepository prosecutors;
    private final Supplier<DeadlineCalculator> calculator;
    private final Clock clock;
    private final IntSupplier reminderLeadDays;
    private final AuditLog audit;

    /**
     * @param calculator the calculator in force, asked at each use: the holiday calendar is editable, and a
     *                   change there is followed by {@link #recomputeDeadlines()}
     */
    public VisitService(Database db, AuditLog audit, VisitRepository visits, StationRepository stations,
                        ProsecutorRepository prosecutors, Supplier<DeadlineCalculator> calculator, Clock clock,
                        IntSupplier reminderLeadDays) {
        this.db = db;
        this.audit = audit;
        this.visits = visits;
        this.stations = stations;
        this.prosecutors = prosecutors;
        this.calculator = calculator;
        this.clock = clock;
        this.reminderLeadDays = reminderLeadDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves a new or edited visit; throws {@link ValidationException} (nothing written) when it is not acceptable. */
    public Visit save(Visit input) {
        Visit v = normalize(input);
        List<FieldProblem> problems = new ArrayList<>(VisitRules.check(v, today()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.inTransaction(c -> {
            // Counted inside the transaction: a holiday change committed meanwhile is then already in force.
            VisitDeadlines deadlines = deadlinesOf(v);
            if (stations.find(c, v.stationId()).isEmpty()) {
                throw new ValidationException(List.of(new FieldProblem("stationId", "common.validation.unknown")));
            }
            if (prosecutors.find(c, v.prosecutorId()).isEmpty()) {
                throw new ValidationException(List.of(new FieldProblem("prosecutorId", "common.validation.unknown")));
            }
            return v.id() == null ? visits.insert(c, v, deadlines) : visits.update(c, v, deadlines);
        });
    }

    /** Cleans what people type: full-width digits, a lower-case x, spaces in phone numbers; marks minors. */
    public static Visit normalize(Visit v) {
        Visit.Builder b = v.toBuilder()
                .visitorIdNumber(ChineseIdNumber.normalize(v.visitorIdNumber()))
                .visitorPhone(v.visitorPhone() == null || v.visitorPhone().isBlank() ? "" : PhoneNumbers.normalize(v.visitorPhone()));
        Visit cleaned = b.build();
        if (!cleaned.involvesMinor() && VisitRules.idShowsMinor(cleaned)) {
            cleaned = cleaned.toBuilder().involvesMinor(true).build();
        }
        return cleaned;
    }

    public VisitDeadlines deadlinesOf(Visit v) {
        return VisitDeadlines.of(v, calculator.get());
    }

    /**
     * Counts the deadlines of every petition not yet concluded again with the calendar in force (after the
     * holiday calendar changed), and stores those that moved, in one transaction with an audit row each.
     * Petitions in the recycle bin are included, so a restored one carries the right dates. Returns how many
     * petitions changed.
     */
    public int recomputeDeadlines() {
        return db.inTransaction(c -> {
            // Asked inside the transaction (one writer at a time), so the last recomputation uses the newest calendar.
            DeadlineCalculator now = calculator.get();
            int changed = 0;
            for (VisitRepository.OpenPetition p : visits.openPetitions(c)) {
                VisitDeadlines recomputed = VisitDeadlines.of(p.visit(), now);
                if (!recomputed.equals(p.stored())) {
                    visits.updateDeadlines(c, p, recomputed);
                    changed++;
                }
            }
            return changed;
        });
    }

    public Optional<Visit> find(long id) {
        return db.read(c -> visits.find(c, id));
    }

    /** The visit for its editor, which shows it unmasked: opening a minor's visit is recorded as a VIEW row. */
    public Optional<Visit> openForEditing(long id) {
        Optional<Visit> visit = find(id);
        visit.filter(VisitRules::idShowsMinor).ifPresent(v -> db.write(c -> audit.record(c, AuditLog.Action.VIEW,
                VisitRepository.ENTITY, id, v.uuid(), null, AuditLog.UnmaskedView.MINOR)));
        return visit;
    }

    public Page<VisitRow> page(VisitQuery query) {
        return db.read(c -> visits.page(c, query, today(), reminderLeadDays.getAsInt()));
    }

    public long count(VisitQuery query) {
        return db.read(c -> visits.count(c, query, today(), reminderLeadDays.getAsInt()));
    }

    public long countLive() {
        return db.read(visits::countLive);
    }

    /** Moves visits to the recycle bin, all in one transaction. */
    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                visits.softDelete(c, id);
            }
        });
    }

    public void restore(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                visits.restore(c, id);
            }
        });
    }

    /**
     * Writes every visit of the query (all pages, in the list's order) to an .xlsx file and records the
     * export in the audit log. Masked unless {@code unmasked}. Returns the number of rows written.
     */
    public long export(VisitQuery query, boolean unmasked, Path target, boolean overwrite) {
        return AuditedExport.write(db, audit, VisitRepository.ENTITY, target, Messages.tr("visits.title"),
                VisitExport.columns(unmasked),
                sink -> Pages.forEach(cursor -> page(query.after(cursor).withLimit(Pages.BATCH)), sink),
                unmasked, query, overwrite);
    }

    /** Visits that look like the same visitor (same ID number, phone, or name on the same day): a warning, never a refusal. */
    public List<VisitRow> lookAlikes(Visit draft) {
        Visit v = normalize(draft);
        return db.read(c -> visits.lookAlikes(c, v, 5));
    }

    /** The history of one visit, oldest first. */
    public List<HistoryEntry> history(long id) {
        return db.read(c -> AuditLog.history(c, VisitRepository.ENTITY, id));
    }

    public int reminderLeadDays() {
        return reminderLeadDays.getAsInt();
    }
}
