package org.liaisondesk.exchange.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.service.DocumentFiles;
import org.liaisondesk.exchange.data.BundleStore;
import org.liaisondesk.exchange.model.BundleHeader;
import org.liaisondesk.exchange.model.BundlePreview;
import org.liaisondesk.exchange.model.ExportResult;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Database;

/**
 * Exchange bundles: a station exports its whole register (every kind of record with its UUID, deletions included) as
 * one JSON file; the office merges it by UUID. {@link #preview} says what a merge would add, update and skip;
 * {@link #importBundle} does it in one transaction. A refused bundle writes nothing.
 */
public final class BundleService {
    /** The audit log's entity for a bundle export (the file holds personal data). */
    public static final String AUDIT_ENTITY = "exchange_bundle";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final AuditLog audit;
    private final BundleStore store;
    private final Supplier<String> origin;
    private final String appVersion;

    /** {@code origin} names the exporting office or station (the settings' office name). */
    public BundleService(Database db, AuditLog audit, Supplier<String> origin, String appVersion) {
        this.db = db;
        this.audit = audit;
        this.store = new BundleStore(audit);
        this.origin = origin;
        this.appVersion = appVersion;
    }

    /** The audit log's record of one export; {@code personalData} is "full" or "masked". */
    public record ExportAudit(String file, long records, String origin, String personalData) {
    }

    /** The header field that marks a de-identified bundle. */
    static final String PERSONAL_DATA = "personal_data";
    static final String MASKED = "masked";
    static final String FULL = "full";

    /**
     * Writes the whole register to {@code target} (replacing it) with full personal data, as the office needs it to
     * merge, atomically, and records the export in the audit log.
     */
    public ExportResult export(Path target) {
        return export(target, false);
    }

    /**
     * As {@link #export(Path)}; {@code masked} writes names, phones and ID numbers as the lists show them, for a copy
     * that leaves the procuratorate. A masked bundle can be read but is refused for merging (decision 0027).
     */
    public ExportResult export(Path target, boolean masked) {
        Path absolute = target.toAbsolutePath();
        BundleHeader header = new BundleHeader(BundleHeader.FORMAT_VERSION, appVersion, audit.now(), origin.get());
        long[] records = new long[1];
        Path written = DocumentFiles.write(absolute.getParent(), absolute.getFileName().toString(), true, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("format", BundleHeader.FORMAT_NAME);
                json.writeNumberField("format_version", header.formatVersion());
                json.writeStringField("app_version", header.appVersion());
                json.writeStringField("exported_at", header.exportedAt());
                json.writeStringField("origin", header.origin());
                json.writeStringField(PERSONAL_DATA, masked ? MASKED : FULL);
                json.writeObjectFieldStart("records");
                records[0] = db.read(c -> store.export(c, json, masked));
                json.writeEndObject();
                json.writeEndObject();
            }
        });
        db.write(c -> audit.record(c, AuditLog.Action.EXPORT, AUDIT_ENTITY, 0, null, null,
                new ExportAudit(written.toString(), records[0], header.origin(), masked ? MASKED : FULL)));
        return new ExportResult(written, records[0]);
    }

    /** What importing the bundle would add, update and skip; writes nothing. Refuses a bad bundle. */
    public BundlePreview preview(Path bundle) {
        JsonNode root = parse(bundle);
        BundleHeader header = header(root);
        return db.read(c -> store.preview(c, header, root.get("records")));
    }

    /** The audit log's record of one import that changed the register (each record also has its own row). */
    public record ImportAudit(String file, String origin, String exportedAt, int added, int updated, int skipped) {
    }

    /**
     * Merges the bundle into the register in one transaction; returns what was added, updated and skipped. An import
     * that changed something is recorded as one IMPORT row besides the records' own rows; one that changed nothing
     * leaves the register as it was.
     */
    public BundlePreview importBundle(Path bundle) {
        JsonNode root = parse(bundle);
        BundleHeader header = header(root);
        return db.inTransaction(c -> {
            BundlePreview merged = store.merge(c, header, root.get("records"));
            if (!merged.changesNothing()) {
                audit.record(c, AuditLog.Action.IMPORT, AUDIT_ENTITY, 0, null, null, new ImportAudit(
                        bundle.toAbsolutePath().toString(), header.origin(), header.exportedAt(), merged.added(),
                        merged.updated(), merged.skipped()));
            }
            return merged;
        });
    }

    private static JsonNode parse(Path bundle) {
        try (InputStream in = Files.newInputStream(bundle)) {
            JsonNode root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw new UserFacingException("exchange.bundle.notABundle", bundle.toAbsolutePath());
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "exchange.bundle.malformed", bundle.toAbsolutePath(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "exchange.bundle.noFile", bundle.toAbsolutePath());
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.bundle.unreadable", bundle.toAbsolutePath(), e.getMessage());
        }
    }

    private static BundleHeader header(JsonNode root) {
        if (!BundleHeader.FORMAT_NAME.equals(root.path("format").asText(null))) {
            throw new UserFacingException("exchange.bundle.notABundleFormat");
        }
        // Merging masked names and numbers would overwrite or duplicate the people they stand for.
        if (MASKED.equals(root.path(PERSONAL_DATA).asText(FULL))) {
            throw new UserFacingException("exchange.bundle.maskedCannotMerge");
        }
        JsonNode version = root.get("format_version");
        if (version == null || !version.isIntegralNumber() || version.bigIntegerValue().signum() <= 0) {
            throw new UserFacingException("exchange.bundle.noVersion");
        }
        // A number too big for an int is a (very much) newer format, not one that wraps round to an old one.
        if (!version.canConvertToInt() || version.asInt() > BundleHeader.FORMAT_VERSION) {
            throw new UserFacingException("exchange.bundle.newerFormat", version.asText(), BundleHeader.FORMAT_VERSION,
                    root.path("app_version").asText(""));
        }
        return new BundleHeader(version.asInt(), root.path("app_version").asText(""),
                root.path("exported_at").asText(""), root.path("origin").asText(""));
    }
}
