package org.liaisondesk.register.roster.model;

/** A prosecutor who staffs stations. {@code stationId} is the home station, may be null. */
public record Prosecutor(Long id, String uuid, String name, String phone, Long stationId, String note) {
    public static Prosecutor draft(String name, Long stationId) {
        return new Prosecutor(null, null, name, "", stationId, "");
    }

    public Prosecutor withId(long newId, String newUuid) {
        return new Prosecutor(newId, newUuid, name, phone, stationId, note);
    }
}
