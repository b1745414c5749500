package org.liaisondesk.exchange.imports.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.exchange.imports.data.OneTransaction;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.liaisondesk.exchange.imports.data.WorkImportLookup;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.WorkImportFields;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkRules;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.storage.Database;

/**
 * Work done through the import engine: a row is cleaned as {@link WorkService#save} cleans it and checked by
 * {@link WorkRules}; stations and prosecutors are looked up by name, the linked case by its office number. A
 * column that belongs to other kinds of activity (a 宣传主题 on a mediation) must be empty: the service would
 * drop it, and an import must not lose what the sheet says without telling. Records are stored through
 * {@link WorkRepository#insert} (with their audit rows), all in one transaction.
 */
final class WorkImporter implements KindImporter<WorkActivity> {
    /** The import fields, in column order, that belong to some kinds only (the rest are common to every kind). */
    private static final List<String> KIND_FIELDS = WorkImportFields.ALL.stream().map(ImportField::field)
            .filter(field -> Arrays.stream(WorkKind.values()).anyMatch(k -> k.uses(field))).toList();

    private final Database db;
    private final WorkService work;
    private final WorkRepository repository;
    private final RosterService roster;
    private final WorkImportLookup lookup;

    WorkImporter(Database db, WorkService work, WorkRepository repository, RosterService roster, WorkImportLookup lookup) {
        this.db = db;
        this.work = work;
        this.repository = repository;
        this.roster = roster;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.WORK;
    }

    @Override
    public List<ImportField> fields() {
        return WorkImportFields.ALL;
    }

    @Override
    public Session<WorkActivity> open() {
        RosterNames names = RosterNames.of(roster);
        Map<String, Long> matters = new HashMap<>();
        Set<String> existing = new HashSet<>();
        db.read(c -> {
            matters.putAll(lookup.matterIdsByOfficeNumber(c));
            existing.addAll(lookup.activityKeys(c));
            return null;
        });
        return new WorkSession(names.stations(), names.prosecutors(), matters, existing, work.today());
    }

    @Override
    public int insertAll(Consumer<Consumer<WorkActivity>> producer) {
        return OneTransaction.insertAll(db, repository::insert, producer);
    }

    @Override
    public Path writeTemplate(Path target) {
        List<String> stations = roster.stations().stream().map(Station::name).toList();
        List<String> prosecutors = roster.prosecutors().stream().map(Prosecutor::name).toList();
        Map<String, List<String>> choices = Map.of(
                "kind", RowValues.labelList(WorkKind.class, WorkKind::messageKey),
                "stationId", stations,
                "prosecutorId", prosecutors,
                "involvesMinor", List.of(Messages.tr("common.yes"), Messages.tr("exchange.import.no")),
                "resolved", List.of(Messages.tr("work.list.resolved"), Messages.tr("work.list.unresolved")));
        Map<String, String> example = new LinkedHashMap<>();
        example.put("heldOn", work.today().toString());
        example.put("kind", Messages.tr(WorkKind.PUBLICITY.messageKey()));
        example.put("title", Messages.tr("exchange.import.example.workTitle"));
        example.put("stationId", stations.isEmpty() ? "" : stations.get(0));
        example.put("prosecutorId", prosecutors.isEmpty() ? "" : prosecutors.get(0));
        example.put("place", Messages.tr("exchange.import.example.place"));
        example.put("topic", Messages.tr("exchange.import.example.topic"));
        example.put("audienceCount", "50");
        Set<String> notText = Set.of("heldOn", "audienceCount", "hoursAgreed", "amountApprovedFen", "amountPaidFen");
        List<TemplateWriter.Column> columns = new ArrayList<>();
        for (ImportField f : fields()) {
            columns.add(new TemplateWriter.Column(Messages.tr(f.headerKey()), !notText.contains(f.field()),
                    choices.getOrDefault(f.field(), List.of()), example.getOrDefault(f.field(), "")));
        }
        return TemplateWriter.write(target, Messages.tr("work.title"), columns);
    }

    private record WorkSession(Map<String, Long> stations, Map<String, Long> prosecutors, Map<String, Long> matters,
                               Set<String> existing, LocalDate today) implements Session<WorkActivity> {
        @Override
        public Converted<WorkActivity> convert(int sheetRow, Map<String, ImportCell> cells, Map<String, String> headers) {
            RowValues row = new RowValues(sheetRow, cells, headers, WorkImportFields.ALL);
            WorkKind kind = row.choice("kind", WorkKind.class, WorkKind::messageKey);
            WorkActivity typed = WorkActivity.builder()
                    .heldOn(row.date("heldOn"))
                    .kind(kind)
                    .title(row.text("title"))
                    .stationId(row.named("stationId", stations, "exchange.import.unknownStation"))
                    .prosecutorId(row.named("prosecutorId", prosecutors, "exchange.import.unknownProsecutor"))
                    .place(row.text("place"))
                    .matterId(row.named("matterId", matters, "exchange.import.unknownCase"))
                    .involvesMinor(row.yesNo("involvesMinor"))
                    .parties(row.text("parties"))
                    .mediator(row.text("mediator"))
                    .channel(row.text("channel"))
                    .resolved(row.yesNoOrBlank("resolved", Messages.tr("work.list.resolved"),
                            Messages.tr("work.list.unresolved")))
                    .applicantName(row.text("applicantName"))
                    .applicantIdNumber(row.idNumber("applicantIdNumber"))
                    .amountApprovedFen(row.fen("amountApprovedFen"))
                    .amountPaidFen(row.fen("amountPaidFen"))
                    .hearingType(row.text("hearingType"))
                    .topic(row.text("topic"))
                    .audienceCount(row.integer("audienceCount"))
                    .hoursAgreed(row.integer("hoursAgreed"))
                    .assessment(row.text("assessment"))
                    .outcome(row.text("outcome"))
                    .note(row.text("note"))
                    .build();
            if (kind != null) {
                row.addRuleProblems(KIND_FIELDS.stream()
                        .filter(field -> !kind.uses(field) && cells.containsKey(field) && !cells.get(field).isBlank())
                        .map(field -> new FieldProblem(field, "exchange.import.notForKind", Messages.tr(kind.messageKey())))
                        .toList());
            }
            WorkActivity activity = WorkService.normalize(typed);
            row.addRuleProblems(WorkRules.check(activity, today));
            return new Converted<>(row.problems().isEmpty() ? activity : null, row.problems());
        }

        @Override
        public Map<String, String> duplicateKeys(WorkActivity a) {
            return Map.of(WorkImportLookup.activityKey(a.heldOn(), a.stationId(), a.kind().name(), a.title()),
                    Messages.tr("exchange.import.sameActivity"));
        }

        @Override
        public boolean inRegister(String key) {
            return existing.contains(key);
        }
    }
}
