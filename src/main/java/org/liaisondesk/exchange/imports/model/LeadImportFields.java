package org.liaisondesk.exchange.imports.model;

import java.util.List;

/** The columns of a register of leads (线索台账); canonical headers are the lead export's. */
public final class LeadImportFields {
    public static final List<ImportField> ALL = List.of(
            new ImportField("receivedOn", "leads.field.receivedOn", true, List.of("收到日期", "受理日期", "日期", "报送日期")),
            new ImportField("source", "leads.field.source", true, List.of("线索来源", "来源", "来源渠道")),
            new ImportField("reporterName", "leads.field.reporterName", false, List.of("报送人", "反映人", "举报人")),
            new ImportField("reporterPhone", "leads.field.reporterPhone", false, List.of("报送人电话", "联系电话", "电话")),
            new ImportField("stationId", "field.stationId", false, List.of("联络站", "站点")),
            new ImportField("prosecutorId", "field.prosecutorId", false, List.of("承办检察官", "检察官", "承办人")),
            new ImportField("town", "leads.field.town", false, List.of("镇街", "乡镇", "街道", "乡镇（街道）")),
            new ImportField("village", "leads.field.village", false, List.of("村社", "村（社区）", "村居")),
            new ImportField("grid", "leads.field.grid", false, List.of("网格")),
            new ImportField("field", "leads.field.field", true, List.of("领域", "所属领域", "公益诉讼领域")),
            new ImportField("problem", "leads.field.problem", false, List.of("问题类型")),
            new ImportField("description", "leads.field.description", true, List.of("线索内容", "内容", "线索摘要", "反映问题")),
            new ImportField("ratingIllegality", "leads.field.ratingIllegality", false, List.of("违法可能性")),
            new ImportField("ratingInvestigability", "leads.field.ratingInvestigability", false, List.of("可查性")),
            new ImportField("ratingValue", "leads.field.ratingValue", false, List.of("监督价值")),
            new ImportField("triage", "leads.field.triage", false, List.of("研判结果", "处理结果")),
            new ImportField("triagedOn", "leads.field.triagedOn", false, List.of("研判日期")),
            new ImportField("referredTo", "leads.field.referredTo", false, List.of("移送单位")),
            new ImportField("triageReason", "leads.field.triageReason", false, List.of("研判意见", "研判理由")),
            new ImportField("fedBackOn", "leads.field.fedBackOn", false, List.of("反馈日期")),
            new ImportField("feedbackNote", "leads.field.feedbackNote", false, List.of("反馈情况")));

    private LeadImportFields() {
    }
}
