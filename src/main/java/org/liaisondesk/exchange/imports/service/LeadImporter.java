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
import java.util.stream.IntStream;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.exchange.imports.data.LeadImportLookup;
import org.liaisondesk.exchange.imports.data.OneTransaction;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.LeadImportFields;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadRating;
import org.liaisondesk.register.leads.model.LeadRules;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.storage.Database;

/**
 * Leads through the import engine. The reporter is imported as typed (name and phone), not linked to the roster;
 * stations and prosecutors are looked up by name. A row is cleaned as {@link LeadService#save} cleans it and
 * checked by {@link LeadRules}; the 成案指数 follows from the three scores as always. Records are stored through
 * {@link LeadRepository#insert} (with their audit rows), all in one transaction.
 */
final class LeadImporter implements KindImporter<Lead> {
    private final Database db;
    private final LeadService leads;
    private final LeadRepository repository;
    private final RosterService roster;
    private final LeadImportLookup lookup;

    LeadImporter(Database db, LeadService leads, LeadRepository repository, RosterService roster, LeadImportLookup lookup) {
        this.db = db;
        this.leads = leads;
        this.repository = repository;
        this.roster = roster;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.LEADS;
    }

    @Override
    public List<ImportField> fields() {
        return LeadImportFields.ALL;
    }

    @Override
    public Session<Lead> open() {
        RosterNames names = RosterNames.of(roster);
        Set<String> existing = new HashSet<>();
        db.read(c -> {
            lookup.descriptions(c).forEach(d -> existing.add(descriptionKey(d)));
            lookup.reporterDateKeys(c).forEach(k -> existing.add("rd:" + k));
            return null;
        });
        return new LeadSession(names.stations(), names.prosecutors(), existing, leads.today());
    }

    @Override
    public int insertAll(Consumer<Consumer<Lead>> producer) {
        return OneTransaction.insertAll(db, repository::insert, producer);
    }

    @Override
    public Path writeTemplate(Path target) {
        List<String> scores = IntStream.rangeClosed(LeadRating.MIN_SCORE, LeadRating.MAX_SCORE).mapToObj(String::valueOf).toList();
        Map<String, List<String>> choices = Map.of(
                "source", RowValues.labelList(LeadSource.class, LeadSource::messageKey),
                "field", RowValues.labelList(SupervisionField.class, SupervisionField::messageKey),
                "triage", RowValues.labelList(Triage.class, Triage::messageKey),
                "stationId", roster.stations().stream().map(Station::name).toList(),
                "prosecutorId", roster.prosecutors().stream().map(Prosecutor::name).toList(),
                "ratingIllegality", scores, "ratingInvestigability", scores, "ratingValue", scores);
        Map<String, String> example = new LinkedHashMap<>();
        example.put("receivedOn", leads.today().toString());
        example.put("source", Messages.tr(LeadSource.GRID_WORKER.messageKey()));
        example.put("reporterName", Messages.tr("exchange.import.example.name"));
        example.put("reporterPhone", "13800138000");
        example.put("field", Messages.tr(SupervisionField.ECOLOGY.messageKey()));
        example.put("description", Messages.tr("exchange.import.example.lead"));
        example.put("triage", Messages.tr(Triage.PENDING.messageKey()));
        Set<String> numbers = Set.of("ratingIllegality", "ratingInvestigability", "ratingValue");
        Set<String> dates = Set.of("receivedOn", "triagedOn", "fedBackOn");
        List<TemplateWriter.Column> columns = new ArrayList<>();
        for (ImportField f : fields()) {
            boolean text = !numbers.contains(f.field()) && !dates.contains(f.field());
            columns.add(new TemplateWriter.Column(Messages.tr(f.headerKey()), text,
                    choices.getOrDefault(f.field(), List.of()), example.getOrDefault(f.field(), "")));
        }
        return TemplateWriter.write(target, Messages.tr("exchange.import.leadsSheet"), columns);
    }

    private static String descriptionKey(String description) {
        return "desc:" + description;
    }

    private record LeadSession(Map<String, Long> stations, Map<String, Long> prosecutors, Set<String> existing,
                               LocalDate today) implements Session<Lead> {
        @Override
        public Converted<Lead> convert(int sheetRow, Map<String, ImportCell> cells, Map<String, String> headers) {
            RowValues row = new RowValues(sheetRow, cells, headers, LeadImportFields.ALL);
            String phone = row.text("reporterPhone");
            Triage triage = row.choice("triage", Triage.class, Triage::messageKey);
            Lead lead = LeadService.normalize(Lead.builder()
                    .receivedOn(row.date("receivedOn"))
                    .source(row.choice("source", LeadSource.class, LeadSource::messageKey))
                    .reporterName(row.text("reporterName"))
                    .reporterPhone(phone)
                    .stationId(row.named("stationId", stations, "exchange.import.unknownStation"))
                    .prosecutorId(row.named("prosecutorId", prosecutors, "exchange.import.unknownProsecutor"))
                    .town(row.text("town"))
                    .village(row.text("village"))
                    .grid(row.text("grid"))
                    .field(row.choice("field", SupervisionField.class, SupervisionField::messageKey))
                    .problem(row.text("problem"))
                    .description(row.text("description"))
                    .ratingIllegality(row.integer("ratingIllegality"))
                    .ratingInvestigability(row.integer("ratingInvestigability"))
                    .ratingValue(row.integer("ratingValue"))
                    .triage(triage == null && row.text("triage").isEmpty() ? Triage.PENDING : triage)
                    .triagedOn(row.date("triagedOn"))
                    .referredTo(row.text("referredTo"))
                    .triageReason(row.text("triageReason"))
                    .fedBackOn(row.date("fedBackOn"))
                    .feedbackNote(row.text("feedbackNote"))
                    .build());
            row.addRuleProblems(LeadRules.check(lead, today));
            return new Converted<>(row.problems().isEmpty() ? lead : null, row.problems());
        }

        @Override
        public Map<String, String> duplicateKeys(Lead l) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put(descriptionKey(l.description()), Messages.tr("exchange.import.sameDescription"));
            if (!l.reporterName().isEmpty()) {
                keys.put("rd:" + LeadImportLookup.reporterDateKey(l.reporterName(), l.receivedOn()),
                        Messages.tr("exchange.import.sameReporterAndDate"));
            }
            return keys;
        }

        @Override
        public boolean inRegister(String key) {
            return existing.contains(key);
        }
    }
}
