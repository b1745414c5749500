package org.liaisondesk.documents.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every tag a template may use, with what it holds and an example. The one list behind the template check, the tag
 * list shown in the app, the sample rendering and docs/templates.md. Descriptions are in Chinese only: they describe
 * Chinese documents for the office staff who edit the templates, like the tag names themselves.
 */
public final class TagCatalogue {
    /** The four documents written from a recommendation; 文号, 主送 … mean nothing in the statistics report. */
    private static final Set<DocumentKind> RECOMMENDATIONS = EnumSet.of(DocumentKind.INDIVIDUAL_LETTER,
            DocumentKind.PRE_SUIT_LETTER, DocumentKind.CLASS_LETTER, DocumentKind.SPECIAL_REPORT);
    private static final Set<DocumentKind> STATISTICS = EnumSet.of(DocumentKind.STATISTICS_REPORT);
    private static final Set<DocumentKind> EVERY_DOCUMENT = EnumSet.allOf(DocumentKind.class);
    private static final Set<DocumentKind> LETTERS = EnumSet.of(DocumentKind.INDIVIDUAL_LETTER,
            DocumentKind.PRE_SUIT_LETTER, DocumentKind.CLASS_LETTER);
    private static final Set<DocumentKind> CLASS = EnumSet.of(DocumentKind.CLASS_LETTER);
    private static final Set<DocumentKind> REPORT = EnumSet.of(DocumentKind.SPECIAL_REPORT);
    private static final Set<DocumentKind> CLASS_AND_REPORT = EnumSet.of(DocumentKind.CLASS_LETTER,
            DocumentKind.SPECIAL_REPORT);

