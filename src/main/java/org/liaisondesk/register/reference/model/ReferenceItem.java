package org.liaisondesk.register.reference.model;

/** One entry of an editable reference list, e.g. 公益诉讼检察 or 网格员. {@code id} is null until saved. */
public record ReferenceItem(Long id, String uuid, ReferenceList list, String name, int sortOrder) {
    public static ReferenceItem draft(ReferenceList list, String name) {
        return new ReferenceItem(null, null, list, name, Integer.MAX_VALUE);
    }
}
