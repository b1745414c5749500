package org.liaisondesk.register.roster.model;

/** A liaison station (检察联络站). {@code id} is null until saved. */
public record Station(Long id, String uuid, String name, StationKind kind, String address, String note) {
    public static Station draft(String name, StationKind kind) {
        return new Station(null, null, name, kind, "", "");
    }

    public Station withId(long newId, String newUuid) {
        return new Station(newId, newUuid, name, kind, address, note);
    }
}