    private static final List<Tag> TAGS = List.of(
            text("院名", "制发文书的检察院全称（设置 → 常规）", "崇溪区人民检察院", EVERY_DOCUMENT),
            text("文号", "文书编号；尚未制发的文书留出序号空位", "崇检社建〔2026〕3号", RECOMMENDATIONS),
            new Tag("标题", TagType.TEXT, "建议或报告的标题；工作情况统计为统计期间、范围加“工作情况统计”",
                    "关于规范农村自建房安全管理的检察建议", null, null, null,
                    Map.of(DocumentKind.STATISTICS_REPORT, "2026年第三季度检察联络站工作情况统计"), EVERY_DOCUMENT),
            text("主送", "主送机关", "青山镇人民政府", RECOMMENDATIONS),
            text("上级机关", "主送机关的上级机关（无则为空）", "崇溪区人民政府", RECOMMENDATIONS),
            section("有抄送", "有抄送单位时显示其中内容", RECOMMENDATIONS),
            text("抄送", "抄送单位，以逗号分隔，末尾带句号", "崇溪区人民政府，崇溪区住房和城乡建设局。", RECOMMENDATIONS),
            text("日期", "落款日期：已制发的用制发日期，否则用审批日期或今天；工作情况统计用生成之日；格式见设置",
                    "2026年11月23日", EVERY_DOCUMENT),
            text("建议类型", "检察建议的类别", "社会治理检察建议", RECOMMENDATIONS),
            text("领域", "监督领域", "安全生产", RECOMMENDATIONS),
            text("问题类型", "问题类型", "农村自建房安全", RECOMMENDATIONS),
            text("问题来源", "问题来源：本院如何发现该问题", "本院在履行法律监督职责中，通过网格员报送的线索发现", RECOMMENDATIONS),
            text("查明事实", "经调查查明的事实与证据（报告中为“发现的主要问题”）",
                    "青山镇辖区内部分农村自建房未经审批擅自加层，用于出租经营，存在结构安全隐患。", RECOMMENDATIONS),
            text("本院认为", "违法或隐患所在及理由（报告中为“原因分析”）",
                    "上述问题反映出农村自建房审批、巡查和执法衔接不畅，监管责任未落实到位。", RECOMMENDATIONS),
            loop("建议事项", "检察建议事项（报告中为“意见建议”），逐条编号",
                    fields("序号", "中文序号：一、二、三……（不含顿号）", "内容", "建议内容"),
                    List.of(row("序号", "一", "内容", "对辖区农村自建房开展全面排查，建立隐患台账，逐户落实整改。"),
                            row("序号", "二", "内容", "健全农村自建房审批与日常巡查衔接机制，明确网格员报告职责。")), RECOMMENDATIONS),
            text("法律依据", "建议所依据的法律规定", "《中华人民共和国人民检察院组织法》第二十一条、《人民检察院检察建议工作规定》", RECOMMENDATIONS),
            text("异议期限", "提出异议的期限（中文数字）", "十日", LETTERS),
            text("回复期限", "书面回复期限：一般为两个月，紧急情形为十五日", "两个月", LETTERS),
            section("紧急", "紧急情形（回复期限缩短）时显示其中内容", LETTERS),
            text("联系人", "承办检察官", "林晓峰", RECOMMENDATIONS),
            text("联系电话", "承办检察官的联系电话", "0591-87654321", RECOMMENDATIONS),
            text("联络站", "承办的检察联络站", "青山镇检察联络站", RECOMMENDATIONS),
            text("关联案件", "所涉案件名称，以顿号分隔（当事人姓名按脱敏设置显示）", "青山镇某村自建房安全隐患案", RECOMMENDATIONS),
            text("线索来源", "所涉线索的来源，以顿号分隔", "网格员报送、12345热线转办", RECOMMENDATIONS),
            text("统计期间", "所涉案件和线索的起止年月", "2025年3月至2026年10月", CLASS_AND_REPORT),
            text("案件数", "所涉案件件数", "5", CLASS_AND_REPORT),
            text("线索数", "所涉线索条数", "3", CLASS_AND_REPORT),
            text("批次说明", "自动生成的概况句：期间、案件和线索数量",
                    "2025年3月至2026年10月，本院在履职中共发现同类问题8件，其中办理案件5件、受理线索3条。", CLASS),
            table("案件表", "类案所涉案件和线索一览（表格中一行一件）",
                    fields("序号", "1、2、3……", "名称", "案件名称或线索摘要", "地点", "所在联络站或乡镇村",
                            "问题", "问题类型", "日期", "受理或收到日期", "原建议文号", "此前就该件制发的检察建议文号", "状态", "办理状态"),
                    List.of(row("序号", "1", "名称", "青山镇某村自建房安全隐患案", "地点", "青山镇检察联络站", "问题", "农村自建房安全",
                                    "日期", "2025年3月12日", "原建议文号", "崇检社建〔2025〕4号", "状态", "已办结"),
                            row("序号", "2", "名称", "网格员报告：溪口村民房加层出租", "地点", "青山镇溪口村", "问题", "农村自建房安全",
                                    "日期", "2026年5月8日", "原建议文号", "", "状态", "已成案")), CLASS),
            loop("主要问题", "按问题类型归纳的主要问题，注明涉及的案件序号",
                    fields("序号", "中文序号：一、二、三……", "问题", "问题类型", "件数", "涉及件数", "涉及", "涉及的案件表序号，如“第1、2号”"),
                    List.of(row("序号", "一", "问题", "农村自建房安全", "件数", "2", "涉及", "第1、2号")), CLASS),
            section("有前期建议", "此前已就同类问题制发检察建议时显示其中内容", CLASS_AND_REPORT),
            loop("前期建议", "此前制发的检察建议及落实情况（报告中为“前期监督及整改情况”）",
                    fields("序号", "中文序号：一、二、三……", "文号", "文号", "层级", "个案检察建议或类案检察建议", "标题", "标题",
                            "主送", "主送机关", "制发日期", "制发日期", "送达日期", "送达日期", "回复期限", "回复期限届满日",
                            "回复情况", "回复情况", "整改情况", "整改情况", "说明", "自动生成的一句话说明"),
                    List.of(row("序号", "一", "文号", "崇检社建〔2025〕4号", "层级", "个案检察建议", "标题", "关于消除自建房安全隐患的检察建议",
                            "主送", "青山镇人民政府", "制发日期", "2025年4月2日", "送达日期", "2025年4月3日", "回复期限", "2025年6月3日",
                            "回复情况", "逾期未回复", "整改情况", "未整改",
                            "说明", "2025年4月2日，本院向青山镇人民政府制发崇检社建〔2025〕4号检察建议，2025年4月3日送达，回复期限届满未回复，问题未整改。")),
                    CLASS_AND_REPORT),
            text("基本情况", "自动生成的基本情况段：期间、线索、案件和检察建议数量",
                    "2025年3月至2026年10月，本院在履职中共受理相关线索3条，办理案件5件，制发检察建议2件（其中个案检察建议1件、类案检察建议1件）。",
                    REPORT),
            table("一览表", "附表：检察建议制发及落实情况一览表（表格中一行一件）",
                    fields("序号", "1、2、3……", "文号", "文号", "层级", "个案或类案", "主送", "主送机关", "制发日期", "制发日期",
                            "回复期限", "回复期限届满日", "回复情况", "回复情况", "整改情况", "整改情况"),
                    List.of(row("序号", "1", "文号", "崇检社建〔2025〕4号", "层级", "个案检察建议", "主送", "青山镇人民政府",
                            "制发日期", "2025年4月2日", "回复期限", "2025年6月3日", "回复情况", "逾期未回复", "整改情况", "未整改")),
                    REPORT),
            text("印发机关", "版记中的印发机关", "崇溪区人民检察院办公室", REPORT),
            text("印发日期", "版记中的印发日期", "2026年11月23日", REPORT),
            text("统计范围", "统计的对象：全区各检察联络站，或选定的联络站、检察官（联络站·检察官）", "全区各检察联络站",
                    STATISTICS),
            text("期间", "统计期间：月、季度、年或自定的起止日期", "2026年第三季度", STATISTICS),
            text("统计日", "检察建议落实情况（送达、回复、整改）统计截至的日期，即生成之日；格式见设置", "2026年11月23日",
                    STATISTICS),
            text("综述", "自动生成的综述段落，数字与指标表和图表一致",
                    "2026年第三季度，全区各检察联络站接待群众咨询59人次，化解信访案件21件，移送案件线索10条，"
                            + "发放司法救助金2万元，启动公益诉讼监督程序3件。", STATISTICS),
            grid("指标表", "主要指标表（整表生成）：分组、指标、单位、本期、上期、环比、去年同期、同比，每项指标一行",
                    "分组｜指标｜单位｜本期｜上期｜环比｜去年同期｜同比；来访接待｜接待群众咨询｜人次｜59｜48｜+22.9%｜52｜+13.5%；"
                            + "履职活动｜发放司法救助金｜万元｜2｜1.5｜+33.3%｜0｜—", STATISTICS),
            grid("比率表", "主要比率表（整表生成）：比率、本期、口径（分子 ÷ 分母 = 两者的数值）；分母为零时比率为“—”",
                    "比率｜本期｜口径；回复率｜85.7%｜已回复 ÷ 制发检察建议 = 12 ÷ 14；线索成案率｜—｜线索成案 ÷ 研判线索 = 0 ÷ 0",
                    STATISTICS),
            new Tag("图表", TagType.LOOP, "统计图，每张图一项：图号、图名、图片、说明和该图的数据表",
                    "", fields("序号", "图号：1、2、3……", "图名", "图的名称", "图", "统计图图片（宽150毫米）",
                            "说明", "图的说明：统计的是什么，比率注明分母",
                            "数据", "该图的数据表（整表生成）：第一列为类别，每个系列一列，堆积图另有“合计”列"),
                    Map.of("图", TagType.IMAGE, "数据", TagType.GRID),
                    List.of(row("序号", "1", "图名", "每月工作量", "图", "统计图",
                                    "说明", "各月登记的来访、线索、案件、履职活动和制发的检察建议件数，按各自的接访、收到、受理、开展和制发日期计。",
                                    "数据", "月份｜来访｜线索｜案件｜合计；7月｜12｜5｜3｜20；8月｜15｜7｜2｜24；9月｜9｜4｜4｜17"),
                            row("序号", "2", "图名", "线索来源", "图", "统计图", "说明", "统计期间内收到的线索，按来源渠道计。",
                                    "数据", "来源｜线索；网格员报送｜9；12345热线转办｜5；群众来访｜2")),
                    null, STATISTICS));

