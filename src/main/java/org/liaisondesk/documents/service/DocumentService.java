package org.liaisondesk.documents.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.data.DocumentSourceRepository;
import org.liaisondesk.documents.model.DocumentData;
import org.liaisondesk.documents.model.DocumentFileNames;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.model.DocumentOptions;
import org.liaisondesk.documents.model.DocumentSource;
import org.liaisondesk.documents.model.EarlierDocument;
import org.liaisondesk.documents.model.PeopleInRecords;
import org.liaisondesk.documents.model.TagCatalogue;
import org.liaisondesk.documents.model.TemplateCheck;
import org.liaisondesk.documents.model.TemplateRules;
import org.liaisondesk.documents.model.UnderlyingRecord;
import org.liaisondesk.ladder.model.ChainLink;
import org.liaisondesk.ladder.model.NumberScheme;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.settings.model.DocumentSettings;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Database;

/**
 * Writes a recommendation's document from its template: reads the record and everything around it, checks the
 * template, fills it, writes the file safely and records the generation in the audit log. One document or a batch.
 */
public final class DocumentService {
    private final Database db;
    private final RecommendationService ladder;
    private final DocumentSourceRepository sources;
    private final TemplateStore templates;
    private final TemplateRenderer renderer;
    private final Supplier<Settings> settings;
    private final AuditLog audit;

    public DocumentService(Database db, RecommendationService ladder, DocumentSourceRepository sources,
                           TemplateStore templates, TemplateRenderer renderer, Supplier<Settings> settings, AuditLog audit) {
        this.db = db;
        this.ladder = ladder;
        this.sources = sources;
        this.templates = templates;
        this.renderer = renderer;
        this.settings = settings;
        this.audit = audit;
    }

    /** What the audit log keeps of one generated document. */
    public record Generated(String file, DocumentKind kind, String number, boolean templateChanged, boolean namesMasked) {
    }

    /** How far a batch has come: {@code done} of {@code total}, {@code current} the document being written. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, String current);
    }

    /** A batch's outcome: the files written, the documents refused with why, and whether it was cancelled. */
    public record BatchResult(List<Path> written, List<Failure> failures, boolean cancelled) {
        public BatchResult {
            written = List.copyOf(written);
            failures = List.copyOf(failures);
        }
    }

    /** A document of a batch that could not be written: its number or title and the reason, in the user's words. */
    public record Failure(long recommendationId, String label, String message) {
    }

    /** The document of one recommendation, written into {@code folder}; returns the file. */
    public Path generate(long recommendationId, Path folder, boolean overwrite) {
        DocumentSource source = source(recommendationId);
        return write(source, checkedTemplate(source.kind(), new EnumMap<>(DocumentKind.class)), folder, overwrite);
    }

