package org.liaisondesk.register.reference.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.reference.data.ReferenceRepository;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.storage.Database;

/** The editable reference lists (businesses, liaison roles). Entries are never hard-deleted: records keep them. */
public final class ReferenceService {
    public static final int MAX_NAME_LENGTH = 40;
    private final Database db;
    private final ReferenceRepository items;

    public ReferenceService(Database db, ReferenceRepository items) {
        this.db = db;
        this.items = items;
    }

    public List<ReferenceItem> list(ReferenceList list) {
        return db.read(c -> items.listLive(c, list));
    }

    public Optional<ReferenceItem> find(long id) {
        return db.read(c -> items.find(c, id));
    }

    public ReferenceItem save(ReferenceItem item) {
        List<FieldProblem> problems = new ArrayList<>();
        if (item.name() == null || item.name().isBlank()) {
            problems.add(new FieldProblem("name", "common.validation.required"));
        } else if (item.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "common.validation.tooLong", MAX_NAME_LENGTH));
        }
        return db.inTransaction(c -> {
            if (problems.isEmpty() && items.nameTaken(c, item.list(), item.name(), item.id())) {
                problems.add(new FieldProblem("name", "roster.nameTaken", item.name().strip()));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return item.id() == null ? items.insert(c, item) : items.update(c, item);
        });
    }

    /** Removes an entry from the pick list; records that use it keep showing it. */
    public void delete(long id) {
        db.write(c -> items.softDelete(c, id));
    }
}
