package org.liaisondesk.documents.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.common.text.ChineseNumerals;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Tier;

/**
 * What a document's tags are filled with, computed from the register's records: the values of {@link TagCatalogue},
 * every text passed through the {@link Redactor}. Documents are written in Chinese whatever the interface language.
 */
public final class DocumentData {
    private static final Messages CHINESE = new Messages(Messages.CHINESE);
    private static final int LEAD_NAME_LENGTH = 30;

    private final DocumentSource source;
    private final DocumentOptions options;
    private final Recommendation r;
    private final LadderState state;
    private final Redactor redactor;

    private DocumentData(DocumentSource source, DocumentOptions options) {
        this.source = source;
        this.options = options;
        this.r = source.detail().recommendation();
        this.state = source.detail().state();
        this.redactor = new Redactor(source.people(), options.maskNames());
    }

    /** The tags' values for the source's document kind (a value for every tag the kind fills). */
    public static Map<String, Object> of(DocumentSource source, DocumentOptions options) {
        return new DocumentData(source, options).build();
    }

    private Map<String, Object> build() {
        Map<String, Object> data = new LinkedHashMap<>();
        String date = ChineseDates.format(documentDate(), options.dateStyle());
        data.put("院名", options.officeName());
        data.put("文号", source.detail().number().isEmpty() ? options.blankNumber() : source.detail().number());
        data.put("标题", clean(r.title()));
        data.put("主送", source.recipient());
        data.put("上级机关", source.superior());
        data.put("有抄送", !source.copyTo().isEmpty());
        data.put("抄送", source.copyTo().isEmpty() ? "" : String.join("，", source.copyTo()) + "。");
        data.put("日期", date);
        data.put("建议类型", CHINESE.get(r.type().messageKey()));
        data.put("领域", r.field() == null ? "" : CHINESE.get(r.field().messageKey()));
        data.put("问题类型", r.problem());
        data.put("问题来源", clean(r.problemSource()));
        data.put("查明事实", clean(r.facts()));
        data.put("本院认为", clean(r.violation()));
        data.put("建议事项", items());
        data.put("法律依据", clean(r.legalBasis()));
        data.put("异议期限", ChineseNumerals.of(r.objectionDays()) + "日");
        data.put("回复期限", r.urgent() ? ChineseNumerals.of(options.urgentReplyDays()) + "日"
                : ChineseNumerals.count(options.replyMonths()) + "个月");
        data.put("紧急", r.urgent());
        data.put("联系人", source.prosecutor());
        data.put("联系电话", source.prosecutorPhone());
        data.put("联络站", source.station());
        data.put("关联案件", String.join("、", records(RecordLink.Kind.MATTER).stream().map(this::name).toList()));
        data.put("线索来源", String.join("、", records(RecordLink.Kind.LEAD).stream().map(UnderlyingRecord::sourceKey)
                .filter(k -> !k.isEmpty()).distinct().map(CHINESE::get).toList()));
        data.put("统计期间", period());
        data.put("案件数", Integer.toString(records(RecordLink.Kind.MATTER).size()));
        data.put("线索数", Integer.toString(records(RecordLink.Kind.LEAD).size()));
        data.put("批次说明", batchSummary());
        data.put("案件表", recordTable());
        data.put("主要问题", mainProblems());
        data.put("有前期建议", !source.earlier().isEmpty());
        data.put("前期建议", earlierDocuments());
        data.put("基本情况", basicFacts());
        data.put("一览表", annexTable());
        data.put("印发机关", options.printingOffice());
        data.put("印发日期", date);
        return data;
    }

    /** The dating line: the issue date once issued, else the approval date, else today (a draft for approval). */
    private LocalDate documentDate() {
        return state.issuedOn() != null ? state.issuedOn() : state.approvedOn() != null ? state.approvedOn() : options.today();
    }

    /**
     * The text redacted. A line break typed in a long field starts a new paragraph of the document: the template
     * fills one paragraph per tag, so each further line begins with the two-character indent (两个全角空格) a new
     * paragraph of an official document has.
     */
    private String clean(String text) {
        return redactor.apply(text).strip().replaceAll("[ \\t\\u3000]*\\R+[ \\t\\u3000]*", "\n\u3000\u3000");
    }

