package org.liaisondesk.common.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mainland phone numbers as people write them on a visit form: mobiles, landlines with area code and optional
 * extension, 5-digit government hotlines (12345, 12309) and 400/800 service numbers.
 */
public final class PhoneNumbers {
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    // Area codes are 010 and 02x (3 digits) or 03xx–09xx (4 digits), which splits an undashed number unambiguously.
    private static final Pattern LANDLINE =
            Pattern.compile("(0(?:10|2\\d|[3-9]\\d{2}))-?(\\d{7,8})(?:([-转])(\\d{1,6}))?");
    private static final Pattern AREA_CODE_THEN_NUMBER = Pattern.compile("(0(?:10|2\\d|[3-9]\\d{2}))-?(\\d+)(.*)");
    private static final Pattern PARENTHESIZED_AREA_CODE = Pattern.compile("\\((0\\d{2,3})\\)-?(.*)");
    private static final Pattern HOTLINE = Pattern.compile("1\\d{4}");
    private static final Pattern SERVICE = Pattern.compile("[48]00\\d{7}");
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[0-9+\\-转()]*");

    private PhoneNumbers() {
    }

    /**
     * The canonical form: mobiles, hotlines and 400/800 numbers as bare digits (a +86/86 prefix is dropped),
     * landlines as {@code 0xx-xxxxxxxx} with the extension kept ({@code 010-12345678转123}).
     * Anything unrecognised comes back half-width without spaces. null gives "".
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Widths.compact(raw);
        Matcher area = PARENTHESIZED_AREA_CODE.matcher(s);
        if (area.matches()) {
            s = area.group(1) + "-" + area.group(2);
        }
        String withoutDashes = s.replace("-", "");
        Matcher mobile = MOBILE.matcher(withoutDashes);
        if (mobile.matches()) {
            return mobile.group(1);
        }
        if (HOTLINE.matcher(withoutDashes).matches() || SERVICE.matcher(withoutDashes).matches()) {
            return withoutDashes;
        }
        Matcher landline = LANDLINE.matcher(s);
        if (landline.matches()) {
            String extension = landline.group(3) == null ? "" : landline.group(3) + landline.group(4);
            return landline.group(1) + "-" + landline.group(2) + extension;
        }
        return s;
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The problem of the normalized text, or empty when it is a number we accept. "" is WRONG_LENGTH. */
    public static Optional<PhoneNumberProblem> problem(String raw) {
        String n = normalize(raw);
        if (n.isEmpty()) {
            return Optional.of(PhoneNumberProblem.WRONG_LENGTH);
        }
        if (isMobile(n) || isLandline(n) || HOTLINE.matcher(n).matches() || SERVICE.matcher(n).matches()) {
            return Optional.empty();
        }
        if (!ALLOWED_CHARACTERS.matcher(n).matches()) {
            return Optional.of(PhoneNumberProblem.ILLEGAL_CHARACTER);
        }
        if (n.startsWith("+") && !n.startsWith("+86")) {
            return Optional.of(PhoneNumberProblem.UNKNOWN_FORMAT); // a foreign number
        }
        String digits = (n.startsWith("+86") ? n.substring(3) : n).replaceAll("[^0-9]", "");
        int length = digits.length();
        if (digits.startsWith("1")) {
            return Optional.of(length == 11 || length == 5
                    ? PhoneNumberProblem.UNKNOWN_FORMAT : PhoneNumberProblem.WRONG_LENGTH);
        }
        if (n.startsWith("0")) {
            // A known area code followed by a number that is not 7–8 digits long.
            Matcher m = AREA_CODE_THEN_NUMBER.matcher(n);
            boolean wrongLength = m.matches() && (m.group(2).length() < 7 || m.group(2).length() > 8);
            return Optional.of(wrongLength ? PhoneNumberProblem.WRONG_LENGTH : PhoneNumberProblem.UNKNOWN_FORMAT);
        }
        if (digits.startsWith("400") || digits.startsWith("800")) {
            return Optional.of(length == 10 ? PhoneNumberProblem.UNKNOWN_FORMAT : PhoneNumberProblem.WRONG_LENGTH);
        }
        return Optional.of(PhoneNumberProblem.UNKNOWN_FORMAT);
    }

    /** A normalized mainland mobile number (11 digits, 1[3-9]…). */
    static boolean isMobile(String normalized) {
        return normalized.length() == 11 && MOBILE.matcher(normalized).matches();
    }

    /** A normalized landline ({@code 0xx-xxxxxxxx} with optional extension). */
    static boolean isLandline(String normalized) {
        return normalized.indexOf('-') > 0 && LANDLINE.matcher(normalized).matches();
    }

    /** Splits a normalized landline into area code, number and extension (with its separator, or ""). */
    static String[] landlineParts(String normalized) {
        Matcher m = LANDLINE.matcher(normalized);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a normalized landline");
        }
        return new String[] {m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3) + m.group(4)};
    }
}
