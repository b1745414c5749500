package org.liaisondesk.documents.model;

import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Tier;

/**
 * The documents LiaisonDesk writes, each from its own template file in the templates folder: four from a
 * recommendation, and the statistics report (工作情况统计, the meeting pack) from the workload statistics.
 * {@code fileName} is the template's name there (Chinese, so that office staff recognise it);
 * {@code documentName} starts the name of every generated file (检察建议书_崇检建〔2024〕3号_××镇人民政府.docx).
 */
public enum DocumentKind {
    INDIVIDUAL_LETTER("个案检察建议书.docx", "检察建议书"),
    PRE_SUIT_LETTER("诉前检察建议书.docx", "检察建议书"),
    CLASS_LETTER("类案检察建议书.docx", "检察建议书"),
    SPECIAL_REPORT("专项法律监督报告.docx", "专项法律监督报告"),
    /** Not written from a recommendation: {@link #of} never returns it. */
    STATISTICS_REPORT("工作情况统计.docx", "工作情况统计");

    private final String fileName;
    private final String documentName;

    DocumentKind(String fileName, String documentName) {
        this.fileName = fileName;
        this.documentName = documentName;
    }

    public String fileName() {
        return fileName;
    }

    public String documentName() {
        return documentName;
    }

    public String messageKey() {
        return "documents.kind." + name();
    }

    /** True for the four documents written from a recommendation. */
    public boolean fromRecommendation() {
        return this != STATISTICS_REPORT;
    }

    /** The document a recommendation is written as: its tier decides, and a public-interest individual case is pre-suit. */
    public static DocumentKind of(Tier tier, RecommendationType type) {
        return switch (tier) {
            case INDIVIDUAL -> type == RecommendationType.PUBLIC_INTEREST ? PRE_SUIT_LETTER : INDIVIDUAL_LETTER;
            case CLASS -> CLASS_LETTER;
            case SPECIAL_REPORT -> SPECIAL_REPORT;
        };
    }

    /** The kind whose template has this file name, if any. */
    public static java.util.Optional<DocumentKind> byFileName(String name) {
        for (DocumentKind k : values()) {
            if (k.fileName.equalsIgnoreCase(name)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
