package org.liaisondesk.register.roster.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.data.UsageRepository;
import org.liaisondesk.register.roster.model.InUseException;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonRow;
import org.liaisondesk.register.roster.model.RecordUsage;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/** Liaisons and volunteers: the people who send leads and sit on hearing panels. */
public final class LiaisonService {
    private final Database db;
    private final LiaisonRepository liaisons;
    private final UsageRepository usage = new UsageRepository();
    private final Clock clock;

    public LiaisonService(Database db, LiaisonRepository liaisons, Clock clock) {
        this.db = db;
        this.liaisons = liaisons;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves a new or edited liaison; throws {@link ValidationException} (nothing written) when it is not acceptable. */
    public Liaison save(Liaison input) {
        Liaison l = new Liaison(input.id(), input.uuid(), input.name(), input.roleId(), input.stationId(),
                input.grid() == null ? "" : input.grid().strip(),
                input.phone() == null || input.phone().isBlank() ? "" : PhoneNumbers.normalize(input.phone()),
                input.appointedOn(), input.note());
        var problems = RosterRules.check(l, today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.inTransaction(c -> {
            if (!liaisons.isRole(c, l.roleId())) {
                throw new ValidationException(List.of(new FieldProblem("roleId", "common.validation.unknown")));
            }
            if (l.stationId() != null && !liaisons.isStation(c, l.stationId())) {
                throw new ValidationException(List.of(new FieldProblem("stationId", "common.validation.unknown")));
            }
            return l.id() == null ? liaisons.insert(c, l) : liaisons.update(c, l);
        });
    }

    public Optional<Liaison> find(long id) {
        return db.read(c -> liaisons.find(c, id));
    }

    public Page<LiaisonRow> page(LiaisonQuery query) {
        return db.read(c -> liaisons.page(c, query));
    }

    public long count(LiaisonQuery query) {
        return db.read(c -> liaisons.count(c, query));
    }

    /**
     * Writes every liaison of the query (all pages, in the list's order) to an .xlsx file and records the
     * export in the audit log. Phones are masked unless {@code unmasked}. Returns the number of rows written.
     */
    public long export(LiaisonQuery query, boolean unmasked, Path target, boolean overwrite) {
        return AuditedExport.write(db, liaisons.audit(), LiaisonRepository.ENTITY, target,
                Messages.tr("roster.liaisons.title"), LiaisonExport.columns(unmasked),
                sink -> Pages.forEach(cursor -> page(query.after(cursor).withLimit(Pages.BATCH)), sink),
                unmasked, query, overwrite);
    }

    /** Up to {@code limit} live liaisons whose name, grid or note contain every word: for pickers. */
    public List<LiaisonRow> search(String text, int limit) {
        return page(LiaisonQuery.firstPage(limit).withText(text)).items();
    }

    /** The records that still name the liaison (leads sent, hearing panels sat on). */
    public RecordUsage usage(long id) {
        return db.read(c -> usage.ofLiaison(c, id));
    }

    /**
     * Moves liaisons to the recycle bin, all in one transaction. Refuses with an {@link InUseException}
     * (nothing deleted) when live leads or hearing panels still name one of them.
     */
    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                Liaison l = liaisons.find(c, id).orElseThrow(() -> new IllegalArgumentException("no liaison " + id));
                RecordUsage used = usage.ofLiaison(c, id);
                if (used.isUsed()) {
                    throw new InUseException("roster.inUse.liaison", l.name(), used);
                }
                liaisons.setDeleted(c, id, true);
            }
        });
    }

    public void restore(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                liaisons.setDeleted(c, id, false);
            }
        });
    }

    /** The liaison's history (修改记录), oldest first. */
    public List<HistoryEntry> history(long id) {
        return db.read(c -> AuditLog.history(c, LiaisonRepository.ENTITY, id));
    }
}
