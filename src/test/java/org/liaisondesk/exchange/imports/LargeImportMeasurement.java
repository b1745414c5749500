package org.liaisondesk.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaisondesk.common.text.ChineseIdNumber;

/**
 * Measures a large import end to end, as a user runs it: writes a visit register of 100,000 rows (streamed with
 * SXSSF) for the demo register's roster, then imports it with the application's jar in a child JVM limited to
 * 256 MB of heap, under {@code /usr/bin/time -v}, and prints the rows, the wall time and the peak resident set.
 *
 * <p>Run after {@code mvn -q -o package -DskipTests -DbuildDir=/tmp/a-target} and
 * {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}:
 * {@code java -cp "$(cat /tmp/cp.txt):/tmp/a-target/test-classes:/tmp/a-target/classes"
 * org.liaisondesk.exchange.imports.LargeImportMeasurement [JAR] [EMPTY_WORK_FOLDER] [ROWS]}. The wall time depends on
 * what else the machine runs, so the CPU time, the load average and the heap left after each collection are
 * printed too.
 */
public final class LargeImportMeasurement {
    private static final String DEFAULT_JAR = "/tmp/a-target/liaisondesk/liaisondesk.jar";
    private static final Pattern PEAK_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
    /** "Pause Young (Normal) (G1 Evacuation Pause) 30M->12M(64M)": the heap still in use after a collection. */
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    private LargeImportMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : DEFAULT_JAR);
        Path work = Path.of(args.length > 1 ? args[1] : "/tmp/a-large-import");
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path data = work.resolve("data");
        Files.createDirectories(work);
        if (Files.exists(data)) {
            throw new IllegalStateException("start from an empty folder: " + data + " exists");
        }
        run(work.resolve("demo.log"), List.of("java", "-jar", jar.toString(), "--data-dir", data.toString(), "demo"));
        Path template = work.resolve("template.xlsx");
        run(work.resolve("template.log"), List.of("java", "-jar", jar.toString(), "--data-dir", data.toString(),
                "import-template", "--kind", "visits", "--out", template.toString()));
        Path sheet = work.resolve("visits-" + rows + ".xlsx");
        writeVisits(template, sheet, rows);

        Path log = work.resolve("import.log");
        Path gcLog = work.resolve("gc.log");
        long started = System.nanoTime();
        int code = run(log, List.of("/usr/bin/time", "-v", "java", "-Xmx256m", "-Xlog:gc:file=" + gcLog, "-jar",
                jar.toString(), "--data-dir", data.toString(), "import", sheet.toString(), "--kind", "visits"));
        double seconds = (System.nanoTime() - started) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        long peakKb = Long.parseLong(find(PEAK_RSS, output));
        double cpu = Double.parseDouble(find(USER, output)) + Double.parseDouble(find(SYSTEM, output));
        long heapAfterGc = AFTER_GC.matcher(Files.readString(gcLog)).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).max().orElse(-1);
        // Wall time depends on what else the machine runs: the load average says how busy it was.
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.printf(Locale.ROOT, "rows=%d file=%.1f MB exit=%d wall=%.1f s cpu(user+sys)=%.1f s peakRSS=%.0f MB "
                + "maxHeapAfterGC=%d MB loadavg=%s cores=%d%n", rows, Files.size(sheet) / 1e6, code, seconds, cpu,
                peakKb / 1024.0, heapAfterGc, load, Runtime.getRuntime().availableProcessors());
        System.out.println(output.lines().filter(l -> l.contains("已导入") || l.contains("共") || l.contains("OutOfMemory"))
                .reduce("", (a, b) -> a + b + System.lineSeparator()).strip());
        if (code != 0) {
            throw new IllegalStateException("the import failed, see " + log);
        }
    }

    /** Rows for the template's own headers, with station and prosecutor names from its hidden list of choices. */
    private static void writeVisits(Path template, Path target, int rows) throws IOException {
        List<String> headers = new ArrayList<>();
        List<String> stations = new ArrayList<>();
        List<String> prosecutors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.getSheetAt(0).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            XSSFSheet choices = book.getSheetAt(2);
            for (int r = 1; r <= choices.getLastRowNum(); r++) {
                Row row = choices.getRow(r);
                addIfPresent(row, 0, stations);
                addIfPresent(row, 1, prosecutors);
            }
        }
        LocalDate first = LocalDate.of(2021, 1, 1);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(target)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet("接访登记");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 1; r <= rows; r++) {
                LocalDate day = first.plusDays(r % 1400);
                // A birth date and sequence number of its own for every row: no ID number repeats.
                String id17 = "110105" + LocalDate.of(1950, 1, 1).plusDays(r % 20000).toString().replace("-", "")
                        + String.format(Locale.ROOT, "%03d", r / 20000);
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(day.toString());
                row.createCell(1).setCellValue(stations.get(r % stations.size()));
                row.createCell(2).setCellValue(prosecutors.get(r % prosecutors.size()));
                row.createCell(3).setCellValue("来访");
                row.createCell(4).setCellValue("咨询");
                row.createCell(5).setCellValue("来访人" + r);
                row.createCell(6).setCellValue("138" + String.format(Locale.ROOT, "%08d", r));
                row.createCell(7).setCellValue(id17 + ChineseIdNumber.checkCharacter(id17));
                row.createCell(8).setCellValue("1");
                row.createCell(10).setCellValue("咨询劳动报酬追讨途径，第 " + r + " 行");
            }
            book.write(out);
            book.dispose();
        }
    }

    private static void addIfPresent(Row row, int column, List<String> values) {
        if (row != null && row.getCell(column) != null && !row.getCell(column).getStringCellValue().isBlank()) {
            values.add(row.getCell(column).getStringCellValue());
        }
    }

    private static int run(Path log, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return p.waitFor();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not in the output of time -v: " + pattern);
        }
        return m.group(1);
    }
}
