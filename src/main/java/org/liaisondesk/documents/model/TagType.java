package org.liaisondesk.documents.model;

/**
 * How a tag is written in a template. TEXT: {@code {{文号}}}. SECTION: {@code {{?有抄送}} … {{/有抄送}}}, shown only
 * when the condition holds. LOOP: {@code {{?建议事项}}{{序号}}、{{内容}}{{/建议事项}}}, the enclosed paragraphs
 * repeated once per item. TABLE: {@code {{案件表}}} in the row above a row of {@code [字段]} cells, which is repeated
 * once per item.
 */
public enum TagType {
    TEXT, SECTION, LOOP, TABLE;

    public String messageKey() {
        return "documents.tagType." + name();
    }
}
