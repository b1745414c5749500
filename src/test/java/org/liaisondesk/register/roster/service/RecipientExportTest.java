package org.liaisondesk.register.roster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.register.roster.ExportedSheet;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.roster.model.RecipientSort;
import org.liaisondesk.testsupport.TestRegister;

/** The recipient directory's Excel export: same rows and order as the list, contact phones masked, audit. */
class RecipientExportTest {
    /** More than one batch of {@link Pages#BATCH}, so the export must walk several pages. */
    static final int BULK = 1100;

    @TempDir
    Path dir;
    TestRegister reg;
    RecipientService recipients;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir.resolve("data"));
        recipients = new RecipientService(reg.db, new RecipientRepository(reg.audit));
        Recipient district = recipients.save(Recipient.draft("XX区人民政府", null));
        Recipient market = recipients.save(new Recipient(null, null, "区市场监督管理局", district.id(), "区政务中心B座",
                "赵科长", "13812341234", "食品安全、未成年人烟酒销售"));
        Recipient town = recipients.save(Recipient.draft("清溪镇人民政府", district.id()));
        for (int i = 0; i < BULK; i++) {
            Long superior = i % 3 == 0 ? null : i % 3 == 1 ? market.id() : town.id();
            recipients.save(new Recipient(null, null, String.format("清溪镇第%04d村民委员会", i), superior, "",
                    "", "", ""));
        }
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private List<String> listed(RecipientQuery query) {
        List<String> names = new ArrayList<>();
        Pages.forEach(c -> recipients.page(query.after(c)), r -> names.add(r.recipient().name()));
        return names;
    }

    @ParameterizedTest(name = "sorted by {0}, descending {1}")
    @CsvSource({"NAME, false", "SUPERIOR, true"})
    void exportsEveryPageInTheListOrder(RecipientSort sort, boolean descending) throws Exception {
        RecipientQuery query = RecipientQuery.firstPage(50).withSort(sort, descending);
        Path file = dir.resolve("被建议单位.xlsx");

        long rows = recipients.export(query, false, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(BULK + 3, rows);
        assertEquals(BULK + 3, sheet.size(), "every row, not only the first page");
        assertEquals(listed(query), sheet.values("单位名称"));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, RecipientRepository.ENTITY));
    }

    @Test
    void aMaskedExportMasksTheContactPhoneOnly() throws Exception {
        Path file = dir.resolve("masked.xlsx");
        recipients.export(RecipientQuery.firstPage(50), false, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(List.of("单位名称", "上级机关", "联系人", "联系电话", "地址", "备注"), sheet.headers());
        int row = sheet.rowWith("单位名称", "区市场监督管理局");
        assertEquals("XX区人民政府", sheet.cell(row, "上级机关"));
        assertEquals("赵科长", sheet.cell(row, "联系人"));
        assertEquals("138****1234", sheet.cell(row, "联系电话"));
        assertEquals("区政务中心B座", sheet.cell(row, "地址"));
        assertEquals("食品安全、未成年人烟酒销售", sheet.cell(row, "备注"));
        assertFalse(sheet.allText().contains("13812341234"));
    }

    @Test
    void aFullExportKeepsThePhoneAsText() throws Exception {
        Path file = dir.resolve("full.xlsx");
        recipients.export(RecipientQuery.firstPage(50).withText("市场监督"), true, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(1, sheet.size());
        assertEquals("13812341234", sheet.cell(0, "联系电话"), "no 1.38123E+10");
        assertEquals(CellType.STRING, sheet.type(0, "联系电话"));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, RecipientRepository.ENTITY));
    }

    @Test
    void anExistingFileIsNotOverwrittenAndNoPartialFileIsLeft() throws Exception {
        Path file = dir.resolve("已有.xlsx");
        Files.writeString(file, "keep me");

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> recipients.export(RecipientQuery.firstPage(50), false, file, false));

        assertEquals("export.exists", e.messageKey());
        assertEquals("keep me", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
        assertEquals(0, ExportedSheet.auditedExports(reg.db, RecipientRepository.ENTITY));
    }
}
