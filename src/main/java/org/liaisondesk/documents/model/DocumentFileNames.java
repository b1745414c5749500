package org.liaisondesk.documents.model;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names of generated files: {@code 检察建议书_崇检建〔2024〕3号_××镇人民政府.docx}, readable and safe on Windows.
 * Characters Windows forbids become their full-width forms (so the name still reads right), control characters
 * and trailing dots or spaces go, reserved device names are avoided, and the length is bounded. An existing file is
 * never overwritten by accident: {@link #unused} adds （2）, （3）….
 */
public final class DocumentFileNames {
    /** Characters, not bytes: NTFS allows 255 UTF-16 units per name; the rest is room for the folder and （99）. */
    static final int MAX_STEM = 120;
    private static final String FORBIDDEN = "\\/:*?\"<>|";
    private static final String FULL_WIDTH = "＼／：＊？＂＜＞｜";
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private DocumentFileNames() {
    }

    /**
     * {@code 检察建议书_崇检建〔2024〕3号_××镇人民政府.docx}; a draft without a number is named by its title instead:
     * {@code 检察建议书_草稿_关于……_××镇人民政府.docx}.
     */
    public static String of(DocumentKind kind, String number, String title, String recipient) {
        String middle = number == null || number.isBlank() ? "草稿_" + safe(title) : safe(number);
        String stem = kind.documentName() + "_" + middle + (recipient == null || recipient.isBlank() ? "" : "_" + safe(recipient));
        return bounded(safe(stem)) + ".docx";
    }

    /** {@code 工作情况统计_2026年第三季度_全区各检察联络站.docx}: the statistics report of a period and what it counts. */
    public static String statistics(String period, String subject) {
        String stem = DocumentKind.STATISTICS_REPORT.documentName() + "_" + safe(period) + "_" + safe(subject);
        return bounded(safe(stem)) + ".docx";
    }

    /** {@code name} made safe as a Windows file name (without bounding its length). */
    public static String safe(String name) {
        StringBuilder s = new StringBuilder();
        (name == null ? "" : name.strip()).codePoints().forEach(cp -> {
            int forbidden = cp < 128 ? FORBIDDEN.indexOf(cp) : -1;
            if (forbidden >= 0) {
                s.append(FULL_WIDTH.charAt(forbidden));
            } else if (Character.isISOControl(cp) || cp == '\u2028' || cp == '\u2029') {
                s.append(' ');
            } else {
                s.appendCodePoint(cp);
            }
        });
        String result = s.toString().replaceAll("\\s+", " ").replaceAll("[. ]+$", "").strip();
        if (result.isEmpty()) {
            return "文书";
        }
        String base = result.contains(".") ? result.substring(0, result.indexOf('.')) : result;
        return RESERVED.contains(base.toUpperCase(Locale.ROOT)) ? "_" + result : result;
    }

    private static String bounded(String stem) {
        if (stem.codePointCount(0, stem.length()) <= MAX_STEM) {
            return stem;
        }
        return stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM)).replaceAll("[. ]+$", "");
    }

    /** {@code fileName} if {@code taken} says it is free, else the first free of 名（2）.docx, 名（3）.docx …. */
    public static String unused(String fileName, Predicate<String> taken) {
        if (!taken.test(fileName)) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        String extension = dot < 0 ? "" : fileName.substring(dot);
        for (int n = 2; ; n++) {
            String candidate = stem + "（" + n + "）" + extension;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
