package org.liaisondesk.exchange.imports.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.imports.model.ImportCell;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx (streaming through POI's event API: memory stays flat whatever the row
 * count) or a .csv in UTF-8 (with or without BOM) or GBK, row by row. Blank rows are skipped; row numbers are
 * the sheet's own (the header is row 1 when it is the first line).
 */
public final class SheetReader {
    /** Receives each non-blank row with its 1-based row number. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int sheetRow, List<ImportCell> cells);
    }

    /** The sheet's limits in Excel 2007 and later; a cell beyond them comes from a damaged or hand-made file. */
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Carries a refusal out of the SAX parser, which lets only SAXExceptions through its callbacks. */
    private static final class SheetProblem extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient UserFacingException refusal;

        SheetProblem(UserFacingException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }
    private static final Charset GBK = Charset.forName("GBK");

    private SheetReader() {
    }

    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    /** @throws UserFacingException (exchange.import.*) when the file is missing, of another type or unreadable */
    public static void read(Path file, RowHandler handler) {
        if (!isSupported(file)) {
            throw new UserFacingException("exchange.import.unsupportedFile", file.getFileName());
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                readCsv(file, handler);
            } else {
                readXlsx(file, handler);
            }
        } catch (SheetProblem e) {
            throw new UserFacingException(e.refusal, "exchange.import.damagedSheet", file.toAbsolutePath(),
                    e.refusal.localizedMessage());
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "exchange.import.noFile", file.toAbsolutePath());
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                 | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
            if (isZipBomb(e)) {
                throw new UserFacingException(e, "exchange.import.zipBomb", file.toAbsolutePath());
            }
            throw new UserFacingException(e, "exchange.import.unreadable", file.toAbsolutePath(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * POI's zip limits ({@code ZipSecureFile}: an entry inflating more than 100 times its compressed size, or beyond
     * 4 GB) refuse the file with an IOException of no type of its own; only its message tells.
     */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static void readXlsx(Path file, RowHandler handler)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, styles, handler));
                xml.parse(new InputSource(sheet));
            }
        }
    }

    /**
     * The sheet XML's rows and cells. Written here rather than using XSSFSheetXMLHandler because the import must
     * know which cells Excel stored as numbers (a mangled ID number), which that handler does not tell.
     */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowHandler handler;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final StringBuilder value = new StringBuilder();
        private final List<ImportCell> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "row" -> {
                    cells.clear();
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : parse(() -> Integer.parseInt(r), r);
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : parse(() -> new CellReference(ref).getCol(), ref);
                    if (rowNumber < 1 || rowNumber > MAX_ROWS || column < 0 || column >= MAX_COLUMNS) {
                        throw new SheetProblem(new UserFacingException("exchange.import.outOfRange",
                                ref == null ? CellReference.convertNumToColString(Math.max(column, 0)) + rowNumber : ref,
                                MAX_COLUMNS, MAX_ROWS));
                    }
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(ImportCell.EMPTY);
                    }
                    cells.add(parse(this::cell, CellReference.convertNumToColString(column) + rowNumber));
                }
                case "row" -> {
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        handler.row(rowNumber, List.copyOf(cells));
                    }
                }
                default -> { }
            }
        }

        /**
         * Runs a piece of parsing; what a damaged or hand-made file makes it throw (a row number beyond an int, a shared
         * string or style that does not exist, a number cell holding text) refuses the file naming the cell.
         */
        private static <T> T parse(java.util.function.Supplier<T> step, String cell) throws SAXException {
            try {
                return step.get();
            } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException | NullPointerException e) {
                String detail = String.valueOf(e.getMessage());
                throw new SheetProblem(new UserFacingException(e, "exchange.import.badCell", cell,
                        detail.length() > 120 ? detail.substring(0, 120) + "…" : detail));
            }
        }

        private ImportCell cell() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? ImportCell.EMPTY : number(Double.parseDouble(raw));
            }
            return switch (type) {
                case "s" -> ImportCell.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
                case "b" -> ImportCell.text("1".equals(raw) ? "TRUE" : "FALSE");
                default -> ImportCell.text(raw); // inlineStr, str (a formula's text), e (an error such as #N/A)
            };
        }

        /** A date cell as ISO text (2024-10-12); any other number as the sheet shows it, marked numeric. */
        private ImportCell number(double number) {
            int formatIndex = 0;
            String format = null;
            if (style != null && !style.isEmpty()) {
                XSSFCellStyle cellStyle = Objects.requireNonNull(styles.getStyleAt(Integer.parseInt(style)), "style " + style);
                formatIndex = cellStyle.getDataFormat();
                format = cellStyle.getDataFormatString();
            }
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(number)) {
                return ImportCell.text(DateUtil.getLocalDateTime(number).toLocalDate().toString());
            }
            return new ImportCell(formatter.formatRawCellContents(number, formatIndex, format == null ? "General" : format), true);
        }
    }

    private static void readCsv(Path file, RowHandler handler) throws IOException {
        Charset charset = csvCharset(file);
        try (InputStream in = Files.newInputStream(file)) {
            if (charset == StandardCharsets.UTF_8 && startsWithBom(file)) {
                in.skipNBytes(UTF8_BOM.length);
            }
            parseCsv(new BufferedReader(new InputStreamReader(in, charset), 1 << 16), handler);
        }
    }

    /** UTF-8 when the file has a BOM or decodes as UTF-8 throughout; GBK (what Excel saves on Chinese Windows) otherwise. */
    static Charset csvCharset(Path file) throws IOException {
        if (startsWithBom(file)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return GBK;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                return GBK;
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2];
        }
    }

    /**
     * RFC 4180: fields separated by commas, quoted with "" (a doubled quote inside), line breaks allowed inside
     * quotes. Row numbers count records, as a spreadsheet opening the file numbers its rows.
     */
    private static void parseCsv(Reader in, RowHandler handler) throws IOException {
        List<ImportCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int record = 1;
        int c;
        while ((c = in.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    cells.add(ImportCell.text(field.toString()));
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    endRecord(cells, field, record++, handler);
                    any = false;
                }
                default -> {
                    field.append((char) c);
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            endRecord(cells, field, record, handler);
        }
    }

    private static void endRecord(List<ImportCell> cells, StringBuilder field, int row, RowHandler handler) {
        cells.add(ImportCell.text(field.toString()));
        field.setLength(0);
        if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
            handler.row(row, List.copyOf(cells));
        }
        cells.clear();
    }
}
