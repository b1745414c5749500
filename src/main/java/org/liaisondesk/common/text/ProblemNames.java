package org.liaisondesk.common.text;

import java.util.regex.Pattern;

/**
 * The problem (问题类型) of a lead, case or recommendation as stored and compared: every run of white space
 * (full-width and non-breaking spaces too) made one space, none at either end; "" for null. Grouping records by
 * problem (the class-case suggestion) relies on this one form.
 */
public final class ProblemNames {
    /** The longest problem name accepted: a short label, not a description. */
    public static final int MAX_LENGTH = 30;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ProblemNames() {
    }

    public static String normalize(String problem) {
        return problem == null ? "" : WHITESPACE.matcher(problem).replaceAll(" ").strip();
    }
}
