package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.storage.DataFolder;

/**
 * Walks every way personal data can leave LiaisonDesk by default — the Excel exports of every list, the search
 * results, the ladder's lists, every generated document, the statistics and the meeting pack — over the demo
 * register, which holds minors' and domestic-violence victims' records, and looks in each output for a full ID
 * number, a full personal phone, a minor's name or a lead's reporter. Only an explicit {@code --unmasked} export may
 * carry them (it is audited; the last test proves it really does carry them, so the walk's search is not blind).
 */
class MaskingWalkTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path out;
    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    /** What must never appear in a default output, each with where it comes from (for the failure message). */
    private static final Map<String, String> SECRETS = new LinkedHashMap<>();

    @BeforeAll
    static void demoRegisterAndItsSecrets() throws SQLException {
        assertEquals(0, CliHarness.in(dir, "demo").code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             Statement s = c.createStatement()) {
            collect(s, "SELECT visitor_id_number FROM visit", "来访人身份证号");
            collect(s, "SELECT visitor_phone FROM visit", "来访人电话");
            collect(s, "SELECT visitor_name FROM visit WHERE involves_minor = 1", "涉未成年人来访的来访人");
            collect(s, "SELECT reporter_phone FROM lead", "线索反映人电话");
            // A grid worker who reports a lead stays a named entry of the roster; what must not appear is a reporter
            // from outside the roster (a whistle-blower).
            collect(s, "SELECT reporter_name FROM lead WHERE reporter_name NOT IN (SELECT name FROM liaison)",
                    "线索反映人");
            collect(s, "SELECT applicant_id_number FROM work_activity", "司法救助申请人身份证号");
            collect(s, "SELECT applicant_name FROM work_activity WHERE involves_minor = 1", "涉未成年人救助申请人");
            collect(s, "SELECT phone FROM liaison", "联络员电话");
            for (String parties : values(s, "SELECT parties FROM matter WHERE involves_minor = 1")) {
                Masking.names(parties).forEach(name -> put(name, "涉未成年人案件当事人"));
            }
            for (String parties : values(s, "SELECT parties FROM work_activity WHERE involves_minor = 1")) {
                Masking.names(parties).forEach(name -> put(name, "涉未成年人履职当事人"));
            }
        }
        assertTrue(SECRETS.values().stream().distinct().count() >= 6,
                "the demo register must hold every kind of personal data the walk looks for: " + SECRETS.values());
    }

    @Test
    void excelExportsOfEveryListAreMaskedByDefault() throws IOException {
        for (String kind : List.of("visits", "leads", "cases", "work", "roster", "recipients")) {
            Path file = out.resolve("export-" + kind + ".xlsx");
            CliHarness.Run run = CliHarness.in(dir, "export", "--kind", kind, "--out", file.toString());
            assertEquals(0, run.code(), run.err());
            assertNoSecret("export --kind " + kind, xlsxText(file));
        }
    }

    @Test
    void searchResultsAreMaskedEvenWhenSearchingForTheSecretItself() {
        Set<String> terms = new LinkedHashSet<>(SECRETS.keySet());
        for (String term : terms) {
            for (String format : List.of("table", "json")) {
                CliHarness.Run run = CliHarness.in(dir, "search", term, "--format", format);
                assertTrue(run.code() == 0 || run.code() == 1, run.err());
                assertNoSecret("search " + term + " --format " + format, run.out() + run.err());
            }
        }
    }

    @Test
    void ladderListsAreMasked() {
        for (String sub : List.of("due", "suggest", "numbers")) {
            for (String format : List.of("table", "json")) {
                CliHarness.Run run = CliHarness.in(dir, "ladder", sub, "--format", format);
                assertEquals(0, run.code(), run.err());
                assertNoSecret("ladder " + sub, run.out());
            }
        }
    }

    @Test
    void everyGeneratedDocumentIsMasked() throws IOException {
        Path folder = Files.createDirectories(out.resolve("documents"));
        CliHarness.Run run = CliHarness.in(dir, "documents", "--from", "2020-01-01", "--to", "2026-11-23",
                "--out", folder.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.lines().size() >= 5, run.out());
        for (String line : run.lines()) {
            assertNoSecret(line, DocumentsFixture.text(Path.of(line)));
        }
    }

    @Test
    void statisticsChartsAndTheMeetingPackAreMasked() throws IOException {
        CliHarness.Run stats = CliHarness.in(dir, "stats", "--from", "2020-01-01", "--to", "2026-12-31",
                "--format", "json");
        assertEquals(0, stats.code(), stats.err());
        assertNoSecret("stats --format json", stats.out());
        Path folder = out.resolve("charts");
        CliHarness.Run charts = CliHarness.in(dir, "charts", "--from", "2020-01-01", "--to", "2026-12-31",
                "--out", folder.toString());
        assertEquals(0, charts.code(), charts.err());
        List<String> packs = charts.lines().stream().filter(l -> l.endsWith(".docx")).toList();
        assertEquals(1, packs.size(), charts.out());
        assertNoSecret(packs.get(0), DocumentsFixture.text(Path.of(packs.get(0))));
    }

    /**
     * A masked bundle (for sending outside) carries no personal data, says so in its header, and is refused for
     * merging with the register unchanged; the full bundle the office merges is the audited exception.
     */
    @Test
    void aMaskedBundleCarriesNoPersonalDataAndCannotBeMerged() throws IOException {
        Path bundle = out.resolve("masked.json");
        CliHarness.Run export = CliHarness.in(dir, "bundle", "export", "--out", bundle.toString(), "--masked");
        assertEquals(0, export.code(), export.err());
        String json = Files.readString(bundle);
        assertTrue(json.contains("\"personal_data\" : \"masked\""), json.substring(0, 400));
        assertNoSecret("bundle export --masked", json);

        Path full = out.resolve("full.json");
        assertEquals(0, CliHarness.in(dir, "bundle", "export", "--out", full.toString()).code());
        assertTrue(SECRETS.keySet().stream().anyMatch(Files.readString(full)::contains),
                "the full bundle carries the register as it is");

        String before = CliHarness.in(dir, "check").out();
        CliHarness.Run merge = CliHarness.in(dir, "bundle", "import", bundle.toString());
        assertEquals(2, merge.code(), merge.out());
        assertTrue(merge.err().contains("脱敏交换包"), merge.err());
        assertEquals(before, CliHarness.in(dir, "check").out(), "record counts and audit chain unchanged");
    }

    /** The control: an audited unmasked export does carry the data, so the walk above would have found a leak. */
    @Test
    void anUnmaskedExportCarriesTheSecretsSoTheWalkCanSeeThem() throws IOException {
        Path file = out.resolve("unmasked-visits.xlsx");
        CliHarness.Run run = CliHarness.in(dir, "export", "--kind", "visits", "--out", file.toString(), "--unmasked");
        assertEquals(0, run.code(), run.err());
        String text = xlsxText(file);
        List<String> found = SECRETS.entrySet().stream()
                .filter(e -> e.getValue().startsWith("来访人")).map(Map.Entry::getKey).filter(text::contains).toList();
        assertTrue(found.size() >= 3, "an unmasked export shows full ID numbers and phones: " + found);
    }

    private static void assertNoSecret(String output, String text) {
        List<String> leaks = new ArrayList<>();
        SECRETS.forEach((secret, what) -> {
            if (text.contains(secret)) {
                leaks.add(what + " “" + secret + "”");
            }
        });
        assertTrue(leaks.isEmpty(), output + " shows personal data unmasked: " + leaks);
    }

    private static void collect(Statement s, String sql, String what) throws SQLException {
        for (String value : values(s, sql)) {
            put(value, what);
        }
    }

    /**
     * One-character names and numbers the policy does not hide (hotlines such as 12345, which are not personal) would
     * match anywhere and are left out.
     */
    private static void put(String value, String what) {
        String v = value.strip();
        boolean phone = what.endsWith("电话");
        if (phone ? !Masking.maskPhone(v).equals(v) : v.codePointCount(0, v.length()) >= 2) {
            SECRETS.putIfAbsent(v, what);
        }
    }

    private static List<String> values(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && !v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private static String xlsxText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
