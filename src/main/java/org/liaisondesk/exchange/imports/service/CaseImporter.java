package org.liaisondesk.exchange.imports.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.exchange.imports.data.CaseImportLookup;
import org.liaisondesk.exchange.imports.data.OneTransaction;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.liaisondesk.exchange.imports.model.CaseImportFields;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterRules;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.storage.Database;

/**
 * Cases through the import engine: a row is cleaned as {@link MatterService#save} cleans it and checked by
 * {@link MatterRules}; stations, prosecutors and businesses (十大业务) are looked up by name. An office number
 * belongs to one live case only, as the service insists: a row whose number is already used in the register, or
 * by a good row above it, is refused. A case sharing its unified code with another is only flagged. A blank status
 * is 办结 when the row has a 办结日期 and 办理中 otherwise. Records are stored through {@link MatterRepository#insert}
 * (with their audit rows), all in one transaction; links to leads and visits are made in the application.
 */
final class CaseImporter implements KindImporter<Matter> {
    private final Database db;
    private final MatterService matters;
    private final MatterRepository repository;
    private final RosterService roster;
    private final ReferenceService reference;
    private final CaseImportLookup lookup;

    CaseImporter(Database db, MatterService matters, MatterRepository repository, RosterService roster,
                 ReferenceService reference, CaseImportLookup lookup) {
        this.db = db;
        this.matters = matters;
        this.repository = repository;
        this.roster = roster;
        this.reference = reference;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CASES;
    }

    @Override
    public List<ImportField> fields() {
        return CaseImportFields.ALL;
    }

    @Override
    public Session<Matter> open() {
        RosterNames names = RosterNames.of(roster);
        Map<String, Long> businesses = reference.idsByName(ReferenceList.BUSINESS);
        Map<String, String> owners = new HashMap<>();
        Set<String> existing = new HashSet<>();
        db.read(c -> {
            owners.putAll(lookup.officeNumberOwners(c));
            lookup.unifiedCodes(c).forEach(code -> existing.add(unifiedCodeKey(code)));
            return null;
        });
        return new CaseSession(names.stations(), names.prosecutors(), businesses, owners, existing, new HashMap<>(),
                matters.today());
    }

    @Override
    public int insertAll(Consumer<Consumer<Matter>> producer) {
        return OneTransaction.insertAll(db, repository::insert, producer);
    }

    @Override
    public Path writeTemplate(Path target) {
        List<String> stations = roster.stations().stream().map(Station::name).toList();
        List<String> prosecutors = roster.prosecutors().stream().map(Prosecutor::name).toList();
        List<String> businesses = reference.list(ReferenceList.BUSINESS).stream().map(ReferenceItem::name).toList();
        Map<String, List<String>> choices = Map.of(
                "businessLine", RowValues.labelList(BusinessLine.class, BusinessLine::messageKey),
                "businessId", businesses,
                "field", RowValues.labelList(SupervisionField.class, SupervisionField::messageKey),
                "status", RowValues.labelList(MatterStatus.class, MatterStatus::messageKey),
                "stationId", stations,
                "prosecutorId", prosecutors,
                "involvesMinor", List.of(Messages.tr("common.yes"), Messages.tr("exchange.import.no")));
        Map<String, String> example = new LinkedHashMap<>();
        example.put("acceptedOn", matters.today().toString());
        example.put("officeNumber", Messages.tr("exchange.import.example.officeNumber"));
        example.put("name", Messages.tr("exchange.import.example.caseName"));
        String line = Messages.tr(BusinessLine.PUBLIC_INTEREST.messageKey());
        example.put("businessLine", line);
        example.put("businessId", businesses.stream().filter(b -> b.startsWith(line)).findFirst().orElse(""));
        example.put("field", Messages.tr(SupervisionField.ECOLOGY.messageKey()));
        example.put("parties", Messages.tr("exchange.import.example.name"));
        example.put("stationId", stations.isEmpty() ? "" : stations.get(0));
        example.put("prosecutorId", prosecutors.isEmpty() ? "" : prosecutors.get(0));
        example.put("status", Messages.tr(MatterStatus.OPEN.messageKey()));
        Set<String> dates = Set.of("acceptedOn", "concludedOn");
        List<TemplateWriter.Column> columns = new ArrayList<>();
        for (ImportField f : fields()) {
            columns.add(new TemplateWriter.Column(Messages.tr(f.headerKey()), !dates.contains(f.field()),
                    choices.getOrDefault(f.field(), List.of()), example.getOrDefault(f.field(), "")));
        }
        return TemplateWriter.write(target, Messages.tr("cases.title"), columns);
    }

