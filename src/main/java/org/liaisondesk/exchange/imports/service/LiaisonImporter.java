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
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.exchange.imports.data.OneTransaction;
import org.liaisondesk.exchange.imports.data.RosterImportLookup;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.RosterImportFields;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.storage.Database;

/**
 * The roster of liaisons through the import engine: roles are looked up by name in the editable role list,
 * stations in the roster; a row is cleaned as {@link LiaisonService#save} cleans it and checked by
 * {@link RosterRules}. Records are stored through {@link LiaisonRepository#insert} (with their audit rows), all
 * in one transaction.
 */
final class LiaisonImporter implements KindImporter<Liaison> {
    private final Database db;
    private final LiaisonService liaisons;
    private final LiaisonRepository repository;
    private final RosterService roster;
    private final ReferenceService reference;
    private final RosterImportLookup lookup;

    LiaisonImporter(Database db, LiaisonService liaisons, LiaisonRepository repository, RosterService roster,
                    ReferenceService reference, RosterImportLookup lookup) {
        this.db = db;
        this.liaisons = liaisons;
        this.repository = repository;
        this.roster = roster;
        this.reference = reference;
        this.lookup = lookup;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ROSTER;
    }

    @Override
    public List<ImportField> fields() {
        return RosterImportFields.ALL;
    }

    @Override
    public Session<Liaison> open() {
        Map<String, Long> roles = reference.idsByName(ReferenceList.LIAISON_ROLE);
        Map<String, Long> stations = new HashMap<>();
        for (Station s : roster.stations()) {
            stations.put(s.name(), s.id());
        }
        Set<String> existing = new HashSet<>();
        db.read(c -> {
            lookup.names(c).forEach(name -> existing.add(nameKey(name)));
            lookup.phones(c).forEach(phone -> existing.add(phoneKey(phone)));
            return null;
        });
        return new LiaisonSession(roles, stations, existing, liaisons.today());
    }

    @Override
    public int insertAll(Consumer<Consumer<Liaison>> producer) {
        return OneTransaction.insertAll(db, repository::insert, producer);
    }

    @Override
    public Path writeTemplate(Path target) {
        List<String> roles = reference.list(ReferenceList.LIAISON_ROLE).stream().map(ReferenceItem::name).toList();
        List<String> stations = roster.stations().stream().map(Station::name).toList();
        Map<String, List<String>> choices = Map.of("roleId", roles, "stationId", stations);
        Map<String, String> example = new LinkedHashMap<>();
        example.put("name", Messages.tr("exchange.import.example.name"));
        example.put("roleId", roles.isEmpty() ? "" : roles.get(0));
        example.put("stationId", stations.isEmpty() ? "" : stations.get(0));
        example.put("phone", "13800138000");
        example.put("appointedOn", liaisons.today().toString());
        example.put("note", Messages.tr("exchange.import.example.note"));
        Set<String> textFields = Set.of("name", "grid", "phone", "note");
        List<TemplateWriter.Column> columns = new ArrayList<>();
        for (ImportField f : fields()) {
            columns.add(new TemplateWriter.Column(Messages.tr(f.headerKey()), textFields.contains(f.field()),
                    choices.getOrDefault(f.field(), List.of()), example.getOrDefault(f.field(), "")));
        }
        return TemplateWriter.write(target, Messages.tr("roster.liaisons.title"), columns);
    }

    private static String nameKey(String name) {
        return "name:" + name;
    }

    private static String phoneKey(String phone) {
        return "phone:" + phone;
    }

    private record LiaisonSession(Map<String, Long> roles, Map<String, Long> stations, Set<String> existing,
                                  LocalDate today) implements Session<Liaison> {
        @Override
        public Converted<Liaison> convert(int sheetRow, Map<String, ImportCell> cells, Map<String, String> headers) {
            RowValues row = new RowValues(sheetRow, cells, headers, RosterImportFields.ALL);
            String phone = row.text("phone");
            // Cleaned as LiaisonService.save cleans it.
            Liaison liaison = new Liaison(null, null, row.text("name"),
                    row.named("roleId", roles, "exchange.import.unknownRole"),
                    row.named("stationId", stations, "exchange.import.unknownStation"),
                    row.text("grid"), phone.isBlank() ? "" : PhoneNumbers.normalize(phone), row.date("appointedOn"),
                    row.text("note"));
            row.addRuleProblems(RosterRules.check(liaison, today));
            return new Converted<>(row.problems().isEmpty() ? liaison : null, row.problems());
        }

        @Override
        public Map<String, String> duplicateKeys(Liaison l) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put(nameKey(l.name()), Messages.tr("exchange.import.sameName"));
            if (!l.phone().isEmpty()) {
                keys.put(phoneKey(l.phone()), Messages.tr("exchange.import.samePhone"));
            }
            return keys;
        }

        @Override
        public boolean inRegister(String key) {
            return existing.contains(key);
        }
    }
}
