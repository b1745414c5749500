package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.ladder.model.RecommendationRow;
import org.liaisondesk.testsupport.TestRegister;

/** {@code document}, {@code documents} and {@code templates check} on the demo register with the shipped templates. */
class DocumentCommandsTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @BeforeEach
    void demo() {
        assertEquals(0, run("demo").code());
    }

    private CliHarness.Run run(String... args) {
        return CliHarness.in(dir, args);
    }

    @Test
    void documentsWritesEveryIssuedDocumentOfThePeriodAndDocumentWritesOne() throws IOException {
        CliHarness.Run all = run("documents", "--from", "2020-01-01", "--to", "2026-11-23", "--out", out.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.lines().size() >= 5, all.out());
        for (String line : all.lines()) {
            Path file = Path.of(line);
            assertTrue(Files.isRegularFile(file), line);
            String text = DocumentsFixture.text(file);
            assertFalse(text.contains("{{"), line + ":\n" + text);
            assertTrue(text.contains("崇溪区人民检察院"), line);
        }
        assertTrue(all.lines().stream().anyMatch(l -> l.contains("崇检社建")), all.out());
        String first = Path.of(all.lines().get(0)).getFileName().toString();
        String number = first.split("_")[1];
        CliHarness.Run one = run("document", "--recommendation", number, "--out", out.toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().strip().endsWith("（2）.docx"), one.out());
    }

    @Test
    void everyDocumentOfTheDemoRegisterIsWrittenIncludingDraftsAndTheReport() throws IOException {
        List<Long> ids;
        try (AppContext context = AppContext.open(DataFolder.at(dir), TestRegister.CLOCK)) {
            ids = context.ladder().page(RecommendationQuery.firstPage(100, TestRegister.TODAY)).items().stream()
                    .map(RecommendationRow::id).toList();
        }
        List<String> names = new java.util.ArrayList<>();
        for (long id : ids) {
            CliHarness.Run r = run("document", "--recommendation", Long.toString(id), "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            Path file = Path.of(r.out().strip());
            names.add(file.getFileName().toString());
            assertFalse(DocumentsFixture.text(file).contains("{{"), file.toString());
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("专项法律监督报告_草稿_关于校园周边")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("_草稿_")), names.toString());
        assertEquals(ids.size(), names.size());
    }

    @Test
    void unknownNumbersAndEmptyPeriodsAreSaidClearly() {
        CliHarness.Run missing = run("document", "--recommendation", "崇检建〔1999〕1号", "--out", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("崇检建〔1999〕1号"), missing.err());
        CliHarness.Run none = run("documents", "--from", "2001-01-01", "--to", "2001-12-31", "--out", out.toString());
        assertEquals(0, none.code());
        assertEquals("", none.out());
        assertFalse(none.err().isBlank());
        CliHarness.Run badDate = run("documents", "--from", "昨天", "--to", "2001-12-31", "--out", out.toString());
        assertEquals(2, badDate.code());
    }

    @Test
    void templatesCheckPassesTheShippedTemplatesAndNamesAnUnknownTag() throws IOException {
        CliHarness.Run shipped = run("templates", "check");
        assertEquals(0, shipped.code(), shipped.out() + shipped.err());
        assertTrue(shipped.out().contains("{{文号}}"), shipped.out());
        Path bad = out.resolve("个案检察建议书.docx");
        DocumentsFixture.writeDocx(bad, "{{院名}}", "{{主送机关}}：");
        CliHarness.Run checked = run("templates", "check", bad.toString());
        assertEquals(2, checked.code(), checked.out());
        assertTrue(checked.out().contains("{{主送机关}}"), checked.out());
        assertTrue(checked.out().contains("{{主送}}"), checked.out());
        Path unnamed = out.resolve("我的模板.docx");
        DocumentsFixture.writeDocx(unnamed, "{{院名}}");
        assertEquals(2, run("templates", "check", unnamed.toString()).code());
    }
}