    private static String unifiedCodeKey(String code) {
        return "uc:" + code;
    }

    /**
     * One pass's lookups; {@code officeNumberRows} remembers the good rows' office numbers, so that a second
     * row with the same number is refused in this pass as it would be by the register.
     */
    private record CaseSession(Map<String, Long> stations, Map<String, Long> prosecutors, Map<String, Long> businesses,
                               Map<String, String> officeNumberOwners, Set<String> existing,
                               Map<String, Integer> officeNumberRows, LocalDate today) implements Session<Matter> {
        @Override
        public Converted<Matter> convert(int sheetRow, Map<String, ImportCell> cells, Map<String, String> headers) {
            RowValues row = new RowValues(sheetRow, cells, headers, CaseImportFields.ALL);
            LocalDate concludedOn = row.date("concludedOn");
            MatterStatus status = row.choice("status", MatterStatus.class, MatterStatus::messageKey);
            if (status == null && row.text("status").isEmpty()) {
                status = concludedOn == null ? MatterStatus.OPEN : MatterStatus.CONCLUDED;
            }
            Matter matter = MatterService.normalize(Matter.builder()
                    .acceptedOn(row.date("acceptedOn"))
                    .officeNumber(row.text("officeNumber"))
                    .unifiedCode(row.text("unifiedCode"))
                    .name(row.text("name"))
                    .businessLine(row.choice("businessLine", BusinessLine.class, BusinessLine::messageKey))
                    .businessId(row.named("businessId", businesses, "exchange.import.unknownBusiness"))
                    .field(row.choice("field", SupervisionField.class, SupervisionField::messageKey))
                    .problem(row.text("problem"))
                    .parties(row.text("parties"))
                    .involvesMinor(row.yesNo("involvesMinor"))
                    .stationId(row.named("stationId", stations, "exchange.import.unknownStation"))
                    .prosecutorId(row.named("prosecutorId", prosecutors, "exchange.import.unknownProsecutor"))
                    .status(status)
                    .concludedOn(concludedOn)
                    .summary(row.text("summary"))
                    .build());
            row.addRuleProblems(MatterRules.check(matter, today));
            String number = matter.officeNumber();
            if (!number.isEmpty()) {
                String owner = officeNumberOwners.get(number);
                if (owner != null) {
                    row.addRuleProblems(List.of(new FieldProblem("officeNumber", "cases.validation.officeNumberTaken", owner)));
                } else if (row.problems().isEmpty()) {
                    Integer earlier = officeNumberRows.putIfAbsent(number, sheetRow);
                    if (earlier != null) {
                        row.addRuleProblems(List.of(new FieldProblem("officeNumber",
                                "exchange.import.officeNumberInFile", earlier)));
                    }
                }
            }
            return new Converted<>(row.problems().isEmpty() ? matter : null, row.problems());
        }

        @Override
        public Map<String, String> duplicateKeys(Matter m) {
            return m.unifiedCode().isEmpty() ? Map.of()
                    : Map.of(unifiedCodeKey(m.unifiedCode()), Messages.tr("exchange.import.sameUnifiedCode"));
        }

        @Override
        public boolean inRegister(String key) {
            return existing.contains(key);
        }
    }
}
