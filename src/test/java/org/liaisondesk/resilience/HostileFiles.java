package org.liaisondesk.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Generators of the hostile corpus: broken and malicious spreadsheets, CSV files, bundles and registers. */
final class HostileFiles {
    static final String SHEET_ENTRY = "xl/worksheets/sheet1.xml";
    private static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_TAIL = "</sheetData></worksheet>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileFiles() {
    }

    /** A well-formed workbook: the headers, then the rows, all as text. */
    static void workbook(Path file, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("登记");
            List<List<String>> all = new java.util.ArrayList<>();
            all.add(headers);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of inline-string cells for a hand-written sheet XML. */
    static String inlineRow(int row, List<String> values) {
        StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
        for (int c = 0; c < values.size(); c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(row).append("\" t=\"inlineStr\"><is><t>")
                    .append(values.get(c)).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    /** A workbook made with POI whose first sheet's XML is replaced by {@code rows} (the sheetData's content). */
    static void workbookWithSheetXml(Path file, String rows) {
        workbookWithSheetEntry(file, out -> out.write((SHEET_HEAD + rows + SHEET_TAIL).getBytes(StandardCharsets.UTF_8)),
                Deflater.DEFAULT_COMPRESSION);
    }

    @FunctionalInterface
    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A real workbook's parts, with the first sheet's entry written by {@code sheet}. */
    static void workbookWithSheetEntry(Path file, EntryWriter sheet, int level) {
        Path base = file.resolveSibling(file.getFileName() + ".base.xlsx");
        workbook(base, List.of("接访日期"), List.of());
        try (ZipFile zip = new ZipFile(base.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(level);
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET_ENTRY)) {
                    sheet.write(out);
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(base);
        }
    }

    /**
     * A zip bomb: the sheet's XML inflates to {@code megabytes} MiB of blanks at a ratio of about 1000:1 (1 GiB
     * compresses to about a megabyte).
     */
    static void zipBomb(Path file, int megabytes) {
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        workbookWithSheetEntry(file, out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write(SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
        }, Deflater.BEST_SPEED);
    }

    /** The file cut to {@code fraction} of its length. */
    static void truncate(Path file, double fraction) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate((long) (ch.size() * fraction));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code length} random bytes written over the file from the middle on (bit rot, a bad USB stick). */
    static void scribble(Path file, int length, long seed) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            byte[] garbage = new byte[length];
            new Random(seed).nextBytes(garbage);
            ch.write(ByteBuffer.wrap(garbage), ch.size() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void text(Path file, String text, Charset charset) {
        try {
            Files.write(file, text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void bytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** UTF-16 with its byte-order mark: what some tools write when told "Unicode". */
    static byte[] utf16WithBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    /** A copy of a valid bundle with {@code change} applied to its JSON tree. */
    static void bundle(Path file, Path valid, UnaryOperator<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(valid.toFile());
            JSON.writeValue(file.toFile(), change.apply(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first record of a kind in a bundle tree. */
    static ObjectNode firstRecord(ObjectNode root, String kind) {
        return (ObjectNode) root.get("records").get(kind).get(0);
    }

    static ArrayNode records(ObjectNode root, String kind) {
        return (ArrayNode) root.get("records").get(kind);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in a temporary folder
        }
    }
}
