package org.liaisondesk.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.reference.model.SupervisionField;

class DocumentServiceTest {
    private static final String[] LETTER = {
            "{{院名}}", "检察建议书", "{{文号}}", "{{主送}}：", "{{查明事实}}", "{{?建议事项}}", "{{序号}}、{{内容}}", "{{/建议事项}}",
            "联系人：{{联系人}}", "{{?有抄送}}", "抄送：{{抄送}}", "{{/有抄送}}", "关联案件：{{关联案件}}", "{{日期}}"};

    @TempDir
    Path temp;
    DocumentsFixture f;
    long recipient;
    long matter;

    @BeforeEach
    void setUp() throws IOException {
        f = new DocumentsFixture(temp);
        for (DocumentKind kind : DocumentKind.values()) {
            f.template(kind, LETTER);
        }
        recipient = f.ladder.recipient("青山镇人民政府", null);
        matter = f.ladder.matter("某木材厂占用耕地案", LocalDate.of(2025, 12, 1));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Recommendation.Builder draft() {
        return f.ladder.completeDraft(recipient, matter);
    }

    private long issued(Recommendation.Builder draft) {
        return f.ladder.served(draft.build(), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)).id();
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesTheIssuedLetterNamedByNumberAndRecipient() throws IOException {
        long id = issued(draft().copyToIds(List.of(f.ladder.recipient("崇溪区人民政府", null))));
        Path file = f.documents.generate(id, f.out, false);
        assertEquals("检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx", file.getFileName().toString());
        String text = DocumentsFixture.text(file);
        assertTrue(text.contains("崇溪区人民检察院"), text);
        assertTrue(text.contains("崇检公建〔2026〕1号"), text);
        assertTrue(text.contains("青山镇人民政府："), text);
        assertTrue(text.contains("一、依法查处违法占用耕地行为"), text);
        assertTrue(text.contains("二、建立巡查机制"), text);
        assertTrue(text.contains("抄送：崇溪区人民政府。"), text);
        assertTrue(text.contains("关联案件：某木材厂占用耕地案"), text);
        assertTrue(text.contains("2026年1月7日"), text);
        assertFalse(text.contains("{{"), text);
        assertEquals(List.of(file), filesIn(f.out));
    }

    @Test
    void aDraftIsWrittenWithTheSerialLeftBlank() throws IOException {
        long id = f.ladder.ladder.save(draft().build()).id();
        Path file = f.documents.generate(id, f.out, false);
        assertTrue(file.getFileName().toString().startsWith("检察建议书_草稿_关于督促整治"), file.toString());
        assertTrue(DocumentsFixture.text(file).contains("崇检公建〔2026〕\u3000\u3000号"));
    }

    @Test
    void neverOverwritesUnlessAsked() throws IOException {
        long id = issued(draft());
        Path first = f.documents.generate(id, f.out, false);
        Path second = f.documents.generate(id, f.out, false);
        assertEquals("检察建议书_崇检公建〔2026〕1号_青山镇人民政府（2）.docx", second.getFileName().toString());
        Path third = f.documents.generate(id, f.out, true);
        assertEquals(first, third);
        assertEquals(2, filesIn(f.out).size());
    }

    @Test
    void everyGenerationIsInTheAuditLog() {
        long id = issued(draft());
        Path file = f.documents.generate(id, f.out, false);
        String row = f.ladder.reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT new_value FROM audit_log WHERE action = 'GENERATE' AND entity = 'recommendation' AND entity_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
        assertTrue(row.contains(file.getFileName().toString()), row);
        assertTrue(row.contains("\"namesMasked\":true"), row);
        assertTrue(row.contains("PRE_SUIT_LETTER"), row);
    }

    @Test
    void aTemplateWithAnUnknownTagIsRefusedWithASuggestionAndNothingIsWritten() throws IOException {
        f.template(DocumentKind.PRE_SUIT_LETTER, "{{院名}}", "{{文号码}}");
        long id = issued(draft());
        UserFacingException e = assertThrows(UserFacingException.class, () -> f.documents.generate(id, f.out, false));
        assertTrue(e.localizedMessage().contains("{{文号码}}"), e.localizedMessage());
        assertTrue(e.localizedMessage().contains("{{文号}}"), e.localizedMessage());
        assertEquals(List.of(), filesIn(f.out));
    }

    @Test
    void aBrokenTemplateIsRefusedByName() throws IOException {
        Files.createDirectories(f.store.folder());
        Files.writeString(f.store.path(DocumentKind.PRE_SUIT_LETTER), "这不是 Word 文件");
        long id = issued(draft());
        UserFacingException e = assertThrows(UserFacingException.class, () -> f.documents.generate(id, f.out, false));
        assertTrue(e.localizedMessage().contains("诉前检察建议书.docx"), e.localizedMessage());
        assertEquals(List.of(), filesIn(f.out));
    }

    @Test
    void aMissingFolderIsRefusedWithItsPath() {
        long id = issued(draft());
        Path missing = temp.resolve("没有这个文件夹");
        UserFacingException e = assertThrows(UserFacingException.class, () -> f.documents.generate(id, missing, false));
        assertTrue(e.localizedMessage().contains("没有这个文件夹"), e.localizedMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void withoutAnOfficeNameNothingIsSigned() throws IOException {
        f.ladder.settings.setOfficeName("");
        long id = issued(draft());
        UserFacingException e = assertThrows(UserFacingException.class, () -> f.documents.generate(id, f.out, false));
        assertEquals("documents.noOffice", e.messageKey());
        assertEquals(List.of(), filesIn(f.out));
    }

    @Test
    void namesOfMinorsAndReportersNeverAppearAndOtherNamesFollowTheSetting() throws IOException {
        long minorCase = f.ladder.matters.save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST)
                .field(SupervisionField.MINORS).name("张小红受侵害案").parties("张小红").involvesMinor(true)
                .acceptedOn(LocalDate.of(2025, 11, 1)).build()).id();
        long adultCase = f.ladder.matters.save(Matter.builder().businessLine(BusinessLine.CIVIL)
                .field(SupervisionField.OTHER).name("王秀英支持起诉案").parties("王秀英").acceptedOn(LocalDate.of(2025, 11, 2)).build()).id();
        long lead = LeadFixtures.service(f.ladder.reg).save(LeadFixtures.lead(LocalDate.of(2025, 10, 1), "举报人赵大明反映问题")
                .reporterName("赵大明").reporterPhone("13912345678").build()).id();
        long id = issued(draft().tier(Tier.CLASS).links(List.of(RecordLink.matter(minorCase), RecordLink.matter(adultCase), RecordLink.lead(lead)))
                .facts("张小红（身份证号11010520100101001X）、王秀英和赵大明（电话13912345678）均反映。"));
        String masked = DocumentsFixture.text(f.documents.generate(id, f.out, false));
        for (String secret : List.of("张小红", "赵大明", "11010520100101001X", "13912345678", "王秀英")) {
            assertFalse(masked.contains(secret), secret + " in " + masked);
        }
        assertTrue(masked.contains("张某某"), masked);
        var documents = f.ladder.settings.getDocuments();
        documents.setMaskNames(false);
        f.ladder.settings.setDocuments(documents);
        String open = DocumentsFixture.text(f.documents.generate(id, f.out, false));
        assertTrue(open.contains("王秀英"), open);
        for (String secret : List.of("张小红", "赵大明", "11010520100101001X", "13912345678")) {
            assertFalse(open.contains(secret), secret + " in " + open);
        }
    }

    @Test
    void aBatchWritesEveryDocumentAndReportsTheOnesItCannot() throws IOException {
        f.template(DocumentKind.INDIVIDUAL_LETTER, "{{院名}}", "{{不存在的标签}}");
        long good1 = issued(draft());
        long good2 = issued(draft().title("第二件"));
        long refused = issued(draft().type(RecommendationType.SOCIAL_GOVERNANCE).businessLine(BusinessLine.PUBLIC_INTEREST));
        List<String> progress = new ArrayList<>();
        DocumentService.BatchResult result = f.documents.generate(List.of(good1, refused, good2), f.out, false,
                (done, total, current) -> progress.add(done + "/" + total + " " + current), () -> false);
        assertEquals(2, result.written().size());
        assertEquals(1, result.failures().size());
        assertEquals(refused, result.failures().get(0).recommendationId());
        assertTrue(result.failures().get(0).message().contains("{{不存在的标签}}"), result.failures().get(0).message());
        assertFalse(result.cancelled());
        assertEquals("3/3 ", progress.get(progress.size() - 1));
        assertEquals(2, filesIn(f.out).size());
    }

    @Test
    void aCancelledBatchStopsBeforeTheNextDocumentAndKeepsWhatIsWritten() throws IOException {
        List<Long> ids = List.of(issued(draft()), issued(draft().title("第二件")), issued(draft().title("第三件")));
        AtomicInteger asked = new AtomicInteger();
        DocumentService.BatchResult result = f.documents.generate(ids, f.out, false, (d, t, c) -> { },
                () -> asked.incrementAndGet() > 1);
        assertTrue(result.cancelled());
        assertEquals(1, result.written().size());
        assertEquals(1, filesIn(f.out).size());
    }

    @Test
    void findsByNumberOrIdAndListsWhatWasIssuedInAPeriod() {
        long id = issued(draft());
        long draftOnly = f.ladder.ladder.save(draft().build()).id();
        assertEquals(id, f.documents.find("崇检公建〔2026〕1号").orElseThrow());
        assertEquals(id, f.documents.find(" " + id + " ").orElseThrow());
        assertTrue(f.documents.find("崇检公建〔2026〕99号").isEmpty());
        assertTrue(f.documents.find("99999").isEmpty());
        assertEquals(List.of(id), f.documents.issuedBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertEquals(List.of(), f.documents.issuedBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertFalse(f.documents.issuedBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)).contains(draftOnly));
    }
}
