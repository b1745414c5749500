package org.liaisondesk.exchange.imports.model;

import java.util.List;

/**
 * The columns of a visit register. Canonical headers are the export's (field.*), so an exported workbook
 * imports as it is; the synonyms are the headers stations' own registers commonly use.
 */
public final class VisitImportFields {
    public static final List<ImportField> ALL = List.of(
            new ImportField("date", "field.date", true, List.of("接访日期", "来访日期", "日期", "登记日期", "接待日期")),
            new ImportField("stationId", "field.stationId", true, List.of("联络站", "站点", "联络站名称", "接访地点")),
            new ImportField("prosecutorId", "field.prosecutorId", true,
                    List.of("承办检察官", "检察官", "接待人", "接访人", "接待检察官")),
            new ImportField("form", "field.form", true, List.of("接访形式", "来访形式", "形式", "方式")),
            new ImportField("category", "field.category", true, List.of("类别", "类型", "事项类别", "来访类别")),
            new ImportField("visitorName", "field.visitorName", false, List.of("来访人", "姓名", "来访人姓名", "当事人")),
            new ImportField("visitorPhone", "field.visitorPhone", false, List.of("联系电话", "电话", "手机号", "手机", "联系方式")),
            new ImportField("visitorIdNumber", "field.visitorIdNumber", false,
                    List.of("身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证")),
            new ImportField("peopleCount", "field.peopleCount", false, List.of("来访人数", "人数")),
            new ImportField("involvesMinor", "field.involvesMinor", false, List.of("未成年人", "涉未成年人")),
            new ImportField("summary", "field.summary", true, List.of("事由", "来访事由", "反映问题", "事由摘要", "主要内容")),
            new ImportField("handling", "field.handling", false, List.of("处理方式", "处理结果")),
            new ImportField("handlingNote", "field.handlingNote", false, List.of("处理情况", "处理意见", "备注")),
            new ImportField("referredTo", "field.referredTo", false, List.of("转办单位", "移送单位", "转办/移送单位")),
            new ImportField("followUpDue", "field.followUpDue", false, List.of("回访日期")),
            new ImportField("followUpResult", "field.followUpResult", false, List.of("回访结果", "回访情况")),
            new ImportField("noticeSentOn", "field.noticeSentOn", false, List.of("书面告知受理日期", "告知日期")),
            new ImportField("resultExtended", "field.resultExtended", false, List.of("延长办理期限", "是否延期")),
            new ImportField("concludedOn", "field.concludedOn", false, List.of("办结日期", "结案日期")));

    private VisitImportFields() {
    }
}
