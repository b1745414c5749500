package org.liaisondesk.register.roster.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.roster.model.RecipientRow;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/**
 * The directory of recipient organisations (被建议单位). Names are unique among live entries; the chain of
 * superior authorities never loops; a unit that is still the superior of others is not deleted.
 */
public final class RecipientService {
    private final Database db;
    private final RecipientRepository recipients;

    public RecipientService(Database db, RecipientRepository recipients) {
        this.db = db;
        this.recipients = recipients;
    }

    /** Saves a new or edited organisation; throws {@link ValidationException} (nothing written) when not acceptable. */
    public Recipient save(Recipient input) {
        Recipient r = new Recipient(input.id(), input.uuid(), input.name(), input.superiorId(), input.address(),
                input.contact(), input.phone() == null || input.phone().isBlank() ? "" : PhoneNumbers.normalize(input.phone()),
                input.note());
        List<FieldProblem> problems = new ArrayList<>(RosterRules.check(r));
        return db.inTransaction(c -> {
            if (problems.isEmpty() && recipients.nameTaken(c, r.name(), r.id())) {
                problems.add(new FieldProblem("name", "roster.recipient.nameTaken", r.name().strip()));
            }
            if (r.superiorId() != null && problems.stream().noneMatch(p -> p.field().equals("superiorId"))) {
                if (recipients.find(c, r.superiorId()).isEmpty()) {
                    problems.add(new FieldProblem("superiorId", "common.validation.unknown"));
                } else if (r.id() != null && recipients.isSelfOrBelow(c, r.superiorId(), r.id())) {
                    problems.add(new FieldProblem("superiorId", "roster.recipient.superiorCycle"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return r.id() == null ? recipients.insert(c, r) : recipients.update(c, r);
        });
    }

    public Optional<Recipient> find(long id) {
        return db.read(c -> recipients.find(c, id));
    }

    public Page<RecipientRow> page(RecipientQuery query) {
        return db.read(c -> recipients.page(c, query));
    }

    public long count(RecipientQuery query) {
        return db.read(c -> recipients.count(c, query));
    }

    /**
     * Writes every organisation of the query (all pages, in the list's order) to an .xlsx file and records the
     * export in the audit log. Contact phones are masked unless {@code unmasked}. Returns the number of rows written.
     */
    public long export(RecipientQuery query, boolean unmasked, Path target, boolean overwrite) {
        return AuditedExport.write(db, recipients.audit(), RecipientRepository.ENTITY, target,
                Messages.tr("roster.recipients.title"), RecipientExport.columns(unmasked),
                sink -> Pages.forEach(cursor -> page(query.after(cursor).withLimit(Pages.BATCH)), sink),
                unmasked, query, overwrite);
    }

    /** Up to {@code limit} live organisations whose name, address, contact or note contain every word: for pickers. */
    public List<RecipientRow> search(String text, int limit) {
        return page(RecipientQuery.firstPage(limit).withText(text)).items();
    }

    /**
     * The live organisations that may be picked as the superior of {@code id} (null: a new one), by name:
     * never the organisation itself nor one of its own subordinates.
     */
    public List<Recipient> superiorChoices(Long id) {
        return db.read(c -> recipients.superiorChoices(c, id));
    }

    /**
     * Moves organisations to the recycle bin, all in one transaction. Refuses (nothing deleted) when one is
     * still the superior of live organisations.
     */
    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                Recipient r = recipients.find(c, id).orElseThrow(() -> new IllegalArgumentException("no recipient " + id));
                long subordinates = recipients.countLiveSubordinates(c, id);
                if (subordinates > 0) {
                    throw new UserFacingException("roster.recipient.hasSubordinates", r.name(), subordinates);
                }
                recipients.setDeleted(c, id, true);
            }
        });
    }

    /** Brings organisations back; refuses (nothing restored) when a live one has taken the name meanwhile. */
    public void restore(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                Recipient r = recipients.find(c, id).orElseThrow(() -> new IllegalArgumentException("no recipient " + id));
                if (!recipients.isDeleted(c, id)) {
                    continue;
                }
                if (recipients.nameTaken(c, r.name(), id)) {
                    throw new UserFacingException("roster.recipient.restoreNameTaken", r.name());
                }
                recipients.setDeleted(c, id, false);
            }
        });
    }

    /** The organisation's history (修改记录), oldest first. */
    public List<HistoryEntry> history(long id) {
        return db.read(c -> AuditLog.history(c, RecipientRepository.ENTITY, id));
    }
}
