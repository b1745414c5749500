package org.liaisondesk.documents.model;

/**
 * A tag as found in a template. {@code sign}: the character after {{ ({@code ?} opens a section or loop, {@code @} a
 * picture, {@code #} a whole generated table; {@code *} and {@code +} are poi-tl's own syntaxes, which LiaisonDesk
 * does not fill), a space for a plain tag, {@code [} for a field in a table row. {@code container}: the loop or table
 * it sits in (empty at top level). {@code context}: the text around it, to find it in Word.
 */
public record UsedTag(String name, char sign, String container, String context) {
    public static final char PLAIN = ' ';
    public static final char SECTION = '?';
    public static final char ROW_FIELD = '[';
    public static final char IMAGE = '@';
    public static final char GRID = '#';

    public String written() {
        return switch (sign) {
            case PLAIN -> "{{" + name + "}}";
            case ROW_FIELD -> "[" + name + "]";
            default -> "{{" + sign + name + "}}";
        };
    }
}
