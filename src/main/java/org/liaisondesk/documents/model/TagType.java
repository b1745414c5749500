package org.liaisondesk.documents.model;

/**
 * How a tag is written in a template. TEXT: {@code {{文号}}}. SECTION: {@code {{?有抄送}} … {{/有抄送}}}, shown only
 * when the condition holds. LOOP: {@code {{?建议事项}}{{序号}}、{{内容}}{{/建议事项}}}, the enclosed paragraphs
 * repeated once per item. TABLE: {@code {{案件表}}} in the row above a row of {@code [字段]} cells, which is repeated
 * once per item. IMAGE: {@code {{@图}}}, a picture ({@link DocumentImage}) in place of the tag. GRID:
 * {@code {{#指标表}}}, a whole table generated with its columns ({@link DocumentGrid}) in place of the tag's paragraph.
 */
public enum TagType {
    TEXT, SECTION, LOOP, TABLE, IMAGE, GRID;

    public String messageKey() {
        return "documents.tagType." + name();
    }

    /** The character after {{ that a tag of this type is written with (see {@link UsedTag#sign()}). */
    public char sign() {
        return switch (this) {
            case TEXT, TABLE -> UsedTag.PLAIN;
            case SECTION, LOOP -> UsedTag.SECTION;
            case IMAGE -> UsedTag.IMAGE;
            case GRID -> UsedTag.GRID;
        };
    }

    /** How a tag or loop field named {@code name} of this type is typed: {{名}}, {{@名}}, {{#名}}. */
    String written(String name) {
        char sign = sign();
        return sign == UsedTag.PLAIN ? "{{" + name + "}}" : "{{" + sign + name + "}}";
    }
}
