package org.liaisondesk.exchange.imports.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.imports.data.CaseImportLookup;
import org.liaisondesk.exchange.imports.data.ErrorReportWriter;
import org.liaisondesk.exchange.imports.data.ImportMappingStore;
import org.liaisondesk.exchange.imports.data.LeadImportLookup;
import org.liaisondesk.exchange.imports.data.RosterImportLookup;
import org.liaisondesk.exchange.imports.data.SheetReader;
import org.liaisondesk.exchange.imports.data.VisitImportLookup;
import org.liaisondesk.exchange.imports.data.WorkImportLookup;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportProblem;
import org.liaisondesk.exchange.imports.model.ImportProgress;
import org.liaisondesk.exchange.imports.model.ImportReport;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.service.VisitService;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.storage.Database;

/**
 * Imports a spreadsheet (.xlsx or .csv) of register records (visits, leads, cases, work done, the roster of
 * liaisons). The first non-blank row holds the headers, which
 * are matched to fields (the caller's mapping first, then the one remembered for the kind, then names and
 * synonyms); a file missing a required column is refused before any row is read. Every row is then checked by
 * the kind's rules. Only then, and only when every row is good (or the caller asked for the good rows only),
 * the file is read again and its records are written in one transaction. The file is streamed both times, so
 * memory does not grow with its length.
 */
public final class ImportService {
    private final Map<ImportKind, KindImporter<?>> importers = new HashMap<>();
    private final ImportMappingStore mappings;

    public ImportService(Database db, VisitService visits, VisitRepository visitRepository, RosterService roster,
                         LeadService leads, LeadRepository leadRepository, MatterService matters,
                         MatterRepository matterRepository, WorkService work, WorkRepository workRepository,
                         LiaisonService liaisons, LiaisonRepository liaisonRepository, ReferenceService reference,
                         ImportMappingStore mappings) {
        this.mappings = mappings;
        register(new VisitImporter(db, visits, visitRepository, roster, new VisitImportLookup()));
        register(new LeadImporter(db, leads, leadRepository, roster, new LeadImportLookup()));
        register(new LiaisonImporter(db, liaisons, liaisonRepository, roster, reference, new RosterImportLookup()));
        register(new CaseImporter(db, matters, matterRepository, roster, reference, new CaseImportLookup()));
        register(new WorkImporter(db, work, workRepository, roster, new WorkImportLookup()));
    }

    private void register(KindImporter<?> importer) {
        importers.put(importer.kind(), importer);
    }

    public List<ImportField> fields(ImportKind kind) {
        return importer(kind).fields();
    }

    /** The mapping (header → field) used the last time a file of this kind was imported. */
    public Map<String, String> rememberedMapping(ImportKind kind) {
        return mappings.last(kind);
    }

    /** Checks every row and writes nothing. */
    public ImportReport check(ImportKind kind, Path file, ImportOptions options) {
        return new Run<>(importer(kind), file, options).check();
    }

    /**
     * Checks every row, then writes all records in one transaction when every row is good or
     * {@code options.validRowsOnly()}; otherwise writes nothing. The report's {@code written} says how many.
     *
     * @throws UserFacingException when the file cannot be read, lacks a required column, has no rows, or the import was
     *                             cancelled (key {@code exchange.import.cancelled}); nothing is written then
     */
    public ImportReport importFile(ImportKind kind, Path file, ImportOptions options) {
        Run<?> run = new Run<>(importer(kind), file, options);
        ImportReport report = run.check();
        mappings.remember(kind, report.mapping());
        if (report.totalRows() == 0) {
            throw new UserFacingException("exchange.import.noRows", file.getFileName());
        }
        if (!report.allRowsGood() && !options.validRowsOnly()) {
            return report;
        }
        return report.withWritten(run.write(report));
    }

    /** The checked file given back with an error column: what is wrong with each row, and possible duplicates. */
    public Path writeErrorReport(Path file, ImportReport report, Path target) {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        for (ImportProblem p : report.problems()) {
            byRow.computeIfAbsent(p.sheetRow(), r -> new ArrayList<>()).add(Messages.tr("exchange.import.problemInColumn",
                    p.header(), p.message()));
        }
        for (ImportProblem p : report.possibleDuplicates()) {
            byRow.computeIfAbsent(p.sheetRow(), r -> new ArrayList<>()).add(p.message());
        }
        Map<Integer, String> errors = new HashMap<>();
        byRow.forEach((row, messages) -> errors.put(row, String.join("；", messages)));
        return ErrorReportWriter.write(file, errors, Messages.tr("exchange.import.errorColumn"),
                Messages.tr("exchange.import.reportSheet"), target);
    }

