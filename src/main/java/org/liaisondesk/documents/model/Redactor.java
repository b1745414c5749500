package org.liaisondesk.documents.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.text.PhoneNumbers;

/**
 * Keeps personal data out of a document's text. ID numbers are masked always (a document to an agency never needs
 * one, and a minor's or a victim's must never appear); the known phones of the people behind the document always;
 * names of minors and reporters always, other names when the masking setting is on.
 */
public final class Redactor {
    // 18-character numbers whose digits 7–14 can be a birth date (1850–2099), and the old 15-digit form.
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9])(\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]"
                    + "|\\d{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3})(?![0-9Xx])");

    private final PeopleInRecords people;
    private final String maskedNames;

    public Redactor(PeopleInRecords people, boolean maskNames) {
        this.people = people;
        java.util.List<String> names = new java.util.ArrayList<>(people.protectedNames());
        if (maskNames) {
            names.addAll(people.names());
        }
        this.maskedNames = String.join("、", names);
    }

    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher m = ID_NUMBER.matcher(text);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, Matcher.quoteReplacement(Masking.maskIdNumber(m.group())));
        }
        m.appendTail(s);
        String result = s.toString();
        for (String phone : people.phones()) {
            String digits = PhoneNumbers.normalize(phone);
            if (digits.length() >= 7) {
                result = result.replace(phone, Masking.maskPhone(phone));
                if (!digits.equals(phone)) {
                    result = result.replace(digits, Masking.maskPhone(digits));
                }
            }
        }
        return maskedNames.isEmpty() ? result : Masking.maskNamesIn(result, maskedNames);
    }
}
