package org.liaisondesk.exchange.imports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.STATION_HEADERS;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.row;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportProgress;
import org.liaisondesk.testsupport.TestRegister;

/**
 * The import holds one row at a time, whatever the length of the file: proven by the order of events, not by
 * measuring memory. A sheet whose XML breaks after row N has its first rows checked before the break is even
 * read; and while writing, each row is stored before the next is taken from the file.
 */
class StreamingImportTest {
    private static final int ROWS = 3000;

    @TempDir
    Path dir;
    private TestRegister reg;
    private ImportService imports;

    @BeforeEach
    void register() {
        reg = new TestRegister(dir.resolve("data"));
        reg.prosecutor("李检察官", reg.station("城关联络站"));
        imports = ImportServices.over(reg, dir.resolve("data")).imports();
    }

    @AfterEach
    void close() {
        reg.close();
    }

    private Path visits(String name, int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row("2024-10-12", "城关联络站", "来访人" + i, "", "事由" + i));
        }
        return xlsx(dir.resolve(name), STATION_HEADERS, rows);
    }

    @Test
    void rowsAreCheckedAsTheSheetIsReadNotAfterReadingItAll() throws IOException {
        int brokenRow = 2001;
        Path file = breakSheetAt(visits("whole.xlsx", ROWS), dir.resolve("broken.xlsx"), brokenRow);
        AtomicLong checked = new AtomicLong();
        ImportOptions counting = ImportOptions.allOrNothing().withProgress((done, total) -> {
            assertEquals(ImportProgress.UNKNOWN, total, "nothing is written from a file that cannot be read");
            checked.set(done);
        });

        UserFacingException unreadable = assertThrows(UserFacingException.class,
                () -> imports.importFile(ImportKind.VISITS, file, counting));

        assertEquals("exchange.import.unreadable", unreadable.messageKey());
        assertEquals(brokenRow - 2, checked.get(), "every row above the break was checked before the break was read");
        assertEquals(0, reg.visits.countLive());
    }

    @Test
    void eachRowIsWrittenBeforeTheNextIsTakenFromTheFile() {
        Path file = visits("many.xlsx", ROWS);
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger heldAtMost = new AtomicInteger();
        AtomicLong written = new AtomicLong();
        ImportOptions counting = ImportOptions.allOrNothing()
                .withCancel(() -> {
                    taken.incrementAndGet();
                    return false;
                })
                .withProgress((done, total) -> {
                    if (total != ImportProgress.UNKNOWN) {
                        written.set(done);
                        // Rows taken from the file in the writing pass that are not stored yet.
                        heldAtMost.accumulateAndGet((int) (taken.get() - ROWS - done), Math::max);
                    }
                });

        assertEquals(ROWS, imports.importFile(ImportKind.VISITS, file, counting).written());

        assertEquals(ROWS, written.get());
        assertEquals(2 * ROWS, taken.get(), "each row is taken once per pass");
        assertEquals(0, heldAtMost.get());
        assertEquals(ROWS, reg.visits.countLive());
    }

    /** A copy of {@code file} whose sheet XML is malformed from row {@code row} on (the rows above it are intact). */
    private static Path breakSheetAt(Path file, Path target, int row) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String start = "<row r=\"" + row + "\"";
                    assertTrue(xml.contains(start), "the sheet has row " + row);
                    bytes = xml.replace(start, "<<" + start).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
