package org.liaisondesk.register.reference.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaisondesk.common.i18n.UserFacingException;
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

    /** The live items of {@code list} by name (what a typed or imported value is looked up by). */
    public Map<String, Long> idsByName(ReferenceList list) {
        Map<String, Long> ids = new HashMap<>();
        for (ReferenceItem item : list(list)) {
            ids.put(item.name(), item.id());
        }
        return ids;
    }

    public Optional<ReferenceItem> find(long id) {
        return db.read(c -> items.find(c, id));
    }

    /** The problems of a name typed for an entry, before the database is asked about duplicates. */
    public static List<FieldProblem> check(ReferenceItem item) {
        List<FieldProblem> problems = new ArrayList<>();
        if (item.name() == null || item.name().isBlank()) {
            problems.add(new FieldProblem("name", "common.validation.required"));
        } else if (item.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "common.validation.tooLong", MAX_NAME_LENGTH));
        }
        return problems;
    }

    /** Adds an entry at the end of its list, or renames one; refuses a name the list already has. */
    public ReferenceItem save(ReferenceItem item) {
        List<FieldProblem> problems = new ArrayList<>(check(item));
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

    /**
     * Moves an entry one place up ({@code up}) or down in its list and numbers the list 1, 2, 3 … in the new
     * order. Returns the list as it now is; nothing changes at either end of the list.
     */
    public List<ReferenceItem> move(long id, boolean up) {
        return db.inTransaction(c -> {
            ReferenceItem item = items.find(c, id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
            List<ReferenceItem> order = new ArrayList<>(items.listLive(c, item.list()));
            int from = indexOf(order, id);
            int to = up ? from - 1 : from + 1;
            if (from < 0 || to < 0 || to >= order.size()) {
                return order;
            }
            order.add(to, order.remove(from));
            List<ReferenceItem> renumbered = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                ReferenceItem entry = order.get(i);
                int wanted = i + 1;
                renumbered.add(entry.sortOrder() == wanted ? entry : items.update(c,
                        new ReferenceItem(entry.id(), entry.uuid(), entry.list(), entry.name(), wanted)));
            }
            return renumbered;
        });
    }

    private static int indexOf(List<ReferenceItem> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Removes an entry from its pick list; records in the recycle bin that use it keep showing its name. Refuses
     * with a {@link UserFacingException} (nothing deleted) while live records use it.
     */
    public void delete(long id) {
        db.write(c -> {
            ReferenceItem item = items.find(c, id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
            long used = items.countUses(c, item);
            if (used > 0) {
                throw new UserFacingException(item.list() == ReferenceList.LIAISON_ROLE
                        ? "roster.inUse.role" : "roster.inUse.business", item.name(), used);
            }
            items.softDelete(c, id);
        });
    }

    /** Brings a deleted entry back; refuses when the list has meanwhile got a live entry of the same name. */
    public void restore(long id) {
        db.write(c -> {
            ReferenceItem item = items.find(c, id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
            if (!items.isDeleted(c, id)) {
                return;
            }
            if (items.nameTaken(c, item.list(), item.name(), id)) {
                throw new UserFacingException("roster.reference.restoreNameTaken", item.name());
            }
            items.restore(c, id);
        });
    }
}