    /** An empty register of the kind to fill in, with drop-down lists and an example row. */
    public Path writeTemplate(ImportKind kind, Path target) {
        return importer(kind).writeTemplate(target);
    }

    private KindImporter<?> importer(ImportKind kind) {
        KindImporter<?> importer = importers.get(kind);
        if (importer == null) {
            throw new UserFacingException("exchange.import.kindNotSupported", kind.cliName());
        }
        return importer;
    }

    /** One file being imported: the mapping found on the first pass is used again by the second. */
    private final class Run<T> {
        private final KindImporter<T> importer;
        private final Path file;
        private final ImportOptions options;
        private final BitSet badRows = new BitSet();
        private int headerRow = -1;
        private Map<Integer, String> fieldOfColumn;
        private Map<String, String> headerOfField;

        Run(KindImporter<T> importer, Path file, ImportOptions options) {
            this.importer = importer;
            this.file = file;
            this.options = options;
        }

        ImportReport check() {
            KindImporter.Session<T> session = importer.open();
            List<ImportProblem> problems = new ArrayList<>();
            List<ImportProblem> duplicates = new ArrayList<>();
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            Map<String, String> mapping = new LinkedHashMap<>();
            int[] counts = {0, 0};
            SheetReader.read(file, (sheetRow, cells) -> {
                if (headerRow < 0) {
                    headerRow = sheetRow;
                    matchHeaders(cells, mapping, unknown);
                    return;
                }
                cancelIfAsked();
                counts[0]++;
                KindImporter.Converted<T> converted = session.convert(sheetRow, byField(cells), headerOfField);
                if (!converted.problems().isEmpty()) {
                    problems.addAll(converted.problems());
                    badRows.set(sheetRow);
                } else {
                    counts[1]++;
                    possibleDuplicate(session, converted.record(), sheetRow, firstRowOfKey).ifPresent(duplicates::add);
                }
                options.progress().rowsDone(counts[0], ImportProgress.UNKNOWN);
            });
            if (headerRow < 0) {
                throw new UserFacingException("exchange.import.noHeaders", file.getFileName());
            }
            return new ImportReport(mapping, unknown, counts[0], counts[1], problems, duplicates, 0);
        }

        /** One flag per row, naming every reason: a record already in the register, and the earliest row of this file. */
        private Optional<ImportProblem> possibleDuplicate(KindImporter.Session<T> session, T record, int sheetRow,
                                                          Map<String, Integer> firstRowOfKey) {
            List<String> inRegister = new ArrayList<>();
            List<String> inFile = new ArrayList<>();
            int earliest = Integer.MAX_VALUE;
            for (Map.Entry<String, String> key : session.duplicateKeys(record).entrySet()) {
                Integer earlier = firstRowOfKey.putIfAbsent(key.getKey(), sheetRow);
                if (session.inRegister(key.getKey())) {
                    inRegister.add(key.getValue());
                } else if (earlier != null) {
                    inFile.add(key.getValue());
                    earliest = Math.min(earliest, earlier);
                }
            }
            List<String> messages = new ArrayList<>();
            if (!inRegister.isEmpty()) {
                messages.add(Messages.tr("exchange.import.duplicateInRegister", String.join("、", inRegister)));
            }
            if (!inFile.isEmpty()) {
                messages.add(Messages.tr("exchange.import.duplicateInFile", earliest, String.join("、", inFile)));
            }
            return messages.isEmpty() ? Optional.empty()
                    : Optional.of(new ImportProblem(sheetRow, "", String.join("；", messages)));
        }

        int write(ImportReport report) {
            KindImporter.Session<T> session = importer.open();
            long total = report.goodRows();
            long[] done = {0};
            return importer.insertAll(sink -> SheetReader.read(file, (sheetRow, cells) -> {
                if (sheetRow == headerRow || badRows.get(sheetRow)) {
                    return;
                }
                cancelIfAsked();
                KindImporter.Converted<T> converted = session.convert(sheetRow, byField(cells), headerOfField);
                if (!converted.problems().isEmpty()) {
                    // The roster changed between the check and the write: refuse rather than write a different set.
                    throw new UserFacingException("exchange.import.changedMeanwhile", sheetRow,
                            converted.problems().get(0).message());
                }
                sink.accept(converted.record());
                options.progress().rowsDone(++done[0], total);
            }));
        }

