package org.liaisondesk.register.cases.model;

import java.util.Optional;

/**
 * The 23-digit case code of the national unified procuratorial business system (统一业务应用系统案件编码).
 * Only its form is checked (23 digits): the code is issued by that system and copied from it. Spaces and
 * full-width digits, as they come from a Chinese input method or a pasted document, are accepted.
 */
public final class UnifiedCaseCode {
    public static final int LENGTH = 23;

    /** What can be wrong with a typed code. */
    public enum Problem {
        ILLEGAL_CHARACTER, WRONG_LENGTH;

        public String messageKey() {
            return "cases.unifiedCode." + name();
        }
    }

    private UnifiedCaseCode() {
    }

    /** Full-width digits become ASCII digits; spaces, hyphens and invisible characters are dropped. */
    public static String normalize(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                sb.append((char) (c - '\uFF10' + '0'));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-'
                    && Character.getType(c) != Character.FORMAT) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The problem of a code as typed (normalised first), or empty when it is a well-formed code. */
    public static Optional<Problem> problem(String code) {
        String n = normalize(code);
        if (!n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.ILLEGAL_CHARACTER);
        }
        if (n.length() != LENGTH) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }
}
