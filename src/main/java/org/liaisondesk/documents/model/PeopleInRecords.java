package org.liaisondesk.documents.model;

import java.util.List;

/**
 * The people named in the records behind a document, so that their data can be kept out of it. {@code names}: parties
 * and visitors, masked when the masking setting is on. {@code protectedNames}: minors' records' parties and visitors,
 * and reporters (whistle-blowers): always masked. {@code phones}: every known phone of those people, always masked.
 */
public record PeopleInRecords(List<String> names, List<String> protectedNames, List<String> phones) {
    public static final PeopleInRecords NONE = new PeopleInRecords(List.of(), List.of(), List.of());

    public PeopleInRecords {
        names = clean(names);
        protectedNames = clean(protectedNames);
        phones = clean(phones);
    }

    private static List<String> clean(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
