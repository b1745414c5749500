package org.liaisondesk.register.leads.service;

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
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadRow;
import org.liaisondesk.register.leads.model.LeadRules;
import org.liaisondesk.register.leads.model.LinkedCase;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/**
 * The lead register's use cases. A save is validated first (nothing is written when anything is wrong), then
 * committed in one transaction with its computed stars, its search index entry and its audit row.
 */
public final class LeadService {
    /** How many look-alikes a duplicate warning lists at most. */
    public static final int MAX_LOOK_ALIKES = 10;
    /** How many problems (问题类型) the editor and the list filter suggest at most. */
    public static final int MAX_PROBLEM_SUGGESTIONS = 30;

    private final Database db;
    private final LeadRepository leads;
    private final StationRepository stations;
    private final ProsecutorRepository prosecutors;
    private final LiaisonRepository liaisons;
    private final Clock clock;

    public LeadService(Database db, LeadRepository leads, StationRepository stations, ProsecutorRepository prosecutors,
                       LiaisonRepository liaisons, Clock clock) {
        this.db = db;
        this.leads = leads;
        this.stations = stations;
        this.prosecutors = prosecutors;
        this.liaisons = liaisons;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Saves a new or edited lead; throws {@link ValidationException} (nothing written) when it is not acceptable.
     * A reporter picked from the roster is stored with the roster's name (searchable) and no typed phone.
     */
    public Lead save(Lead input) {
        Lead l = normalize(input);
        List<FieldProblem> problems = new ArrayList<>(LeadRules.check(l, today()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.inTransaction(c -> {
            List<FieldProblem> unknown = new ArrayList<>();
            Lead toSave = l;
            if (l.reporterLiaisonId() != null) {
                Optional<Liaison> reporter = liaisons.find(c, l.reporterLiaisonId());
                if (reporter.isEmpty()) {
                    unknown.add(new FieldProblem("reporterLiaisonId", "common.validation.unknown"));
                } else {
                    toSave = l.toBuilder().reporterName(reporter.get().name()).reporterPhone("").build();
                }
            }
            if (l.stationId() != null && stations.find(c, l.stationId()).isEmpty()) {
                unknown.add(new FieldProblem("stationId", "common.validation.unknown"));
            }
            if (l.prosecutorId() != null && prosecutors.find(c, l.prosecutorId()).isEmpty()) {
                unknown.add(new FieldProblem("prosecutorId", "common.validation.unknown"));
            }
            // A new link to a visit must name a live one; an old link stays valid when that visit is deleted later.
            Long storedVisit = l.id() == null ? null : leads.find(c, l.id()).map(Lead::visitId).orElse(null);
            if (l.visitId() != null && !l.visitId().equals(storedVisit) && !leads.visitExists(c, l.visitId())) {
                unknown.add(new FieldProblem("visitId", "common.validation.unknown"));
            }
            if (!unknown.isEmpty()) {
                throw new ValidationException(unknown);
            }
            return toSave.id() == null ? leads.insert(c, toSave) : leads.update(c, toSave);
        });
    }

    /**
     * Cleans what people type (full-width digits and spaces in phone numbers) and drops what a decision does not
     * carry: no decision date while the lead waits, no 移送 recipient unless it was referred.
     */
    public static Lead normalize(Lead l) {
        Lead.Builder b = l.toBuilder()
                .reporterPhone(l.reporterPhone().isBlank() ? "" : PhoneNumbers.normalize(l.reporterPhone()));
        if (l.triage() != null && !l.triage().decided()) {
            b.triagedOn(null);
        }
        if (l.triage() != null && l.triage() != Triage.REFERRED) {
            b.referredTo("");
        }
        return b.build();
    }

    public Optional<Lead> find(long id) {
        return db.read(c -> leads.find(c, id));
    }

    public Page<LeadRow> page(LeadQuery query) {
        return db.read(c -> leads.page(c, query));
    }

    public long count(LeadQuery query) {
        return db.read(c -> leads.count(c, query));
    }

    public long countLive() {
        return db.read(leads::countLive);
    }

    /**
     * Writes every lead of the query (all pages, in the list's order) to an .xlsx file and records the export in
     * the audit log. The reporter's name and phone are masked unless {@code unmasked}. Returns the number of rows
     * written.
     */
    public long export(LeadQuery query, boolean unmasked, Path target, boolean overwrite) {
        String sheet = Messages.tr(query.recycleBin() ? "leads.recycleBin.title" : "leads.title");
        return AuditedExport.write(db, leads.audit(), LeadRepository.ENTITY, target, sheet,
                LeadExport.columns(unmasked),
                sink -> Pages.forEach(cursor -> page(query.after(cursor).withLimit(Pages.BATCH)), sink),
                unmasked, query, overwrite);
    }

    /**
     * Other live leads that may be the same problem as {@code draft}: same field, same town and village, received
     * within {@link LookAlike#WINDOW_DAYS} days before or after it. Empty while the draft lacks any of these.
     */
    public List<LookAlike> lookAlikes(Lead draft) {
        if (draft.field() == null || draft.receivedOn() == null || draft.town().isBlank() || draft.village().isBlank()) {
            return List.of();
        }
        LocalDate from = draft.receivedOn().minusDays(LookAlike.WINDOW_DAYS);
        LocalDate to = draft.receivedOn().plusDays(LookAlike.WINDOW_DAYS);
        return db.read(c -> leads.lookAlikes(c, draft.field(), draft.town(), draft.village(), from, to, draft.id(),
                MAX_LOOK_ALIKES));
    }

    /**
     * The problems (问题类型) already given to live leads and cases of the field, the most used first (at most
     * {@link #MAX_PROBLEM_SUGGESTIONS}): what the editor suggests, so that the same problem is written the same way.
     * A null field gives the problems of every field (the list's filter before a field is chosen).
     */
    public List<String> problems(SupervisionField field) {
        return db.read(c -> leads.problemsUsed(c, field, MAX_PROBLEM_SUGGESTIONS));
    }

    /** The cases the lead is linked to (linking is done from the case editor). */
    public List<LinkedCase> linkedCases(long leadId) {
        return db.read(c -> leads.linkedCases(c, leadId));
    }

    /** The lead's history (修改记录), oldest first. */
    public List<HistoryEntry> history(long leadId) {
        return db.read(c -> leads.history(c, leadId));
    }

    /** Moves leads to the recycle bin, all in one transaction. */
    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                leads.softDelete(c, id);
            }
        });
    }

    public void restore(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                leads.restore(c, id);
            }
        });
    }
}
