package org.liaisondesk.documents.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaisondesk.documents.model.DocumentGrid;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.model.SampleData;
import org.liaisondesk.documents.model.Tag;
import org.liaisondesk.documents.model.TagCatalogue;
import org.liaisondesk.documents.model.TagType;

/**
 * Writes docs/templates.md, the tag guide for office staff, from {@link TagCatalogue}: the same list the app shows.
 * {@link TemplatesGuideTest} fails when the file and the catalogue disagree; regenerate with
 * {@code java -cp target/test-classes:target/classes:<runtime classpath> org.liaisondesk.documents.guide.TemplatesGuide docs/templates.md}.
 */
public final class TemplatesGuide {
    private static final Map<DocumentKind, String> KIND_NAMES = Map.of(
            DocumentKind.INDIVIDUAL_LETTER, "个案", DocumentKind.PRE_SUIT_LETTER, "诉前",
            DocumentKind.CLASS_LETTER, "类案", DocumentKind.SPECIAL_REPORT, "报告",
            DocumentKind.STATISTICS_REPORT, "统计");

    private TemplatesGuide() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), markdown(), StandardCharsets.UTF_8);
    }

    public static String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# 文书模板标签说明\n\n");
        s.append("<!-- 本文件由 TemplatesGuide 根据程序中的标签目录生成，请勿手工修改。 -->\n\n");
        s.append("联络站检察工作台用 Word 模板生成检察建议书、专项法律监督报告和工作情况统计（会议材料）。模板是普通的 .docx 文件，"
                + "放在数据文件夹的 `templates` 子文件夹中，可以用 Word 或 WPS 直接修改措辞、版头和版式。"
                + "需要由程序填写的地方，写成用两对花括号括起来的**标签**，例如 `{{文号}}`。"
                + "在程序的“检察建议 → 文书模板”中可以打开模板、检查模板、生成样例和恢复原版；"
                + "同样的标签清单也显示在那里，可以直接复制。\n\n");
        s.append("## 模板文件\n\n");
        s.append("| 文件名 | 用于 |\n| --- | --- |\n");
        s.append("| `个案检察建议书.docx` | 个案检察建议（公益诉讼诉前检察建议除外） |\n");
        s.append("| `诉前检察建议书.docx` | 公益诉讼诉前检察建议（个案） |\n");
        s.append("| `类案检察建议书.docx` | 类案检察建议，含所涉案件表 |\n");
        s.append("| `专项法律监督报告.docx` | 专项法律监督报告，含附表“检察建议制发及落实情况一览表” |\n");
        s.append("| `工作情况统计.docx` | 工作情况统计：综述段落、主要指标表、主要比率表，以及每张统计图和它的数据表 |\n\n");
        s.append("## 六种写法\n\n");
        s.append("- **文字**：`{{文号}}`，替换为对应内容。\n");
        s.append("- **条件区块**：`{{?有抄送}}` 和 `{{/有抄送}}` 各占一段，中间的段落只在条件成立时保留，例如没有抄送单位时整段抄送不出现。\n");
        s.append("- **重复段落**：`{{?建议事项}}` 和 `{{/建议事项}}` 各占一段，中间的段落每一项重复一次；中间只能使用该项的字段，如 `{{序号}}、{{内容}}`。\n");
        s.append("- **表格行**：在表头某个单元格写 `{{案件表}}`，下一行的单元格写字段 `[序号]`、`[名称]` 等，这一行每一件重复一次。\n");
        s.append("- **图片**：`{{@图}}` 单独占一段，替换为统计图图片（按标签说明的尺寸排版）；图片所在段落的对齐方式即图片的对齐方式。\n");
        s.append("- **整表**：`{{#指标表}}` 单独占一段，整段替换为程序生成的完整表格（列、表头、边框和字体由程序设定），"
                + "表格占满版心宽度；不要在 Word 中为它预先画表格。\n\n");
        s.append("注意：标签中的字要一次输入完整，输入后不要只改其中一两个字的格式（否则 Word 会把标签拆开）。"
                + "写错的标签在检查模板时会列出，并提示最接近的正确标签；有错误的模板不会生成文书，以免空白处被打印出来。\n\n");
        s.append("## 标签一览\n\n");
        s.append("“用于”一栏：个案 = 个案检察建议书，诉前 = 诉前检察建议书，类案 = 类案检察建议书，报告 = 专项法律监督报告，"
                + "统计 = 工作情况统计。\n\n");
        s.append("| 标签 | 写法 | 说明 | 示例 | 用于 |\n| --- | --- | --- | --- | --- |\n");
        for (Tag t : TagCatalogue.all()) {
            s.append("| ").append(t.name()).append(" | `").append(t.syntax()).append("` | ").append(t.description())
                    .append(" | ").append(t.repeats() || t.type() == TagType.GRID ? "见下" : cell(example(t))).append(" | ")
                    .append(kinds(t)).append(" |\n");
        }
        for (Tag t : TagCatalogue.all()) {
            if (t.type() == TagType.GRID) {
                s.append("\n### ").append(t.name()).append("（整表）\n\n").append(t.description()).append("。示例：\n\n");
                grid(s, t.example());
                continue;
            }
            if (!t.repeats()) {
                continue;
            }
            s.append("\n### ").append(t.name()).append("（").append(t.type() == TagType.TABLE ? "表格行" : "重复段落").append("）\n\n");
            s.append(t.description()).append("。字段：\n\n");
            s.append("| 字段 | 写法 | 说明 | 示例 |\n| --- | --- | --- | --- |\n");
            Map<String, String> example = t.exampleRows().get(0);
            t.fields().forEach((field, description) -> s.append("| ").append(field).append(" | `")
                    .append(t.fieldSyntax(field)).append("` | ").append(description).append(" | ")
                    .append(t.fieldType(field) == TagType.GRID ? "见下" : cell(example.get(field))).append(" |\n"));
            for (String field : t.fields().keySet()) {
                if (t.fieldType(field) == TagType.GRID) {
                    s.append("\n字段 ").append(field).append(" 的示例（第一项）：\n\n");
                    grid(s, example.get(field));
                }
            }
        }
        s.append("\n## 个人信息\n\n");
        s.append("生成的文书中不会出现任何身份证号码（一律按“前6位+8个*+后4位”遮盖）；未成年人案件当事人、来访人和线索举报人的姓名一律脱敏，"
                + "他们的电话号码一律遮盖；其他当事人的姓名按“设置 → 文书”中的脱敏选项处理（默认脱敏）。每次生成文书都记入审计日志。\n");
        return s.toString();
    }

    /** The general example, and the one a document uses instead: 关于…的检察建议（统计：2026年第三季度…）. */
    private static String example(Tag t) {
        String others = java.util.Arrays.stream(DocumentKind.values()).filter(t.kindExamples()::containsKey)
                .map(k -> KIND_NAMES.get(k) + "：" + t.kindExamples().get(k)).collect(Collectors.joining("；"));
        return others.isEmpty() ? t.example() : t.example() + "（" + others + "）";
    }

    /** A GRID example as the table it prints. */
    private static void grid(StringBuilder s, String example) {
        DocumentGrid grid = SampleData.grid(example);
        s.append("| ").append(grid.header().stream().map(TemplatesGuide::cell).collect(Collectors.joining(" | "))).append(" |\n");
        s.append("|").append(" --- |".repeat(grid.header().size())).append("\n");
        grid.rows().forEach(row -> s.append("| ").append(row.stream().map(TemplatesGuide::cell)
                .collect(Collectors.joining(" | "))).append(" |\n"));
    }

    private static String kinds(Tag t) {
        return java.util.Arrays.stream(DocumentKind.values()).filter(t.kinds()::contains).map(KIND_NAMES::get)
                .collect(Collectors.joining("、"));
    }

    private static String cell(String text) {
        return text == null || text.isEmpty() ? "（空）" : text.replace("|", "\\|");
    }
}
