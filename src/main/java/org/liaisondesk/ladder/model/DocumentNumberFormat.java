package org.liaisondesk.ladder.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number pattern such as {@code {院简称}检{代字}建〔{年}〕{序号}号}: the office's abbreviation, the type
 * code (代字), the full year and the serial (no leading zeros, no 第). {@code 崇} + {@code ""} + 2024 + 3 gives
 * {@code 崇检建〔2024〕3号}.
 */
public record DocumentNumberFormat(String pattern, String code) {
    public static final String OFFICE = "{院简称}";
    public static final String CODE = "{代字}";
    public static final String YEAR = "{年}";
    public static final String SERIAL = "{序号}";
    private static final List<String> KNOWN = List.of(OFFICE, CODE, YEAR, SERIAL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    public DocumentNumberFormat {
        pattern = pattern == null ? "" : pattern.strip();
        code = code == null ? "" : code.strip();
    }

    /**
     * What is wrong with the pattern, as message keys with arguments: empty, an unknown placeholder (named), a
     * missing {@code {年}} or {@code {序号}}.
     */
    public List<Refusal> problems() {
        List<Refusal> problems = new ArrayList<>();
        if (pattern.isEmpty()) {
            problems.add(new Refusal("ladder.number.empty"));
            return problems;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!KNOWN.contains(m.group())) {
                problems.add(new Refusal("ladder.number.unknownPlaceholder", m.group(), String.join(" ", KNOWN)));
            }
        }
        if (!pattern.contains(YEAR)) {
            problems.add(new Refusal("ladder.number.missing", YEAR));
        }
        if (!pattern.contains(SERIAL)) {
            problems.add(new Refusal("ladder.number.missing", SERIAL));
        }
        if (pattern.indexOf('{') >= 0 && PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*[{}].*")) {
            problems.add(new Refusal("ladder.number.brace"));
        }
        return problems;
    }

    public String render(String officeAbbreviation, int year, int serial) {
        if (serial <= 0) {
            throw new IllegalArgumentException("serial must be positive: " + serial);
        }
        return fill(officeAbbreviation, year, Integer.toString(serial));
    }

    /** The number with its serial left out: documents whose scopes are equal share their serials. */
    public String scope(String officeAbbreviation, int year) {
        return fill(officeAbbreviation, year, "#");
    }

    /** The number with the serial left blank (two full-width spaces), for a draft printed before it is issued. */
    public String blank(String officeAbbreviation, int year) {
        return fill(officeAbbreviation, year, "\u3000\u3000");
    }

    private String fill(String office, int year, String serial) {
        Objects.requireNonNull(office, "officeAbbreviation");
        return pattern.replace(OFFICE, office.strip()).replace(CODE, code).replace(YEAR, Integer.toString(year))
                .replace(SERIAL, serial);
    }
}
