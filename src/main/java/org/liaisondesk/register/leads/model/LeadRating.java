package org.liaisondesk.register.leads.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.liaisondesk.common.i18n.Messages;

/**
 * The case-worthiness rating (成案指数) of a lead: three scores from 1 to 5 — likelihood of illegality (违法可能性),
 * investigability (可查性), supervision value (监督价值). The stars are their mean rounded half up, so a rating
 * can always be explained to whoever asks why a lead got its stars. A score may be null while the rating is
 * being entered; stars exist only when all three are given.
 */
public record LeadRating(Integer illegality, Integer investigability, Integer value) {
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    private static final int CRITERIA = 3;

    public static LeadRating none() {
        return new LeadRating(null, null, null);
    }

    public boolean isEmpty() {
        return illegality == null && investigability == null && value == null;
    }

    /** All three scores given and each within 1–5. */
    public boolean isComplete() {
        return valid(illegality) && valid(investigability) && valid(value);
    }

    /** The mean of the three scores with one decimal (4.0, 3.7), or null when the rating is not complete. */
    public BigDecimal mean() {
        if (!isComplete()) {
            return null;
        }
        return exactMean().setScale(1, RoundingMode.HALF_UP);
    }

    /** The stars (1–5): the mean rounded half up; null when the rating is not complete. */
    public Integer stars() {
        return isComplete() ? exactMean().setScale(0, RoundingMode.HALF_UP).intValueExact() : null;
    }

    /** "违法可能性 4 + 可查性 3 + 监督价值 5，平均 4.0 → ★★★★☆", or what is still missing. */
    public String explanation() {
        if (!isComplete()) {
            return Messages.tr("leads.rating.incomplete");
        }
        return Messages.tr("leads.rating.explanation", Messages.tr("leads.field.ratingIllegality"), illegality,
                Messages.tr("leads.field.ratingInvestigability"), investigability,
                Messages.tr("leads.field.ratingValue"), value, mean().toPlainString(), starText(stars()));
    }

    /** ★★★☆☆ for 3; "" for null. */
    public static String starText(Integer stars) {
        if (stars == null) {
            return "";
        }
        int filled = Math.max(0, Math.min(MAX_SCORE, stars));
        return "★".repeat(filled) + "☆".repeat(MAX_SCORE - filled);
    }

    public static boolean valid(Integer score) {
        return score != null && score >= MIN_SCORE && score <= MAX_SCORE;
    }

    private BigDecimal exactMean() {
        int sum = illegality + investigability + value;
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(CRITERIA), 10, RoundingMode.HALF_UP);
    }
}
