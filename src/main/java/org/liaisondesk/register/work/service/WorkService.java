package org.liaisondesk.register.work.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.model.MatterRef;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.model.WorkRow;
import org.liaisondesk.register.work.model.WorkRules;
import org.liaisondesk.register.work.model.WorkTotals;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/**
 * Work done: the use cases of the activity register. A save keeps only the fields of the activity's kind, is
 * validated first (nothing is written when anything is wrong), then committed in one transaction together
 * with its panel, its community-service log, its search index entry and its audit row.
 */
public final class WorkService {
    private final Database db;
    private final WorkRepository work;
    private final StationRepository stations;
    private final ProsecutorRepository prosecutors;
    private final LiaisonRepository liaisons;
    private final Clock clock;

    public WorkService(Database db, WorkRepository work, StationRepository stations, ProsecutorRepository prosecutors,
                       LiaisonRepository liaisons, Clock clock) {
        this.db = db;
        this.work = work;
        this.stations = stations;
        this.prosecutors = prosecutors;
        this.liaisons = liaisons;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves a new or edited activity; throws {@link ValidationException} (nothing written) when it is not acceptable. */
    public WorkActivity save(WorkActivity input) {
        WorkActivity a = normalize(input);
        List<FieldProblem> problems = new ArrayList<>(WorkRules.check(a, today()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.inTransaction(c -> {
            List<FieldProblem> unknown = new ArrayList<>();
            if (a.stationId() != null && stations.find(c, a.stationId()).isEmpty()) {
                unknown.add(new FieldProblem("stationId", "common.validation.unknown"));
            }
            if (a.prosecutorId() != null && prosecutors.find(c, a.prosecutorId()).isEmpty()) {
                unknown.add(new FieldProblem("prosecutorId", "common.validation.unknown"));
            }
            if (a.matterId() != null && work.findMatter(c, a.matterId()).isEmpty()) {
                unknown.add(new FieldProblem("matterId", "common.validation.unknown"));
            }
            for (PanelMember m : a.panel()) {
                if (liaisons.find(c, m.liaisonId()).isEmpty()) {
                    unknown.add(new FieldProblem(WorkActivity.PANEL, "work.validation.panelMemberUnknown", m.name()));
                    break;
                }
            }
            if (!unknown.isEmpty()) {
                throw new ValidationException(unknown);
            }
            return a.id() == null ? work.insert(c, a) : work.update(c, a);
        });
    }

    /** Empties the fields of other kinds, cleans a typed ID number, and marks a minor applicant. */
    public static WorkActivity normalize(WorkActivity input) {
        WorkActivity kept = input.withOnlyKindFields();
        WorkActivity a = kept.toBuilder().applicantIdNumber(ChineseIdNumber.normalize(kept.applicantIdNumber())).build();
        if (!a.involvesMinor() && WorkRules.idShowsMinor(a)) {
            a = a.toBuilder().involvesMinor(true).build();
        }
        return a;
    }

    public Optional<WorkActivity> find(long id) {
        return db.read(c -> work.find(c, id));
    }

    /**
     * The activity for its editor, which shows it unmasked: opening one involving a minor (flagged, or by the
     * applicant's ID number) is recorded as a VIEW row.
     */
    public Optional<WorkActivity> openForEditing(long id) {
        Optional<WorkActivity> activity = find(id);
        activity.filter(a -> a.involvesMinor() || WorkRules.idShowsMinor(a)).ifPresent(a -> db.write(c ->
                work.audit().record(c, AuditLog.Action.VIEW, WorkRepository.ENTITY, id,
                        a.uuid(), null, AuditLog.UnmaskedView.MINOR)));
        return activity;
    }

    public Page<WorkRow> page(WorkQuery query) {
        return db.read(c -> work.page(c, query));
    }

    public long count(WorkQuery query) {
        return db.read(c -> work.count(c, query));
    }

    /** Count, disputes resolved, aid paid, audience and service hours of everything the query's filters select. */
    public WorkTotals totals(WorkQuery query) {
        return db.read(c -> work.totals(c, query));
    }

    public long countLive() {
        return db.read(work::countLive);
    }

    /**
     * Writes every activity of the query (all pages, in the list's order) to an .xlsx file and records the
     * export in the audit log. Masked unless {@code unmasked}; an activity involving a minor stays masked
     * even then. Returns the number of rows written.
     */
    public long export(WorkQuery query, boolean unmasked, Path target, boolean overwrite) {
        return AuditedExport.write(db, work.audit(), WorkRepository.ENTITY, target, Messages.tr("work.title"),
                WorkExport.columns(unmasked),
                sink -> Pages.forEach(cursor -> page(query.after(cursor).withLimit(Pages.BATCH)), sink),
                unmasked, query, overwrite);
    }

    /** Moves activities to the recycle bin, all in one transaction. */
    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                work.softDelete(c, id);
            }
        });
    }

    public void restore(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                work.restore(c, id);
            }
        });
    }

    /** The activity's history, oldest first. */
    public List<HistoryEntry> history(long id) {
        return db.read(c -> work.history(c, id));
    }

    /** Live cases matching every word of {@code text} (all cases, newest first, when it is blank). */
    public List<MatterRef> searchMatters(String text, int limit) {
        return db.read(c -> work.searchMatters(c, text, limit));
    }

    public Optional<MatterRef> findMatter(long id) {
        return db.read(c -> work.findMatter(c, id));
    }
}
