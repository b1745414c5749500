package org.liaisondesk.common.text;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An 18-character resident ID number (居民身份证号, GB 11643): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd 17th digit = male) and a check character.
 * {@link #toString()} is masked so that the number never ends up in a log by accident.
 */
public final class ChineseIdNumber {
    public static final int LENGTH = 18;
    /** Earliest accepted birth date: old registrations still carry 19th-century dates (e.g. 440524188001010014). */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1850, 1, 1);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    // Province-level codes; 71 is Taiwan, 81/82/83 start the residence permits of Hong Kong, Macao and Taiwan residents.
    private static final Set<Integer> PROVINCE_CODES = Set.of(
            11, 12, 13, 14, 15,
            21, 22, 23,
            31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54,
            61, 62, 63, 64, 65,
            71, 81, 82, 83);

    private final String value;
    private final LocalDate birthDate;

    private ChineseIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Trims, removes inner spaces, turns full-width characters into ASCII and a lowercase x into X. null gives "". */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return Widths.compact(raw).replace('x', 'X');
    }

    /** The first problem of the normalized text, checked against today's date of the system clock. */
    public static Optional<IdNumberProblem> problem(String raw) {
        return problem(raw, Clock.systemDefaultZone());
    }

    /** The first problem of the normalized text; "" is {@link IdNumberProblem#WRONG_LENGTH} (callers decide if empty is allowed). */
    public static Optional<IdNumberProblem> problem(String raw, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        String id = normalize(raw);
        if (id.length() != LENGTH) {
            return Optional.of(IdNumberProblem.WRONG_LENGTH);
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                return Optional.of(IdNumberProblem.ILLEGAL_CHARACTER);
            }
        }
        char last = id.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            return Optional.of(IdNumberProblem.ILLEGAL_CHARACTER);
        }
        if (!PROVINCE_CODES.contains(Integer.parseInt(id.substring(0, 2)))) {
            return Optional.of(IdNumberProblem.UNKNOWN_PROVINCE);
        }
        LocalDate birth = birthDateOf(id);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH_DATE)) {
            return Optional.of(IdNumberProblem.INVALID_BIRTH_DATE);
        }
        if (birth.isAfter(LocalDate.now(clock))) {
            return Optional.of(IdNumberProblem.BIRTH_DATE_IN_FUTURE);
        }
        if (checkCharacter(id.substring(0, LENGTH - 1)) != last) {
            return Optional.of(IdNumberProblem.WRONG_CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The check character ('0'–'9' or 'X') for the first 17 digits. */
    public static char checkCharacter(String first17Digits) {
        Objects.requireNonNull(first17Digits, "first17Digits");
        if (first17Digits.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17Digits.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = first17Digits.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Parses against today's date of the system clock.
     *
     * @throws IllegalArgumentException with the problem's message key as message
     */
    public static ChineseIdNumber parse(String raw) {
        return parse(raw, Clock.systemDefaultZone());
    }

    /** @throws IllegalArgumentException with the problem's message key as message */
    public static ChineseIdNumber parse(String raw, Clock clock) {
        Optional<IdNumberProblem> problem = problem(raw, clock);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().messageKey());
        }
        String id = normalize(raw);
        return new ChineseIdNumber(id, birthDateOf(id));
    }

    /** The full, normalized number. Show it only where the user may see it; use {@link Masking} elsewhere. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The two-digit province-level code, e.g. "11" for Beijing. */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** Age in full years (周岁) on the given date; the birthday itself counts as a completed year. */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    public boolean isMinorOn(LocalDate date) {
        return ageOn(date) < 18;
    }

    public String masked() {
        return Masking.maskIdNumber(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChineseIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form, never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits 7–14 as a date, or null when they are not a real date. */
    private static LocalDate birthDateOf(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
