package org.liaisondesk.register.roster.model;

/**
 * A recipient organisation of recommendations (被建议单位), e.g. 清溪镇人民政府 or 区市场监督管理局.
 * {@code superiorId} is its superior authority in the directory (for 抄送 and escalation), may be null.
 * {@code id} is null until saved.
 */
public record Recipient(Long id, String uuid, String name, Long superiorId, String address, String contact,
                        String phone, String note) {

    public static Recipient draft(String name, Long superiorId) {
        return new Recipient(null, null, name, superiorId, "", "", "", "");
    }

    public Recipient withId(long newId, String newUuid) {
        return new Recipient(newId, newUuid, name, superiorId, address, contact, phone, note);
    }
}
