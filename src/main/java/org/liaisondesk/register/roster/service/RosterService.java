package org.liaisondesk.register.roster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.data.UsageRepository;
import org.liaisondesk.register.roster.model.InUseException;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.RecordUsage;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Database;

/** Stations and prosecutors: the reference lists the visit log picks from. */
public final class RosterService {
    private final Database db;
    private final StationRepository stations;
    private final ProsecutorRepository prosecutors;
    private final UsageRepository usage = new UsageRepository();

    public RosterService(Database db, StationRepository stations, ProsecutorRepository prosecutors) {
        this.db = db;
        this.stations = stations;
        this.prosecutors = prosecutors;
    }

    public List<Station> stations() {
        return db.read(stations::listLive);
    }

    public List<Prosecutor> prosecutors() {
        return db.read(prosecutors::listLive);
    }

    /** A station by id, deleted or not (records keep pointing at deleted stations). */
    public Optional<Station> findStation(long id) {
        return db.read(c -> stations.find(c, id));
    }

    public List<HistoryEntry> stationHistory(long id) {
        return db.read(c -> AuditLog.history(c, StationRepository.ENTITY, id));
    }

    public List<HistoryEntry> prosecutorHistory(long id) {
        return db.read(c -> AuditLog.history(c, ProsecutorRepository.ENTITY, id));
    }

    public Station save(Station station) {
        List<FieldProblem> problems = new ArrayList<>(RosterRules.check(station));
        return db.inTransaction(c -> {
            if (problems.isEmpty() && stations.nameTaken(c, station.name(), station.id())) {
                problems.add(new FieldProblem("name", "roster.nameTaken", station.name().strip()));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return station.id() == null ? stations.insert(c, station) : stations.update(c, station);
        });
    }

    public Prosecutor save(Prosecutor prosecutor) {
        List<FieldProblem> problems = new ArrayList<>(RosterRules.check(prosecutor));
        Prosecutor normalized = new Prosecutor(prosecutor.id(), prosecutor.uuid(), prosecutor.name(),
                prosecutor.phone() == null ? "" : PhoneNumbers.normalize(prosecutor.phone()),
                prosecutor.stationId(), prosecutor.note());
        return db.inTransaction(c -> {
            if (problems.isEmpty() && prosecutors.nameTaken(c, prosecutor.name(), prosecutor.id())) {
                problems.add(new FieldProblem("name", "roster.nameTaken", prosecutor.name().strip()));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return normalized.id() == null ? prosecutors.insert(c, normalized) : prosecutors.update(c, normalized);
        });
    }

    /** The live records that use the station (visits, leads, cases, work done, liaisons, prosecutors). */
    public RecordUsage stationUsage(long id) {
        return db.read(c -> usage.ofStation(c, id));
    }

    /** The live records that name the prosecutor (visits, leads, cases, work done). */
    public RecordUsage prosecutorUsage(long id) {
        return db.read(c -> usage.ofProsecutor(c, id));
    }

    /**
     * Removes a station from the pick lists; records in the recycle bin that name it keep showing its name.
     * Refuses with an {@link InUseException} (nothing deleted) while live records use it.
     */
    public void deleteStation(long id) {
        db.write(c -> {
            Station station = stations.find(c, id).orElseThrow(() -> new IllegalArgumentException("no station " + id));
            RecordUsage used = usage.ofStation(c, id);
            if (used.isUsed()) {
                throw new InUseException("roster.inUse.station", station.name(), used);
            }
            stations.softDelete(c, id);
        });
    }

    /** Like {@link #deleteStation}: refused while live records name the prosecutor. */
    public void deleteProsecutor(long id) {
        db.write(c -> {
            Prosecutor prosecutor = prosecutors.find(c, id)
                    .orElseThrow(() -> new IllegalArgumentException("no prosecutor " + id));
            RecordUsage used = usage.ofProsecutor(c, id);
            if (used.isUsed()) {
                throw new InUseException("roster.inUse.prosecutor", prosecutor.name(), used);
            }
            prosecutors.softDelete(c, id);
        });
    }
}
