package org.liaisondesk.register.cases.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterRow;
import org.liaisondesk.register.cases.model.MatterRules;
import org.liaisondesk.register.cases.model.UnifiedCaseCode;
import org.liaisondesk.register.reference.data.ReferenceRepository;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/**
 * The case register's use cases. A save is validated first (nothing is written when anything is wrong), then
 * the case, its links to leads and visits, its search index entry and its audit row are committed in one
 * transaction.
 */
public final class MatterService {
    /** How many leads or visits the link picker shows at most. */
    public static final int PICKER_LIMIT = 20;
    /** How many problems (问题类型) the editor and the list filter suggest at most. */
    public static final int MAX_PROBLEM_SUGGESTIONS = 30;

    private final Database db;
    private final MatterRepository matters;
    private final StationRepository stations;
    private final ProsecutorRepository prosecutors;
    private final ReferenceRepository reference;
    private final Clock clock;

    public MatterService(Database db, MatterRepository matters, StationRepository stations,
                         ProsecutorRepository prosecutors, ReferenceRepository reference, Clock clock) {
        this.db = db;
        this.matters = matters;
        this.stations = stations;
        this.prosecutors = prosecutors;
        this.reference = reference;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Saves a new or edited case with its links; throws {@link ValidationException} (nothing written) when it
     * is not acceptable.
     */
    public Matter save(Matter input) {
        Matter m = normalize(input);
        List<FieldProblem> problems = MatterRules.check(m, today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.inTransaction(c -> {
            List<FieldProblem> found = new ArrayList<>();
            if (!m.officeNumber().isEmpty()) {
                matters.officeNumberOwner(c, m.officeNumber(), m.id()).ifPresent(owner -> found.add(
                        new FieldProblem("officeNumber", "cases.validation.officeNumberTaken", owner)));
            }
            if (m.businessId() != null && reference.find(c, m.businessId())
                    .filter(item -> item.list() == ReferenceList.BUSINESS).isEmpty()) {
                found.add(new FieldProblem("businessId", "common.validation.unknown"));
            }
            if (m.stationId() != null && stations.find(c, m.stationId()).isEmpty()) {
                found.add(new FieldProblem("stationId", "common.validation.unknown"));
            }
            if (m.prosecutorId() != null && prosecutors.find(c, m.prosecutorId()).isEmpty()) {
                found.add(new FieldProblem("prosecutorId", "common.validation.unknown"));
            }
            Set<MatterLink> stored = new HashSet<>(m.id() == null ? List.of() : matters.links(c, m.id()));
            for (MatterLink link : m.links()) {
                // A link kept from before may point to a record deleted since; only new links must be live.
                if (!stored.contains(link) && !matters.isLive(c, link)) {
                    found.add(new FieldProblem("links", "cases.validation.linkGone"));
                    break;
                }
            }
            if (!found.isEmpty()) {
                throw new ValidationException(found);
            }
            return m.id() == null ? matters.insert(c, m) : matters.update(c, m);
        });
    }

    /** Cleans what people type: spaces and full-width digits in the unified code, the separators between parties. */
    public static Matter normalize(Matter m) {
        String code = m.unifiedCode().isBlank() ? "" : UnifiedCaseCode.normalize(m.unifiedCode());
        return m.toBuilder()
                .unifiedCode(code)
                .parties(MatterRules.normalizeParties(m.parties()))
                .build();
    }

    /** Links a lead or visit to a saved case (one audited save); nothing happens when it is linked already. */
    public Matter link(long matterId, MatterLink link) {
        Matter m = find(matterId).orElseThrow(() -> new IllegalArgumentException("no matter " + matterId));
        if (m.links().contains(link)) {
            return m;
        }
        List<MatterLink> links = new ArrayList<>(m.links());
        links.add(link);
        return save(m.toBuilder().links(links).build());
    }

    public Optional<Matter> find(long id) {
        return db.read(c -> matters.find(c, id));
    }

    /** The matter for its editor, which shows it unmasked: opening one involving a minor is recorded as a VIEW row. */
    public Optional<Matter> openForEditing(long id) {
        Optional<Matter> matter = find(id);
        matter.filter(Matter::involvesMinor).ifPresent(m -> db.write(c -> matters.audit().record(c,
                AuditLog.Action.VIEW, MatterRepository.ENTITY, id, m.uuid(), null, AuditLog.UnmaskedView.MINOR)));
        return matter;
    }

    /** The leads and visits behind the links, for the editor: date and first words, deleted ones marked. */
    public List<LinkedRecord> describe(List<MatterLink> links) {
        return db.read(c -> matters.describe(c, links));
    }

    /** Live leads or visits for the link picker: those matching every word, newest first, at most {@code limit}. */
    public List<LinkedRecord> searchLinkable(LinkKind kind, String text, int limit) {
        return db.read(c -> matters.searchLinkable(c, kind, text, limit));
    }

    /**
     * The problems (问题类型) already given to live cases and leads of the field, the most used first (at most
     * {@link #MAX_PROBLEM_SUGGESTIONS}): what the editor suggests, so that the same problem is written the same way.
     * A null field gives the problems of every field (the list's filter before a field is chosen).
     */
    public List<String> problems(SupervisionField field) {
        return db.read(c -> matters.problemsUsed(c, field, MAX_PROBLEM_SUGGESTIONS));
    }

    public Page<MatterRow> page(MatterQuery query) {
        return db.read(c -> matters.page(c, query));
    }

    public long count(MatterQuery query) {
        return db.read(c -> matters.count(c, query));
    }

    public long countLive() {
        return db.read(matters::countLive);
    }

    /**
     * Writes every case of the query (all pages, in the list's order) to an .xlsx file and records the export in
     * the audit log. Parties are masked unless {@code unmasked}, and always for a case involving a minor. Returns
     * the number of rows written.
     */
    public long export(MatterQuery query, boolean unmasked, Path target, boolean overwrite) {
        String sheet = Messages.tr(query.recycleBin() ? "cases.recycleBin.title" : "cases.title");
        return AuditedExport.write(db, matters.audit(), MatterRepository.ENTITY, target, sheet,
                MatterExport.columns(unmasked),
                sink -> Pages.forEach(cursor -> page(query.after(cursor).withLimit(Pages.BATCH)), sink),
                unmasked, query, overwrite);
    }

    /** The case's history, oldest first (links included). */
    public List<HistoryEntry> history(long id) {
        return db.read(c -> AuditLog.history(c, MatterRepository.ENTITY, id));
    }

    /** Moves cases to the recycle bin, all in one transaction; their links stay. */
    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                matters.softDelete(c, id);
            }
        });
    }

    /**
     * Brings cases back with their links, all in one transaction. Refuses (nothing restored) when a case's
     * office number was given to another live case in the meantime.
     */
    public void restore(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                Matter m = matters.find(c, id).orElseThrow(() -> new IllegalArgumentException("no matter " + id));
                if (!m.officeNumber().isEmpty()) {
                    Optional<String> owner = matters.officeNumberOwner(c, m.officeNumber(), id);
                    if (owner.isPresent()) {
                        throw new UserFacingException("cases.restore.officeNumberTaken", m.name(), m.officeNumber(),
                                owner.get());
                    }
                }
                matters.restore(c, id);
            }
        });
    }
}
