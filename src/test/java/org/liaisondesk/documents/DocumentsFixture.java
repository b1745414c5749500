package org.liaisondesk.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.liaisondesk.documents.data.DocumentSourceRepository;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.service.DocumentService;
import org.liaisondesk.documents.service.PoiTlTemplateRenderer;
import org.liaisondesk.documents.service.TemplateService;
import org.liaisondesk.documents.service.TemplateStore;
import org.liaisondesk.ladder.LadderFixture;

/**
 * A real register with the ladder and the documents services over a templates folder in the temp folder. The
 * shipped templates are copied there on first use, unless a test wrote its own template first ({@link #template}).
 */
public final class DocumentsFixture implements AutoCloseable {
    public final LadderFixture ladder;
    public final TemplateStore store;
    public final TemplateService templates;
    public final DocumentService documents;
    public final Path out;

    public DocumentsFixture(Path folder) throws IOException {
        ladder = new LadderFixture(folder.resolve("register"));
        ladder.settings.setOfficeName("崇溪区人民检察院");
        store = new TemplateStore(folder.resolve("templates"));
        PoiTlTemplateRenderer renderer = new PoiTlTemplateRenderer();
        templates = new TemplateService(store, renderer);
        documents = new DocumentService(ladder.reg.db, ladder.ladder, new DocumentSourceRepository(), store, renderer,
                () -> ladder.settings, ladder.reg.audit);
        out = Files.createDirectories(folder.resolve("out"));
    }

    /** Writes a simple template for {@code kind}: one paragraph per line; a line starting with "|" is a table row. */
    public Path template(DocumentKind kind, String... lines) throws IOException {
        Files.createDirectories(store.folder());
        Path file = store.path(kind);
        writeDocx(file, lines);
        return file;
    }

    /** A .docx with one paragraph per line (each in one run); "|a|b" lines make the rows of one table. */
    public static void writeDocx(Path file, String... lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
            XWPFTable table = null;
            for (String line : lines) {
                if (line.startsWith("|")) {
                    String[] cells = line.substring(1).split("\\|");
                    if (table == null) {
                        table = doc.createTable(1, cells.length);
                    } else {
                        table.createRow();
                    }
                    var row = table.getRows().get(table.getRows().size() - 1);
                    for (int i = 0; i < cells.length; i++) {
                        row.getCell(i).setText(cells[i]);
                    }
                } else {
                    table = null;
                    doc.createParagraph().createRun().setText(line);
                }
            }
            doc.write(o);
        }
    }

    /** All the text of a .docx: paragraphs, then table cells, one per line. */
    public static String text(Path docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            StringBuilder s = new StringBuilder();
            doc.getParagraphs().forEach(p -> s.append(p.getText()).append('\n'));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                    .forEach(c -> s.append(c.getText()).append('\n'))));
            return s.toString();
        }
    }

    @Override
    public void close() {
        ladder.close();
    }
}
