package org.liaisondesk.exchange.imports.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.common.text.Money;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportProblem;

/**
 * The typed values of one row, field by field. A value that cannot be read becomes a problem (in Chinese, naming
 * the user's column) and null; the field is then left out of the kind's own rules ({@link #addRuleProblems}), so
 * that a bad date is not also reported as a missing one.
 */
final class RowValues {
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");
    private static final Pattern INTEGER = Pattern.compile("\\d+(\\.0+)?");
    private static final List<String> YES = List.of("是", "Y", "YES", "TRUE", "1", "√");
    private static final List<String> NO = List.of("否", "N", "NO", "FALSE", "0", "");

    private final int sheetRow;
    private final Map<String, ImportCell> cells;
    private final Map<String, String> headers;
    private final List<ImportField> fields;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();

    /** @param headers per field, the file's header for it */
    RowValues(int sheetRow, Map<String, ImportCell> cells, Map<String, String> headers, List<ImportField> fields) {
        this.sheetRow = sheetRow;
        this.cells = cells;
        this.headers = headers;
        this.fields = fields;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The kind's rules' problems, but none about a field whose value could not be read (already reported). */
    void addRuleProblems(List<FieldProblem> ruleProblems) {
        for (FieldProblem p : ruleProblems) {
            if (!unreadable.contains(p.field())) {
                problem(p.field(), p.messageKey(), p.args());
            }
        }
    }

    String text(String field) {
        return cell(field).text();
    }

    LocalDate date(String field) {
        ImportCell cell = cell(field);
        if (cell.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = ChineseDates.parse(cell.text());
        if (date.isEmpty()) {
            unreadable(field, "exchange.import.badDate", cell.text());
        }
        return date.orElse(null);
    }

    Integer integer(String field) {
        ImportCell cell = cell(field);
        if (cell.isBlank()) {
            return null;
        }
        String text = cell.text();
        if (!INTEGER.matcher(text).matches() || text.length() > 9) {
            unreadable(field, "exchange.import.badNumber", text);
            return null;
        }
        return Integer.parseInt(text.replaceFirst("\\.0+$", ""));
    }

    boolean yesNo(String field) {
        String text = text(field).toUpperCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (!NO.contains(text)) {
            unreadable(field, "exchange.import.badYesNo", text(field));
        }
        return false;
    }

    /**
     * Yes, no, or null for a blank cell: 是/否 and the other spellings {@link #yesNo} reads, or the field's own
     * words for them (已化解/未化解).
     */
    Boolean yesNoOrBlank(String field, String yesLabel, String noLabel) {
        ImportCell cell = cell(field);
        if (cell.isBlank()) {
            return null;
        }
        String text = cell.text().toUpperCase(Locale.ROOT);
        if (YES.contains(text) || cell.text().equals(yesLabel)) {
            return true;
        }
        if (NO.contains(text) || cell.text().equals(noLabel)) {
            return false;
        }
        unreadable(field, "exchange.import.unknownChoice", cell.text(), yesLabel + "、" + noLabel);
        return null;
    }

    /** An amount in yuan as people write it (2000, 2,000.50, 2.5万), in fen; null for a blank cell. */
    Long fen(String field) {
        ImportCell cell = cell(field);
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Money.parseYuan(cell.text());
        } catch (IllegalArgumentException e) {
            unreadable(field, e.getMessage());
            return null;
        }
    }

    /** The id of a roster or list entry given by its name; a name not found is a problem ({@code unknownKey}). */
    Long named(String field, Map<String, Long> known, String unknownKey) {
        ImportCell cell = cell(field);
        if (cell.isBlank()) {
            return null;
        }
        Long id = known.get(cell.text());
        if (id == null) {
            unreadable(field, unknownKey, cell.text());
        }
        return id;
    }

    /** A coded value by its label as shown in the application (咨询) or its stored name (CONSULTATION). */
    <E extends Enum<E>> E choice(String field, Class<E> type, Function<E, String> labelKey) {
        ImportCell cell = cell(field);
        if (cell.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (Messages.tr(labelKey.apply(value)).equals(cell.text()) || value.name().equalsIgnoreCase(cell.text())) {
                return value;
            }
        }
        unreadable(field, "exchange.import.unknownChoice", cell.text(),
                labelList(type, labelKey).stream().collect(Collectors.joining("、")));
        return null;
    }

    static <E extends Enum<E>> List<String> labelList(Class<E> type, Function<E, String> labelKey) {
        return Arrays.stream(type.getEnumConstants()).map(v -> Messages.tr(labelKey.apply(v))).toList();
    }

    /**
     * The ID number's text, or "" (with a problem) when Excel has visibly mangled it: stored as a number, shown
     * in scientific notation, or its last digits turned to 000 so that the check character fails. Other
     * problems are left to the kind's rules.
     */
    String idNumber(String field) {
        ImportCell cell = cell(field);
        if (cell.isBlank()) {
            return "";
        }
        String id = ChineseIdNumber.normalize(cell.text());
        int n = ChineseIdNumber.LENGTH;
        boolean zeroedTail = id.length() == n && id.endsWith("000") && id.chars().allMatch(Character::isDigit)
                && ChineseIdNumber.checkCharacter(id.substring(0, n - 1)) != id.charAt(n - 1);
        if (cell.numeric() || SCIENTIFIC.matcher(id).matches() || zeroedTail) {
            unreadable(field, "exchange.import.idMangled");
            return "";
        }
        return id;
    }

    private ImportCell cell(String field) {
        return cells.getOrDefault(field, ImportCell.EMPTY);
    }

    private void unreadable(String field, String key, Object... args) {
        unreadable.add(field);
        problem(field, key, args);
    }

    private void problem(String field, String key, Object... args) {
        problems.add(new ImportProblem(sheetRow, header(field), Messages.tr(key, args)));
    }

    /** The column the user knows the field by: their header, or ours when the file has no such column. */
    private String header(String field) {
        String header = headers.get(field);
        if (header != null) {
            return header;
        }
        return fields.stream().filter(f -> f.field().equals(field)).findFirst()
                .map(f -> Messages.tr(f.headerKey())).orElse(field);
    }
}
