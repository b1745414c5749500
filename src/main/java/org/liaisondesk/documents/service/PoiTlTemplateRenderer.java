package org.liaisondesk.documents.service;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.exception.ResolverException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.model.TemplateScan;
import org.liaisondesk.documents.model.UsedTag;

/**
 * {@link TemplateRenderer} on poi-tl: {{tag}} text, {{?name}}…{{/name}} sections and loops, and table tags bound to
 * poi-tl's row loop (the row under the tag repeated, its cells' {@code [字段]} filled). The only class that knows
 * poi-tl.
 */
public final class PoiTlTemplateRenderer implements TemplateRenderer {
    private static final Pattern ROW_FIELD = Pattern.compile("\\[([^\\[\\]\\s]{1,30})]");
    private static final int CONTEXT = 16;

    @Override
    public TemplateScan scan(Path template, Collection<String> tableTags) {
        try (XWPFTemplate compiled = compile(template, tableTags)) {
            List<UsedTag> tags = new ArrayList<>();
            collect(compiled.getElementTemplates(), "", tableTags, tags);
            return new TemplateScan(tags);
        } catch (IOException e) {
            throw unreadable(template, e);
        }
    }

    @Override
    public void render(Path template, Map<String, Object> data, Collection<String> tableTags, OutputStream out) {
        try (XWPFTemplate compiled = compile(template, tableTags)) {
            compiled.render(data);
            dropEmptyUnderlines(compiled.getXWPFDocument());
            compiled.write(out);
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.write.failed", template.getFileName(), e.getMessage());
        }
    }

    /**
     * poi-tl copies the tag's run style onto the text it writes and leaves an underline element without a value
     * there; Word may draw that as an underline, so it goes.
     */
    private static void dropEmptyUnderlines(org.apache.poi.xwpf.usermodel.XWPFDocument doc) {
        List<IBody> bodies = new ArrayList<>();
        bodies.add(doc);
        bodies.addAll(doc.getHeaderList());
        bodies.addAll(doc.getFooterList());
        bodies.forEach(PoiTlTemplateRenderer::dropEmptyUnderlines);
    }

    private static void dropEmptyUnderlines(IBody body) {
        for (XWPFParagraph p : body.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                var rPr = run.getCTR().getRPr();
                for (int i = rPr == null ? -1 : rPr.sizeOfUArray() - 1; i >= 0; i--) {
                    if (!rPr.getUArray(i).isSetVal()) {
                        rPr.removeU(i);
                    }
                }
            }
        }
        for (XWPFTable table : body.getTables()) {
            table.getRows().forEach(row -> row.getTableCells().forEach(PoiTlTemplateRenderer::dropEmptyUnderlines));
        }
    }

    private static XWPFTemplate compile(Path template, Collection<String> tableTags) {
        ConfigureBuilder builder = Configure.builder();
        LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
        tableTags.forEach(t -> builder.bind(t, rows));
        try (InputStream in = Files.newInputStream(template)) {
            return XWPFTemplate.compile(in, builder.build());
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "documents.template.missing", template.toAbsolutePath());
        } catch (ResolverException e) {
            throw new UserFacingException(e, "documents.template.unbalanced", template.getFileName(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Not a zip, not a Word document, broken XML: POI reports these as several exception types.
            throw unreadable(template, e);
        }
    }

    private static UserFacingException unreadable(Path template, Exception e) {
        return new UserFacingException(e, "documents.template.unreadable", template.getFileName(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static void collect(List<MetaTemplate> found, String container, Collection<String> tableTags,
                                List<UsedTag> out) {
        for (MetaTemplate m : found) {
            if (m instanceof BlockTemplate block) {
                RunTemplate start = block.getStartMark();
                out.add(new UsedTag(start.getTagName(), UsedTag.SECTION, container, context(start.getRun())));
                collect(block.getTemplates(), start.getTagName(), tableTags, out);
            } else if (m instanceof ElementTemplate element) {
                char sign = element.getSign() == null || element.getSign() == '\0' ? UsedTag.PLAIN : element.getSign();
                XWPFRun run = element instanceof RunTemplate r ? r.getRun() : null;
                out.add(new UsedTag(element.getTagName(), sign, container, context(run)));
                if (sign == UsedTag.PLAIN && tableTags.contains(element.getTagName()) && run != null) {
                    rowFields(run, element.getTagName(), out);
                }
            }
        }
    }

    /** The {@code [字段]} names in the row under the table tag's row: the row poi-tl repeats. */
    private static void rowFields(XWPFRun run, String tableTag, List<UsedTag> out) {
        if (!(run.getParent() instanceof XWPFParagraph p)) {
            return;
        }
        IBody body = p.getBody();
        if (!(body instanceof XWPFTableCell cell)) {
            return;
        }
        XWPFTableRow row = cell.getTableRow();
        XWPFTable table = row.getTable();
        int index = table.getRows().indexOf(row);
        if (index + 1 >= table.getRows().size()) {
            return;
        }
        for (XWPFTableCell c : table.getRow(index + 1).getTableCells()) {
            Matcher matcher = ROW_FIELD.matcher(c.getText());
            while (matcher.find()) {
                out.add(new UsedTag(matcher.group(1), UsedTag.ROW_FIELD, tableTag, c.getText().strip()));
            }
        }
    }

    private static String context(XWPFRun run) {
        if (run == null || !(run.getParent() instanceof XWPFParagraph p)) {
            return "";
        }
        String text = p.getText().strip();
        return text.length() <= CONTEXT * 2 ? text : text.substring(0, CONTEXT * 2) + "…";
    }
}
