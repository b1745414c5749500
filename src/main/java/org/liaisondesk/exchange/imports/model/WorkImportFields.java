package org.liaisondesk.exchange.imports.model;

import java.util.List;

/**
 * The columns of a register of work done (履职活动/工作开展台账). Canonical headers are the work export's; the
 * kind's own fields (调解人, 救助金额, 宣传主题…) are filled for the kinds that use them and must be empty for the
 * others. A hearing's panel and a community-service log are entered in the application, not imported.
 */
public final class WorkImportFields {
    public static final List<ImportField> ALL = List.of(
            new ImportField("heldOn", "work.field.heldOn", true, List.of("日期", "开展日期", "活动时间", "时间", "履职日期")),
            new ImportField("kind", "work.field.kind", true, List.of("类型", "类别", "履职类型", "工作类型", "活动类别")),
            new ImportField("title", "work.field.title", true, List.of("名称", "活动内容", "工作内容", "事项", "标题")),
            new ImportField("stationId", "field.stationId", false, List.of("站点", "所属联络站", "联络站名称")),
            new ImportField("prosecutorId", "field.prosecutorId", false, List.of("承办检察官", "承办人", "参与检察官")),
            new ImportField("place", "work.field.place", false, List.of("活动地点", "开展地点")),
            new ImportField("matterId", "work.column.matter", false, List.of("关联案号", "案号")),
            new ImportField("involvesMinor", "field.involvesMinor", false, List.of("涉未成年人", "是否涉未成年人")),
            new ImportField("parties", "work.field.parties", false, List.of("当事人姓名", "纠纷当事人", "被不起诉人")),
            new ImportField("mediator", "work.field.mediator", false, List.of("调解员")),
            new ImportField("channel", "work.field.channel", false, List.of("化解途径")),
            new ImportField("resolved", "work.field.resolved", false, List.of("是否化解", "化解情况")),
            new ImportField("applicantName", "work.field.applicantName", false, List.of("申请人", "救助对象")),
            new ImportField("applicantIdNumber", "work.field.applicantIdNumber", false,
                    List.of("申请人身份证号", "身份证号", "身份证号码", "公民身份号码")),
            new ImportField("amountApprovedFen", "work.field.amountApprovedFen", false,
                    List.of("批准救助金额", "救助金额", "批准金额", "救助金额（元）")),
            new ImportField("amountPaidFen", "work.field.amountPaidFen", false,
                    List.of("实际发放金额", "发放金额", "已发放金额")),
            new ImportField("hearingType", "work.field.hearingType", false, List.of("听证案件类型")),
            new ImportField("topic", "work.field.topic", false, List.of("主题", "宣传内容")),
            new ImportField("audienceCount", "work.field.audienceCount", false, List.of("受众", "参加人数", "覆盖人数")),
            new ImportField("hoursAgreed", "work.field.hoursAgreed", false, List.of("约定服务时长", "服务时长", "约定时长")),
            new ImportField("assessment", "work.field.assessment", false, List.of("评价")),
            new ImportField("outcome", "work.field.outcome", false, List.of("结果", "处理情况", "成效")),
            new ImportField("note", "field.note", false, List.of("说明")));

    private WorkImportFields() {
    }
}