    /**
     * The documents of several recommendations, in the order given. A document that cannot be written is reported in
     * the result and the others still are; a template with problems stops nothing but its own documents. Stops before
     * the next document once {@code cancelled} says so (the files already written are complete and stay).
     */
    public BatchResult generate(List<Long> ids, Path folder, boolean overwrite, Progress progress, BooleanSupplier cancelled) {
        List<Path> written = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        Map<DocumentKind, Object> checked = new EnumMap<>(DocumentKind.class);
        for (int i = 0; i < ids.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new BatchResult(written, failures, true);
            }
            long id = ids.get(i);
            String label = Long.toString(id);
            try {
                DocumentSource source = source(id);
                label = label(source.detail());
                progress.update(i, ids.size(), label);
                written.add(write(source, checkedTemplate(source.kind(), checked), folder, overwrite));
            } catch (UserFacingException e) {
                failures.add(new Failure(id, label, e.localizedMessage()));
            }
        }
        progress.update(ids.size(), ids.size(), "");
        return new BatchResult(written, failures, false);
    }

    /**
     * Renders a sample document into memory and throws it away: the first document of a JVM takes about a second
     * (class loading), so the app does this in the background at start and the user's first document is quick.
     */
    public void warmUp() {
        templates.ensureShipped();
        DocumentKind kind = DocumentKind.INDIVIDUAL_LETTER;
        renderer.render(templates.path(kind), org.liaisondesk.documents.model.SampleData.of(kind), TagCatalogue.tableTags(),
                java.io.OutputStream.nullOutputStream());
    }

    /** The live recommendations issued in the period, in the order of issue. */
    public List<Long> issuedBetween(LocalDate from, LocalDate to) {
        return db.read(c -> sources.issuedBetween(c, from, to));
    }

    /** The recommendation with this document number, or with this id. */
    public Optional<Long> find(String numberOrId) {
        String s = numberOrId == null ? "" : numberOrId.strip();
        Optional<Long> byNumber = db.read(c -> sources.byNumber(c, s));
        if (byNumber.isPresent() || !s.matches("\\d{1,18}")) {
            return byNumber;
        }
        return ladder.find(Long.parseLong(s)).map(RecommendationDetail::id);
    }

    /** Everything the document of one recommendation says, read from the register. */
    public DocumentSource source(long recommendationId) {
        RecommendationDetail detail = ladder.find(recommendationId)
                .orElseThrow(() -> new UserFacingException("ladder.gone"));
        Recommendation r = detail.recommendation();
        List<Long> earlierIds = ladder.chain(recommendationId).stream().filter(l -> l.step() < 0).map(ChainLink::id).toList();
        Set<Long> recipientIds = new LinkedHashSet<>(r.copyToIds());
        recipientIds.add(r.recipientId());
        if (r.superiorId() != null) {
            recipientIds.add(r.superiorId());
        }
        Map<Long, String> names = ladder.recipientNames(recipientIds);
        return db.read(c -> {
            String[] prosecutor = sources.prosecutor(c, r.prosecutorId()).orElse(new String[] {"", ""});
            List<Long> ladderIds = new ArrayList<>(earlierIds);
            ladderIds.add(0, recommendationId);
            List<RecordLink> links = sources.links(c, ladderIds);
            List<UnderlyingRecord> records = sources.records(c, links, recommendationId);
            List<EarlierDocument> earlier = sources.earlier(c, earlierIds);
            PeopleInRecords people = sources.people(c, links);
            return new DocumentSource(detail, names.get(r.recipientId()),
                    r.superiorId() == null ? "" : names.get(r.superiorId()),
                    r.copyToIds().stream().map(names::get).filter(n -> n != null && !n.isBlank()).toList(),
                    prosecutor[0], prosecutor[1], sources.stationName(c, r.stationId()), records, earlier, people);
        });
    }

    /** The tags' values for one recommendation's document, as it would be written now. */
    public Map<String, Object> data(DocumentSource source) {
        return DocumentData.of(source, options(source.detail().recommendation()));
    }

    private Path write(DocumentSource source, CheckedTemplate template, Path folder, boolean overwrite) {
        Recommendation r = source.detail().recommendation();
        Map<String, Object> data = data(source);
        String fileName = DocumentFileNames.of(source.kind(), source.detail().number(), r.title(), source.recipient());
        Path file = DocumentFiles.write(folder, fileName, overwrite,
                out -> renderer.render(template.path(), data, TagCatalogue.tableTags(), out));
        Generated generated = new Generated(file.toAbsolutePath().toString(), source.kind(), source.detail().number(),
                template.changed(), settings.get().getDocuments().isMaskNames());
        db.write(c -> audit.record(c, AuditLog.Action.GENERATE, "recommendation", r.id(), r.uuid(), null, generated));
        return file;
    }

    /** A template that passed its check, and whether it differs from the shipped one (for the audit row). */
    private record CheckedTemplate(Path path, boolean changed) {
    }

    /**
     * The kind's template, checked once per batch. A template with problems is refused with the first ones named, so
     * that a mistyped tag is never silently printed as a blank.
     */
    private CheckedTemplate checkedTemplate(DocumentKind kind, Map<DocumentKind, Object> checked) {
        if (!kind.fromRecommendation()) {
            throw new IllegalArgumentException(kind + " is not written from a recommendation");
        }
        Object known = checked.get(kind);
        if (known instanceof UserFacingException refused) {
            throw refused;
        }
        if (known instanceof CheckedTemplate template) {
            return template;
        }
        templates.ensureShipped();
        Path template = templates.path(kind);
        try {
            TemplateCheck check = TemplateRules.check(kind, renderer.scan(template, TagCatalogue.tableTags()));
            if (!check.ok()) {
                throw new UserFacingException("documents.template.refused", template.toAbsolutePath(),
                        TemplateProblems.describe(check.problems(), 3));
            }
            CheckedTemplate ready = new CheckedTemplate(template, templates.isChanged(kind));
            checked.put(kind, ready);
            return ready;
        } catch (UserFacingException e) {
            checked.put(kind, e);
            throw e;
        }
    }

    private DocumentOptions options(Recommendation r) {
        Settings s = settings.get();
        if (s.getOfficeName().isBlank()) {
            throw new UserFacingException("documents.noOffice");
        }
        DocumentSettings d = s.getDocuments();
        LocalDate today = ladder.today();
        String blank = ladder.numberFormat(NumberScheme.of(r.tier(), r.type())).blank(s.getOfficeAbbreviation(), today.getYear());
        return new DocumentOptions(s.getOfficeName(), blank, d.getDateStyle(), d.isMaskNames(), d.getPrintingOffice(),
                s.getLadder().getReplyMonths(), s.getLadder().getUrgentReplyDays(), today);
    }

    private static String label(RecommendationDetail d) {
        return d.number().isEmpty() ? d.recommendation().title() : d.number();
    }
}
