package org.liaisondesk.register.roster.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonRow;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.storage.Database;

/** Liaisons and volunteers: the people who send leads and sit on hearing panels. */
public final class LiaisonService {
    private final Database db;
    private final LiaisonRepository liaisons;
    private final Clock clock;

    public LiaisonService(Database db, LiaisonRepository liaisons, Clock clock) {
        this.db = db;
        this.liaisons = liaisons;
        this.clock = clock;
    }

    public Liaison save(Liaison input) {
        Liaison l = new Liaison(input.id(), input.uuid(), input.name(), input.roleId(), input.stationId(),
                input.grid(), input.phone() == null || input.phone().isBlank() ? "" : PhoneNumbers.normalize(input.phone()),
                input.appointedOn(), input.note());
        var problems = RosterRules.check(l, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.inTransaction(c -> l.id() == null ? liaisons.insert(c, l) : liaisons.update(c, l));
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

    /** Up to {@code limit} live liaisons whose name, grid or note contain every word: for pickers. */
    public List<LiaisonRow> search(String text, int limit) {
        return page(LiaisonQuery.firstPage(limit).withText(text)).items();
    }

    public void delete(List<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
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
}
