package org.liaisondesk.audit.service;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.liaisondesk.audit.data.AuditRepository;
import org.liaisondesk.audit.model.AuditEntry;
import org.liaisondesk.audit.model.AuditLine;
import org.liaisondesk.audit.model.AuditQuery;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.storage.AuditChain;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AuditedExport;
import org.liaisondesk.storage.Database;

/**
 * The audit viewer's use cases: the log filtered and paged, the verification of its hash chain, and its export to
 * Excel (itself recorded in the log). Nothing here changes or removes an audit row.
 */
public final class AuditService {
    /** The audit log's entity for an export of the log itself. */
    public static final String AUDIT_ENTITY = "audit_log";

    private final Database db;
    private final AuditLog audit;
    private final AuditRepository repository;

    public AuditService(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.repository = new AuditRepository();
    }

    public Page<AuditEntry> page(AuditQuery query) {
        return db.read(c -> repository.page(c, query));
    }

    public long count(AuditQuery query) {
        return db.read(c -> repository.count(c, query));
    }

    public List<String> users() {
        return db.read(repository::users);
    }

    public List<String> entities() {
        return db.read(repository::entities);
    }

    /** Walks the whole chain (seconds for a million rows); run it in the background. */
    public AuditChain.Verdict verifyChain() {
        return db.read(AuditChain::verify);
    }

    /** The fields a row changed, or for a row without an old value (an export, a backup) the fields it records. */
    public static List<HistoryEntry.FieldChange> changes(AuditEntry entry) {
        return AuditLog.changes(entry.oldValue(), entry.newValue());
    }

    /** One line of the export: a row of the log and one of its changed fields (null for a row that records none). */
    private record Line(AuditEntry entry, AuditLine change) {
    }

    /**
     * Writes every row the query selects (all pages, newest first) to an .xlsx file, one line per changed field as
     * {@code present} puts it in words (the viewer passes its own masked lines, so the file shows what the screen
     * shows). Recorded as an EXPORT row. Returns the number of lines written.
     */
    public long export(AuditQuery query, Path target, boolean overwrite,
                       Function<AuditEntry, List<AuditLine>> present) {
        AuditQuery whole = query.after(null);
        List<ExportColumn<Line>> columns = List.of(
                ExportColumn.number(Messages.tr("audit.column.id"), l -> l.entry().id()),
                text("audit.column.at", l -> l.entry().at()),
                text("audit.column.user", l -> l.entry().user()),
                text("audit.column.action", l -> actionLabel(l.entry().action())),
                text("audit.column.entity", l -> entityLabel(l.entry().entity())),
                text("audit.column.record", l -> recordText(l.entry())),
                text("audit.column.field", l -> l.change() == null ? "" : l.change().field()),
                text("audit.column.old", l -> l.change() == null ? "" : l.change().oldValue()),
                text("audit.column.new", l -> l.change() == null ? "" : l.change().newValue()));
        return AuditedExport.write(db, audit, AUDIT_ENTITY, target, Messages.tr("audit.title"), columns,
                sink -> Pages.forEach(cursor -> page(whole.after(cursor).withLimit(Pages.BATCH)), entry -> {
                    List<AuditLine> lines = present.apply(entry);
                    if (lines.isEmpty()) {
                        sink.accept(new Line(entry, null));
                    }
                    lines.forEach(line -> sink.accept(new Line(entry, line)));
                }), false, whole, overwrite);
    }

    private static ExportColumn<Line> text(String headerKey, Function<Line, Object> value) {
        return ExportColumn.text(Messages.tr(headerKey), value);
    }

    /** The action in words (history.action.*), or as stored when unknown. */
    public static String actionLabel(String action) {
        String key = "history.action." + action;
        return Messages.current().has(key) ? Messages.tr(key) : action;
    }

    /** The kind of record in words (the exchange bundle's names, then the audit log's own), or as stored. */
    public static String entityLabel(String entity) {
        for (String key : List.of("exchange.kind." + entity, "audit.entity." + entity)) {
            if (Messages.current().has(key)) {
                return Messages.tr(key);
            }
        }
        return entity;
    }

    /** The record's number, or its UUID when it has no number; empty for a row about no single record. */
    public static String recordText(AuditEntry e) {
        if (e.entityId() != null && e.entityId() != 0) {
            return String.valueOf(e.entityId());
        }
        return e.entityUuid() == null ? "" : e.entityUuid();
    }
}
