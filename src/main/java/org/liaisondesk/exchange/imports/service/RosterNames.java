package org.liaisondesk.exchange.imports.service;

import java.util.HashMap;
import java.util.Map;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;

/** The roster's stations and prosecutors by name, as the imported sheets name them, read once per import. */
record RosterNames(Map<String, Long> stations, Map<String, Long> prosecutors) {
    static RosterNames of(RosterService roster) {
        Map<String, Long> stations = new HashMap<>();
        for (Station s : roster.stations()) {
            stations.put(s.name(), s.id());
        }
        Map<String, Long> prosecutors = new HashMap<>();
        for (Prosecutor p : roster.prosecutors()) {
            prosecutors.put(p.name(), p.id());
        }
        return new RosterNames(stations, prosecutors);
    }
}