        private void cancelIfAsked() {
            if (options.cancelled().getAsBoolean()) {
                throw new UserFacingException("exchange.import.cancelled");
            }
        }

        private Map<String, ImportCell> byField(List<ImportCell> cells) {
            Map<String, ImportCell> values = new HashMap<>();
            fieldOfColumn.forEach((column, field) -> {
                if (column < cells.size()) {
                    values.put(field, cells.get(column));
                }
            });
            return values;
        }

        private void matchHeaders(List<ImportCell> headers, Map<String, String> mapping, List<String> unknown) {
            Map<String, String> chosen = normalizedKeys(options.mapping());
            Map<String, String> remembered = normalizedKeys(mappings.last(importer.kind()));
            fieldOfColumn = new LinkedHashMap<>();
            headerOfField = new HashMap<>();
            for (int column = 0; column < headers.size(); column++) {
                String header = headers.get(column).text();
                if (header.isEmpty()) {
                    continue;
                }
                String key = normalizeHeader(header);
                Optional<String> field = chosen.containsKey(key)
                        ? Optional.of(chosen.get(key).isBlank() ? "" : fieldNamed(chosen.get(key), true))
                        : Optional.ofNullable(remembered.get(key)).map(f -> fieldNamed(f, false))
                        .or(() -> byNameOrSynonym(key));
                if (field.isEmpty() || field.get().isEmpty() || headerOfField.containsKey(field.get())) {
                    unknown.add(header);
                    continue;
                }
                fieldOfColumn.put(column, field.get());
                headerOfField.put(field.get(), header);
                mapping.put(header, field.get());
            }
            List<String> missing = importer.fields().stream()
                    .filter(f -> f.required() && !headerOfField.containsKey(f.field()))
                    .map(f -> Messages.tr(f.headerKey())).toList();
            if (!missing.isEmpty()) {
                throw new UserFacingException("exchange.import.missingColumns", String.join("、", missing));
            }
        }

        /**
         * The field a mapping names, by field name or by our header for it; "" when not a field. A name the user
         * has just given that is not a field is refused; a stale remembered one is ignored.
         */
        private String fieldNamed(String name, boolean refuseUnknown) {
            String key = normalizeHeader(name);
            for (ImportField f : importer.fields()) {
                if (f.field().equalsIgnoreCase(name.strip()) || normalizeHeader(Messages.tr(f.headerKey())).equals(key)) {
                    return f.field();
                }
            }
            if (refuseUnknown) {
                throw new UserFacingException("exchange.import.unknownField", name, importer.fields().stream()
                        .map(f -> f.field() + "（" + Messages.tr(f.headerKey()) + "）").collect(Collectors.joining("、")));
            }
            return "";
        }

        private Optional<String> byNameOrSynonym(String key) {
            return fieldByNameOrSynonym(key, importer.fields());
        }
    }

    /**
     * The field each header would be read into, as the check will match it — the mapping remembered for the kind,
     * then the field's own header, then its synonyms, each field given to one column only — or "" for a column that
     * would be ignored. Unlike the check it never refuses: the dialog shows it so the user can correct it first.
     */
    public static Map<String, String> proposedMapping(List<String> headers, List<ImportField> fields,
                                                      Map<String, String> remembered) {
        Map<String, String> rememberedByKey = normalizedKeys(remembered);
        Map<String, String> proposal = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (String header : headers) {
            String key = normalizeHeader(header);
            String field = Optional.ofNullable(rememberedByKey.get(key))
                    .filter(f -> fields.stream().anyMatch(known -> known.field().equals(f)))
                    .or(() -> fieldByNameOrSynonym(key, fields)).orElse("");
            proposal.put(header, field.isEmpty() || taken.add(field) ? field : "");
        }
        return proposal;
    }

    private static Optional<String> fieldByNameOrSynonym(String key, List<ImportField> fields) {
        for (ImportField f : fields) {
            if (normalizeHeader(Messages.tr(f.headerKey())).equals(key)
                    || f.synonyms().stream().anyMatch(s -> normalizeHeader(s).equals(key))) {
                return Optional.of(f.field());
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> normalizedKeys(Map<String, String> mapping) {
        Map<String, String> normalized = new HashMap<>();
        mapping.forEach((header, field) -> normalized.put(normalizeHeader(header), field));
        return normalized;
    }

    /** Headers compared without spaces (full-width too), line breaks or the asterisk some registers mark required columns with. */
    static String normalizeHeader(String header) {
        return header.replaceAll("[\\s\\u3000*＊]", "");
    }
}