    private List<Map<String, String>> items() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            rows.add(Map.of("序号", ChineseNumerals.of(i + 1), "内容", clean(r.items().get(i))));
        }
        return rows;
    }

    private List<UnderlyingRecord> records(RecordLink.Kind kind) {
        return source.records().stream().filter(u -> u.kind() == kind).toList();
    }

    /** A case by its name, a lead by the start of its description; personal data redacted either way. */
    private String name(UnderlyingRecord u) {
        String text = clean(u.name()).replaceAll("\\s+", " ");
        if (u.kind() == RecordLink.Kind.MATTER) {
            return text;
        }
        return text.codePointCount(0, text.length()) <= LEAD_NAME_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, LEAD_NAME_LENGTH)) + "……";
    }

    /** 2025年3月至2026年10月, 2025年3月, or empty when no record is dated. */
    private String period() {
        List<LocalDate> dates = source.records().stream().map(UnderlyingRecord::date).filter(Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) {
            return "";
        }
        String first = month(dates.get(0));
        String last = month(dates.get(dates.size() - 1));
        return first.equals(last) ? first : first + "至" + last;
    }

    private static String month(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月";
    }

    private String batchSummary() {
        int cases = records(RecordLink.Kind.MATTER).size();
        int leads = records(RecordLink.Kind.LEAD).size();
        if (cases + leads == 0) {
            return "";
        }
        String period = period();
        StringBuilder s = new StringBuilder(period.isEmpty() ? "" : period + "，");
        s.append("本院在履职中共发现同类问题").append(cases + leads).append("件");
        List<String> parts = new ArrayList<>();
        if (cases > 0) {
            parts.add("办理案件" + cases + "件");
        }
        if (leads > 0) {
            parts.add("受理线索" + leads + "条");
        }
        if (cases > 0 && leads > 0) {
            s.append("，其中").append(String.join("、", parts));
        }
        return s.append("。").toString();
    }

    private List<Map<String, String>> recordTable() {
        List<Map<String, String>> rows = new ArrayList<>();
        int n = 1;
        for (UnderlyingRecord u : source.records()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("序号", Integer.toString(n++));
            row.put("名称", (u.kind() == RecordLink.Kind.LEAD ? "线索：" : "") + name(u));
            row.put("地点", u.place());
            row.put("问题", u.problem());
            row.put("日期", u.date() == null ? "" : ChineseDates.format(u.date(), ChineseDates.Style.ARABIC));
            row.put("原建议文号", String.join("、", u.earlierNumbers()));
            row.put("状态", u.statusKey().isEmpty() ? "" : CHINESE.get(u.statusKey()));
            rows.add(row);
        }
        return rows;
    }

    /** The records grouped by problem, largest group first; each names the table rows it covers. */
    private List<Map<String, String>> mainProblems() {
        Map<String, List<Integer>> byProblem = new LinkedHashMap<>();
        for (int i = 0; i < source.records().size(); i++) {
            String problem = source.records().get(i).problem();
            byProblem.computeIfAbsent(problem.isEmpty() ? "其他" : problem, k -> new ArrayList<>()).add(i + 1);
        }
        List<Map.Entry<String, List<Integer>>> groups = new ArrayList<>(byProblem.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<String, List<Integer>> e) -> -e.getValue().size()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Map.Entry<String, List<Integer>> g = groups.get(i);
            rows.add(Map.of("序号", ChineseNumerals.of(i + 1), "问题", g.getKey(), "件数", Integer.toString(g.getValue().size()),
                    "涉及", "第" + String.join("、", g.getValue().stream().map(String::valueOf).toList()) + "号"));
        }
        return rows;
    }

    private List<Map<String, String>> earlierDocuments() {
        List<Map<String, String>> rows = new ArrayList<>();
        int n = 1;
        for (EarlierDocument e : source.earlier()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("序号", ChineseNumerals.of(n++));
            row.put("文号", e.number());
            row.put("层级", CHINESE.get(e.tier().messageKey()));
            row.put("标题", clean(e.title()));
            row.put("主送", e.recipient());
            row.put("制发日期", arabic(e.issuedOn()));
            row.put("送达日期", arabic(e.servedOn()));
            row.put("回复期限", arabic(e.replyDueOn()));
            row.put("回复情况", replyText(e));
            row.put("整改情况", rectificationText(e));
            row.put("说明", sentence(e));
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, String>> annexTable() {
        List<Map<String, String>> rows = new ArrayList<>();
        int n = 1;
        for (EarlierDocument e : source.earlier()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("序号", Integer.toString(n++));
            row.put("文号", e.number());
            row.put("层级", CHINESE.get(e.tier().messageKey()));
            row.put("主送", e.recipient());
            row.put("制发日期", arabic(e.issuedOn()));
            row.put("回复期限", arabic(e.replyDueOn()));
            row.put("回复情况", replyText(e));
            row.put("整改情况", rectificationText(e));
            rows.add(row);
        }
        return rows;
    }

    private String replyText(EarlierDocument e) {
        if (e.issuedOn() == null) {
            return "未制发";
        }
        if (e.repliedOn() != null) {
            String outcome = e.replyOutcome() == null ? "" : "，" + CHINESE.get(e.replyOutcome().messageKey());
            return arabic(e.repliedOn()) + "回复" + outcome;
        }
        if (e.replyDueOn() != null && e.replyDueOn().isBefore(options.today())) {
            return "逾期未回复";
        }
        return e.servedOn() == null ? "尚未送达" : "尚未回复（回复期限未届满）";
    }

    private String rectificationText(EarlierDocument e) {
        if (e.rectification() != null) {
            return CHINESE.get(e.rectification().messageKey());
        }
        return e.repliedOn() == null && e.replyDueOn() != null && e.replyDueOn().isBefore(options.today()) ? "未整改" : "尚未核实";
    }

    /** 2025年4月2日，本院向青山镇人民政府制发崇检社建〔2025〕4号检察建议，2025年4月3日送达，回复期限届满未回复，问题未整改。 */
    private String sentence(EarlierDocument e) {
        if (e.issuedOn() == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(arabic(e.issuedOn())).append("，本院向").append(e.recipient()).append("制发")
                .append(e.number()).append(e.tier() == Tier.SPECIAL_REPORT ? "专项法律监督报告" : "检察建议");
        if (e.servedOn() != null) {
            s.append("，").append(arabic(e.servedOn())).append("送达");
        }
        if (e.repliedOn() != null) {
            s.append("，该单位于").append(arabic(e.repliedOn())).append("书面回复");
            if (e.replyOutcome() != null) {
                s.append("（").append(CHINESE.get(e.replyOutcome().messageKey())).append("）");
            }
        } else if (e.replyDueOn() != null && e.replyDueOn().isBefore(options.today())) {
            s.append("，回复期限").append(arabic(e.replyDueOn())).append("届满未回复");
        }
        if (e.rectification() != null) {
            s.append("，经回访核实").append(CHINESE.get(e.rectification().messageKey()));
        }
        if (e.status() == LadderStatus.ESCALATED) {
            s.append("，现提请升级监督");
        }
        return s.append("。").toString();
    }

    /** The report's 基本情况: the period, the leads and cases behind it, the recommendations already issued. */
    private String basicFacts() {
        int cases = records(RecordLink.Kind.MATTER).size();
        int leads = records(RecordLink.Kind.LEAD).size();
        List<EarlierDocument> issued = source.earlier().stream().filter(e -> e.issuedOn() != null).toList();
        String period = period();
        StringBuilder s = new StringBuilder(period.isEmpty() ? "" : period + "，");
        s.append("本院在履职中共受理相关线索").append(leads).append("条，办理案件").append(cases).append("件，制发检察建议")
                .append(issued.size()).append("件");
        long individual = issued.stream().filter(e -> e.tier() == Tier.INDIVIDUAL).count();
        long classCase = issued.stream().filter(e -> e.tier() == Tier.CLASS).count();
        if (individual > 0 && classCase > 0) {
            s.append("（其中个案检察建议").append(individual).append("件、类案检察建议").append(classCase).append("件）");
        }
        return s.append("。").toString();
    }

    private static String arabic(LocalDate d) {
        return d == null ? "" : ChineseDates.format(d, ChineseDates.Style.ARABIC);
    }
}
