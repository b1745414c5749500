package org.liaisondesk.register.roster.model;

import java.time.LocalDate;

/**
 * A liaison or volunteer on the station's roster (网格员, 检察联络员, 公益诉讼观察员, 人大代表 …). {@code roleId}
 * points to the editable role list; {@code stationId} may be null. {@code id} is null until saved.
 */
public record Liaison(Long id, String uuid, String name, Long roleId, Long stationId, String grid, String phone,
                      LocalDate appointedOn, String note) {

    public static Liaison draft(String name, Long roleId) {
        return new Liaison(null, null, name, roleId, null, "", "", null, "");
    }

    public Liaison withId(long newId, String newUuid) {
        return new Liaison(newId, newUuid, name, roleId, stationId, grid, phone, appointedOn, note);
    }
}
