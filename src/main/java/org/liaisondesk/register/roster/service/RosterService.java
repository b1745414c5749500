package org.liaisondesk.register.roster.service;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.storage.Database;

/** Stations and prosecutors: the reference lists the visit log picks from. */
public final class RosterService {
    private final Database db;
    private final StationRepository stations;
    private final ProsecutorRepository prosecutors;

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

    /** Removes a station from the pick lists; visits that name it keep showing its name. */
    public void deleteStation(long id) {
        db.write(c -> stations.softDelete(c, id));
    }

    public void deleteProsecutor(long id) {
        db.write(c -> prosecutors.softDelete(c, id));
    }
}
