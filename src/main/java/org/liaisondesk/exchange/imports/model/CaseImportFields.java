package org.liaisondesk.exchange.imports.model;

import java.util.List;

/**
 * The columns of a case register (案件台账). Canonical headers are the case export's, so an exported workbook
 * imports as it is; the synonyms are the headers stations' own registers commonly use.
 */
public final class CaseImportFields {
    public static final List<ImportField> ALL = List.of(
            new ImportField("acceptedOn", "cases.field.acceptedOn", true,
                    List.of("受案日期", "收案日期", "立案日期", "受理时间", "日期")),
            new ImportField("officeNumber", "cases.field.officeNumber", false,
                    List.of("本院案号", "检察院案号", "文号", "案件编号", "案号（文号）")),
            new ImportField("unifiedCode", "cases.field.unifiedCode", false,
                    List.of("统一受案号", "部门受案号", "受案号", "案件编码", "统一案件编码", "统一业务应用系统编码")),
            new ImportField("name", "cases.field.name", true, List.of("案件", "案由", "案名", "案件名")),
            new ImportField("businessLine", "cases.field.businessLine", true,
                    List.of("职能", "四大检察", "业务条线", "条线")),
            new ImportField("businessId", "cases.field.businessId", false,
                    List.of("十大业务", "业务", "业务类型", "所属业务")),
            new ImportField("field", "cases.field.field", true, List.of("所属领域", "案件领域", "公益诉讼领域")),
            new ImportField("problem", "cases.field.problem", false, List.of("问题")),
            new ImportField("parties", "cases.field.parties", false,
                    List.of("当事人姓名", "涉案人员", "犯罪嫌疑人", "被告人", "申请人")),
            new ImportField("involvesMinor", "field.involvesMinor", false, List.of("涉未成年人", "是否涉未成年人")),
            new ImportField("stationId", "field.stationId", false, List.of("站点", "所属联络站", "联络站名称")),
            new ImportField("prosecutorId", "field.prosecutorId", false, List.of("承办检察官", "承办人", "办案检察官")),
            new ImportField("status", "cases.field.status", false, List.of("状态", "案件状态", "办案状态")),
            new ImportField("concludedOn", "field.concludedOn", false, List.of("结案日期", "审结日期")),
            new ImportField("summary", "cases.field.summary", false, List.of("简要案情", "基本案情", "案情", "摘要")));

    private CaseImportFields() {
    }
}
