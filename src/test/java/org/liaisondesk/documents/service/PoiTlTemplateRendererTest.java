package org.liaisondesk.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.model.UsedTag;

class PoiTlTemplateRendererTest {
    private final PoiTlTemplateRenderer renderer = new PoiTlTemplateRenderer();

    @TempDir
    Path folder;

    private Path template(String... lines) throws IOException {
        Path file = folder.resolve("t.docx");
        DocumentsFixture.writeDocx(file, lines);
        return file;
    }

    @Test
    void scanListsPlainTagsSectionsLoopFieldsAndTableRowFields() throws IOException {
        Path t = template("文号：{{文号}}", "{{?有抄送}}", "抄送：{{抄送}}", "{{/有抄送}}", "{{?建议事项}}", "{{序号}}、{{内容}}",
                "{{/建议事项}}", "|{{案件表}}序号|名称", "|[序号]|[名称]", "{{@图片}}");
        List<String> found = renderer.scan(t, List.of("案件表")).tags().stream()
                .map(u -> u.container() + ">" + u.written()).toList();
        assertEquals(List.of(">{{文号}}", ">{{?有抄送}}", "有抄送>{{抄送}}", ">{{?建议事项}}", "建议事项>{{序号}}",
                "建议事项>{{内容}}", ">{{案件表}}", "案件表>[序号]", "案件表>[名称]", ">{{@图片}}"), found);
        UsedTag first = renderer.scan(t, List.of("案件表")).tags().get(0);
        assertEquals("文号：{{文号}}", first.context());
    }

    @Test
    void renderFillsTextSectionsLoopsAndTableRows() throws IOException {
        Path t = template("文号：{{文号}}", "{{?有抄送}}", "抄送：{{抄送}}", "{{/有抄送}}", "{{?建议事项}}", "{{序号}}、{{内容}}",
                "{{/建议事项}}", "|{{案件表}}序号|名称", "|[序号]|[名称]");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("文号", "崇检建〔2026〕3号");
        data.put("有抄送", false);
        data.put("抄送", "不应出现");
        data.put("建议事项", List.of(Map.of("序号", "一", "内容", "甲"), Map.of("序号", "二", "内容", "乙")));
        data.put("案件表", List.of(Map.of("序号", "1", "名称", "案A"), Map.of("序号", "2", "名称", "案B"), Map.of("序号", "3", "名称", "案C")));
        Path out = folder.resolve("out.docx");
        try (OutputStream o = Files.newOutputStream(out)) {
            renderer.render(t, data, List.of("案件表"), o);
        }
        String text = DocumentsFixture.text(out);
        assertTrue(text.contains("文号：崇检建〔2026〕3号"), text);
        assertFalse(text.contains("不应出现"), text);
        assertTrue(text.contains("一、甲\n二、乙"), text);
        assertTrue(text.contains("1\n案A\n2\n案B\n3\n案C"), text);
        assertFalse(text.contains("{{") || text.contains("[序号]"), text);
    }

    @Test
    void unpairedSectionsAndNonWordFilesAreRefusedByName() throws IOException {
        Path unpaired = template("{{?有抄送}}", "抄送：{{抄送}}");
        UserFacingException e = assertThrows(UserFacingException.class, () -> renderer.scan(unpaired, List.of()));
        assertTrue(e.localizedMessage().contains("t.docx"), e.localizedMessage());
        Path text = Files.writeString(folder.resolve("假的.docx"), "not a zip");
        e = assertThrows(UserFacingException.class, () -> renderer.scan(text, List.of()));
        assertEquals("documents.template.unreadable", e.messageKey());
        assertTrue(e.localizedMessage().contains("假的.docx"), e.localizedMessage());
        e = assertThrows(UserFacingException.class, () -> renderer.scan(folder.resolve("没有.docx"), List.of()));
        assertEquals("documents.template.missing", e.messageKey());
    }
}
