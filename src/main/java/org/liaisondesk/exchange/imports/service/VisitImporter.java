package org.liaisondesk.exchange.imports.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.exchange.imports.data.OneTransaction;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.liaisondesk.exchange.imports.data.VisitImportLookup;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.VisitImportFields;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitRules;
import org.liaisondesk.register.visits.service.VisitService;
import org.liaisondesk.storage.Database;

/**
 * Visits through the import engine: a row is read into a {@link Visit}, cleaned as the visit service cleans a
 * save, and checked by {@link VisitRules} with today's date of the service; stations and prosecutors are
 * looked up by name in the roster. Records are stored through {@link VisitRepository#insert} (with their
 * deadlines and audit rows), all in one transaction.
 */
final class VisitImporter implements KindImporter<Visit> {
    private final Database db;
    private final VisitService visits;
    private final VisitRepository repository;
    private final RosterService roster;
    private final VisitImportLookup lookup;

    VisitImporter(Database db, VisitService visits, VisitRepository repository, RosterService roster, VisitImportLookup lookup) {
        this.db = db;
        this.visits = visits;
        this.repository = repository;
        this.roster = roster;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.VISITS;
    }

    @Override
    public List<ImportField> fields() {
        return VisitImportFields.ALL;
    }

    @Override
    public Session<Visit> open() {
        RosterNames names = RosterNames.of(roster);
        Set<String> existing = new HashSet<>();
        db.read(c -> {
            lookup.idNumbers(c).forEach(id -> existing.add(idKey(id)));
            lookup.nameDateKeys(c).forEach(key -> existing.add("nd:" + key));
            return null;
        });
        return new VisitSession(names.stations(), names.prosecutors(), existing, visits.today());
    }

    @Override
    public int insertAll(Consumer<Consumer<Visit>> producer) {
        return OneTransaction.insertAll(db, (c, v) -> repository.insert(c, v, visits.deadlinesOf(v)), producer);
    }

    @Override
    public Path writeTemplate(Path target) {
        List<String> stationNames = roster.stations().stream().map(Station::name).toList();
        List<String> prosecutorNames = roster.prosecutors().stream().map(Prosecutor::name).toList();
        List<String> yesNo = List.of(Messages.tr("common.yes"), Messages.tr("exchange.import.no"));
        Map<String, List<String>> choices = Map.of(
                "stationId", stationNames,
                "prosecutorId", prosecutorNames,
                "form", RowValues.labelList(VisitForm.class, VisitForm::messageKey),
                "category", RowValues.labelList(VisitCategory.class, VisitCategory::messageKey),
                "handling", RowValues.labelList(Handling.class, Handling::messageKey),
                "involvesMinor", yesNo,
                "resultExtended", yesNo);
        Map<String, String> example = new LinkedHashMap<>();
        example.put("date", visits.today().toString());
        example.put("stationId", stationNames.isEmpty() ? "" : stationNames.get(0));
        example.put("prosecutorId", prosecutorNames.isEmpty() ? "" : prosecutorNames.get(0));
        example.put("form", Messages.tr(VisitForm.IN_PERSON.messageKey()));
        example.put("category", Messages.tr(VisitCategory.CONSULTATION.messageKey()));
        example.put("visitorName", Messages.tr("exchange.import.example.name"));
        example.put("visitorPhone", "13800138000");
        example.put("visitorIdNumber", "11010519491231002X");
        example.put("peopleCount", "1");
        example.put("summary", Messages.tr("exchange.import.example.summary"));
        example.put("handling", Messages.tr(Handling.ANSWERED_ON_SPOT.messageKey()));
        Set<String> textFields = Set.of("visitorPhone", "visitorIdNumber", "visitorName", "summary", "handlingNote",
                "referredTo", "followUpResult");
        List<TemplateWriter.Column> columns = new ArrayList<>();
        for (ImportField f : fields()) {
            columns.add(new TemplateWriter.Column(Messages.tr(f.headerKey()), textFields.contains(f.field()),
                    choices.getOrDefault(f.field(), List.of()), example.getOrDefault(f.field(), "")));
        }
        return TemplateWriter.write(target, Messages.tr("visits.title"), columns);
    }

    private static String idKey(String idNumber) {
        return "id:" + idNumber;
    }

    private static String nameDateKey(String name, LocalDate date) {
        return "nd:" + VisitImportLookup.nameDateKey(name, date);
    }

    private record VisitSession(Map<String, Long> stations, Map<String, Long> prosecutors, Set<String> existing,
                                LocalDate today) implements Session<Visit> {

        @Override
        public Converted<Visit> convert(int sheetRow, Map<String, ImportCell> cells, Map<String, String> headers) {
            RowValues row = new RowValues(sheetRow, cells, headers, VisitImportFields.ALL);
            Handling handling = row.choice("handling", Handling.class, Handling::messageKey);
            Integer people = row.integer("peopleCount");
            Visit visit = VisitService.normalize(Visit.builder()
                    .date(row.date("date"))
                    .stationId(row.named("stationId", stations, "exchange.import.unknownStation"))
                    .prosecutorId(row.named("prosecutorId", prosecutors, "exchange.import.unknownProsecutor"))
                    .form(row.choice("form", VisitForm.class, VisitForm::messageKey))
                    .category(row.choice("category", VisitCategory.class, VisitCategory::messageKey))
                    .handling(handling == null && row.text("handling").isEmpty() ? Handling.PENDING : handling)
                    .visitorName(row.text("visitorName"))
                    .visitorPhone(row.text("visitorPhone"))
                    .visitorIdNumber(row.idNumber("visitorIdNumber"))
                    .peopleCount(people == null ? 1 : people)
                    .involvesMinor(row.yesNo("involvesMinor"))
                    .summary(row.text("summary"))
                    .handlingNote(row.text("handlingNote"))
                    .referredTo(row.text("referredTo"))
                    .followUpDue(row.date("followUpDue"))
                    .followUpResult(row.text("followUpResult"))
                    .noticeSentOn(row.date("noticeSentOn"))
                    .resultExtended(row.yesNo("resultExtended"))
                    .concludedOn(row.date("concludedOn"))
                    .build());
            row.addRuleProblems(VisitRules.check(visit, today));
            return new Converted<>(row.problems().isEmpty() ? visit : null, row.problems());
        }

        @Override
        public Map<String, String> duplicateKeys(Visit v) {
            Map<String, String> keys = new LinkedHashMap<>();
            if (!v.visitorIdNumber().isEmpty()) {
                keys.put(idKey(v.visitorIdNumber()), Messages.tr("exchange.import.sameIdNumber"));
            }
            if (!v.visitorName().isEmpty()) {
                keys.put(nameDateKey(v.visitorName(), v.date()), Messages.tr("exchange.import.sameNameAndDate"));
            }
            return keys;
        }

        @Override
        public boolean inRegister(String key) {
            return existing.contains(key);
        }
    }
}