    private static final Map<String, Tag> BY_NAME = new LinkedHashMap<>();

    static {
        TAGS.forEach(t -> BY_NAME.put(t.name(), t));
    }

    private TagCatalogue() {
    }

    public static List<Tag> all() {
        return TAGS;
    }

    public static List<Tag> forKind(DocumentKind kind) {
        return TAGS.stream().filter(t -> t.kinds().contains(kind)).toList();
    }

    public static Optional<Tag> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The names of the TABLE tags, whose row cells use {@code [字段]}. */
    public static List<String> tableTags() {
        return TAGS.stream().filter(t -> t.type() == TagType.TABLE).map(Tag::name).toList();
    }

    /**
     * The known names closest to an unknown one, at most three, for "did you mean": names contained in it or
     * containing it first (主送机关 → 主送), then names at an edit distance of at most 2, nearest first.
     */
    public static List<String> closest(String unknown, List<String> known) {
        record Candidate(String name, boolean contained, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String k : known) {
            int d = distance(unknown, k);
            boolean contained = !unknown.isEmpty() && (k.contains(unknown) || unknown.contains(k));
            if (d <= 2 || contained) {
                candidates.add(new Candidate(k, contained, d));
            }
        }
        return candidates.stream().sorted(Comparator.comparing((Candidate c) -> !c.contained())
                        .thenComparingInt(Candidate::distance).thenComparing(Candidate::name))
                .limit(3).map(Candidate::name).toList();
    }

    /** Levenshtein distance over code points (tag names are Chinese). */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    private static Tag text(String name, String description, String example, Set<DocumentKind> kinds) {
        return new Tag(name, TagType.TEXT, description, example, null, null, null, null, kinds);
    }

    private static Tag section(String name, String description, Set<DocumentKind> kinds) {
        return new Tag(name, TagType.SECTION, description, "是", null, null, null, null, kinds);
    }

    private static Tag loop(String name, String description, Map<String, String> fields,
                            List<Map<String, String>> rows, Set<DocumentKind> kinds) {
        return new Tag(name, TagType.LOOP, description, "", fields, null, rows, null, kinds);
    }

    private static Tag table(String name, String description, Map<String, String> fields,
                             List<Map<String, String>> rows, Set<DocumentKind> kinds) {
        return new Tag(name, TagType.TABLE, description, "", fields, null, rows, null, kinds);
    }

    /** {@code example}: the example table, rows separated by "；", cells by "｜", the header first. */
    private static Tag grid(String name, String description, String example, Set<DocumentKind> kinds) {
        return new Tag(name, TagType.GRID, description, example, null, null, null, null, kinds);
    }

    private static Map<String, String> fields(String... nameThenDescription) {
        return row(nameThenDescription);
    }

    private static Map<String, String> row(String... keyThenValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            m.put(keyThenValue[i], keyThenValue[i + 1]);
        }
        return m;
    }
}
