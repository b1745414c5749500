package org.liaisondesk.ladder.model;

/**
 * Which number pattern (文号) a document takes: one per recommendation type, one for special reports. The
 * patterns are settings; two schemes with the same pattern and code share their serials.
 */
public enum NumberScheme {
    RETRIAL("{院简称}检{代字}建〔{年}〕{序号}号", "民"),
    CORRECTION("{院简称}检{代字}建〔{年}〕{序号}号", ""),
    PUBLIC_INTEREST("{院简称}检{代字}建〔{年}〕{序号}号", "公"),
    SOCIAL_GOVERNANCE("{院简称}检{代字}建〔{年}〕{序号}号", "社"),
    OTHER("{院简称}检{代字}建〔{年}〕{序号}号", ""),
    SPECIAL_REPORT("{院简称}检{代字}报〔{年}〕{序号}号", "");

    private final String defaultPattern;
    private final String defaultCode;

    NumberScheme(String defaultPattern, String defaultCode) {
        this.defaultPattern = defaultPattern;
        this.defaultCode = defaultCode;
    }

    public String defaultPattern() {
        return defaultPattern;
    }

    public String defaultCode() {
        return defaultCode;
    }

    public String messageKey() {
        return "ladder.scheme." + name();
    }

    public static NumberScheme of(Tier tier, RecommendationType type) {
        return tier == Tier.SPECIAL_REPORT ? SPECIAL_REPORT : valueOf(type.name());
    }
}
