package org.liaisondesk.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.app.cli.Cli;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.exchange.imports.model.ImportField;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Migrations;

/**
 * The hostile corpus, generated here, fed to every importer and loader through the CLI: broken and malicious
 * spreadsheets and CSV files, bundles of the wrong shape, broken templates, database files that are not registers.
 * Each is refused with a Chinese message and exit code 2, within 30 seconds, without a stack trace, and with every
 * table of the register unchanged (a checksum of all rows before and after).
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    /** Cases the preview (--dry-run) cannot see: only the database's CHECK constraints refuse them, on the real import. */
    private static final String ONLY_THE_DATABASE_REFUSES = "违反数据库约束：";
    private static final List<ImportKind> KINDS = List.of(ImportKind.VISITS, ImportKind.LEADS, ImportKind.ROSTER);

    @TempDir
    static Path shared;
    static Path data;
    static Path validBundle;
    static Path validRegister;
    static final java.util.EnumMap<ImportKind, List<String>> HEADERS = new java.util.EnumMap<>(ImportKind.class);

    @TempDir
    Path dir;
    private String savedDataDir;
    private Locale savedLocale;

    @FunctionalInterface
    interface Maker {
        void make(Path file) throws Exception;
    }

    /** What a run of the CLI did. */
    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void demoRegister() {
        data = shared.resolve("data");
        try (AppContext context = AppContext.open(DataFolder.at(data), Clock.systemDefaultZone())) {
            context.loadDemo(step -> { });
            for (ImportKind kind : KINDS) {
                HEADERS.put(kind, context.imports().fields(kind).stream().map(ImportField::headerKey).map(Messages::tr).toList());
            }
            validBundle = context.bundles().export(shared.resolve("本站.json")).file();
            validRegister = context.backups().backupToFile(shared.resolve("备份.db"));
        }
    }

    @BeforeEach
    void remember() {
        savedDataDir = System.getProperty(DataFolder.PROPERTY);
        savedLocale = Messages.current().locale();
    }

    @AfterEach
    void restore() {
        if (savedDataDir == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, savedDataDir);
        }
        Messages.use(savedLocale);
    }

    // ---- the corpus ----

    static Stream<Arguments> spreadsheets() {
        List<Arguments> cases = new ArrayList<>();
        for (ImportKind kind : KINDS) {
            String k = kind.cliName();
            cases.add(Arguments.of(k + "：截断一半的 .xlsx", "x.xlsx", kind, (Maker) f -> {
                HostileFiles.workbook(f, headers(kind), List.of(garbageRow(kind)));
                HostileFiles.truncate(f, 0.5);
            }));
            cases.add(Arguments.of(k + "：中间被写坏的 .xlsx", "x.xlsx", kind, (Maker) f -> {
                HostileFiles.workbook(f, headers(kind), List.of(garbageRow(kind)));
                HostileFiles.scribble(f, 600, 11);
            }));
            cases.add(Arguments.of(k + "：改了扩展名的文本文件", "x.xlsx", kind,
                    (Maker) f -> HostileFiles.text(f, "这不是 Excel 文件\n".repeat(50), StandardCharsets.UTF_8)));
            cases.add(Arguments.of(k + "：空文件", "x.xlsx", kind, (Maker) f -> HostileFiles.bytes(f, new byte[0])));
            cases.add(Arguments.of(k + "：压缩炸弹（工作表解压后 1 GiB）", "x.xlsx", kind, (Maker) f -> zipBomb(f)));
            cases.add(Arguments.of(k + "：第一百万列的单元格", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind)) + "<row r=\"2\"><c r=\""
                            + CellReference.convertNumToColString(999_999) + "2\" t=\"inlineStr\"><is><t>x</t></is></c></row>")));
            cases.add(Arguments.of(k + "：超出 int 的列号", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind))
                            + "<row r=\"2\"><c r=\"ZZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>")));
            cases.add(Arguments.of(k + "：超出 int 的行号", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind)) + "<row r=\"99999999999\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>")));
            cases.add(Arguments.of(k + "：共享字符串下标越界", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind)) + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99999</v></c></row>")));
            cases.add(Arguments.of(k + "：样式下标越界", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind)) + "<row r=\"2\"><c r=\"A2\" s=\"999\"><v>45000</v></c></row>")));
            cases.add(Arguments.of(k + "：数字单元格里不是数字", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind)) + "<row r=\"2\"><c r=\"A2\"><v>四万五千</v></c></row>")));
            cases.add(Arguments.of(k + "：XML 实体膨胀（billion laughs）", "x.xlsx", kind, (Maker) f -> billionLaughs(f)));
            cases.add(Arguments.of(k + "：每格 2 MB 文字", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind)) + HostileFiles.inlineRow(2,
                            headers(kind).stream().map(h -> "长".repeat(2 << 20)).toList()))));
            cases.add(Arguments.of(k + "：公式（无缓存值、DDE）", "x.xlsx", kind, (Maker) f -> HostileFiles.workbookWithSheetXml(f,
                    HostileFiles.inlineRow(1, headers(kind)) + "<row r=\"2\">" + formulas(headers(kind).size()) + "</row>")));
            cases.add(Arguments.of(k + "：每一列类型都不对", "x.xlsx", kind,
                    (Maker) f -> HostileFiles.workbook(f, headers(kind), List.of(garbageRow(kind), garbageRow(kind)))));
            cases.add(Arguments.of(k + "：UTF-16 编码的 CSV", "x.csv", kind,
                    (Maker) f -> HostileFiles.bytes(f, HostileFiles.utf16WithBom(csv(kind)))));
            cases.add(Arguments.of(k + "：Big5 编码的 CSV", "x.csv", kind,
                    (Maker) f -> HostileFiles.text(f, csv(kind), Charset.forName("Big5"))));
            cases.add(Arguments.of(k + "：Shift_JIS 编码的 CSV", "x.csv", kind,
                    (Maker) f -> HostileFiles.text(f, csv(kind), Charset.forName("Shift_JIS"))));
            cases.add(Arguments.of(k + "：二进制内容的 CSV", "x.csv", kind,
                    (Maker) f -> HostileFiles.bytes(f, HostileFiles.randomBytes(200_000, 5))));
            cases.add(Arguments.of(k + "：引号不闭合的 CSV", "x.csv", kind,
                    (Maker) f -> HostileFiles.text(f, "\"" + csv(kind).repeat(2000), StandardCharsets.UTF_8)));
            cases.add(Arguments.of(k + "：每一列类型都不对的 CSV", "x.csv", kind, (Maker) f -> HostileFiles.text(f,
                    String.join(",", headers(kind)) + "\n" + String.join(",", garbageRow(kind)) + "\n", StandardCharsets.UTF_8)));
        }
        return cases.stream();
    }

    static Stream<Arguments> bundles() {
        return Stream.of(
                Arguments.of("不是 JSON（二进制）", (Maker) f -> HostileFiles.bytes(f, HostileFiles.randomBytes(50_000, 3))),
                Arguments.of("截断的 JSON", (Maker) f -> {
                    Files.copy(validBundle, f);
                    HostileFiles.truncate(f, 0.6);
                }),
                Arguments.of("空文件", (Maker) f -> HostileFiles.bytes(f, new byte[0])),
                Arguments.of("顶层是数组", (Maker) f -> HostileFiles.text(f, "[1, 2, 3]", StandardCharsets.UTF_8)),
                Arguments.of("不是交换包格式", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> r.put("format", "excel"))),
                Arguments.of("更新版本的交换包", (Maker) f -> HostileFiles.bundle(f, validBundle,
                        r -> r.put("format_version", 2).put("app_version", "9.0.0"))),
                Arguments.of("版本号是文字", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> r.put("format_version", "1"))),
                Arguments.of("records 不是对象", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> r.put("records", "全部"))),
                Arguments.of("来访登记不是列表", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    ((ObjectNode) r.get("records")).putObject("visit");
                    return r;
                })),
                Arguments.of("记录是数字", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.records(r, "visit").insert(0, 42);
                    return r;
                })),
                Arguments.of("缺少 UUID", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.firstRecord(r, "visit").remove("uuid");
                    return r;
                })),
                Arguments.of("UUID 是数字", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.firstRecord(r, "visit").put("uuid", 12345);
                    return r;
                })),
                Arguments.of("重复的 UUID", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    ObjectNode copy = HostileFiles.firstRecord(r, "visit").deepCopy();
                    copy.put("summary", "改过的副本");
                    HostileFiles.records(r, "visit").add(copy);
                    return r;
                })),
                Arguments.of("日期是数字", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.firstRecord(r, "visit").put("visit_date", 20261123);
                    return r;
                })),
                Arguments.of("人数是文字", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.firstRecord(r, "visit").put("people_count", "三");
                    return r;
                })),
                Arguments.of("超出 long 的整数", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.firstRecord(r, "visit").put("people_count", new BigInteger("123456789012345678901234567890"));
                    return r;
                })),
                Arguments.of("1e400", (Maker) f -> HostileFiles.text(f, Files.readString(validBundle)
                        .replaceFirst("\"people_count\" : \\d+", "\"people_count\" : 1e400"), StandardCharsets.UTF_8)),
                Arguments.of("更新时间不是时间", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    ObjectNode v = HostileFiles.firstRecord(r, "visit");
                    v.put("updated_at", "昨天");
                    return r;
                })),
                Arguments.of("引用不存在的联络站", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.firstRecord(r, "visit").put("station_id", "00000000-0000-4000-8000-00000000dead");
                    return r;
                })),
                Arguments.of("未知的记录类别", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    ((ObjectNode) r.get("records")).putArray("planets");
                    return r;
                })),
                Arguments.of("未知的字段", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.firstRecord(r, "visit").put("dropTable", "visit");
                    return r;
                })),
                Arguments.of(ONLY_THE_DATABASE_REFUSES + "人数为 0 的新记录", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    ObjectNode copy = HostileFiles.firstRecord(r, "visit").deepCopy();
                    copy.put("uuid", "00000000-0000-4000-8000-0000000000aa").put("people_count", 0);
                    HostileFiles.records(r, "visit").add(copy);
                    return r;
                })),
                Arguments.of("嵌套五万层", (Maker) f -> HostileFiles.text(f, "{\"format\":" + "[".repeat(50_000),
                        StandardCharsets.UTF_8)));
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("不是 zip", (Maker) f -> HostileFiles.text(f, "不是 Word 文件", StandardCharsets.UTF_8)),
                Arguments.of("截断的 .docx", (Maker) f -> {
                    wordDocument(f, "检察建议书 {{文号}}");
                    HostileFiles.truncate(f, 0.5);
                }),
                Arguments.of("document.xml 不是合法 XML", (Maker) f -> brokenWordXml(f)),
                Arguments.of("未知标签", (Maker) f -> wordDocument(f, "{{不存在的标签}} {{@黑客图片}} {{#未知表格}}")),
                Arguments.of("标签不成对", (Maker) f -> wordDocument(f, "{{?条件区块}} 没有结束")));
    }

    static Stream<Arguments> databaseFiles() {
        return Stream.of(
                Arguments.of("不是 SQLite（文本）", (Maker) f -> HostileFiles.text(f, "这不是数据库\n".repeat(100), StandardCharsets.UTF_8)),
                Arguments.of("不是 SQLite（随机字节）", (Maker) f -> HostileFiles.bytes(f, HostileFiles.randomBytes(64 * 1024, 9))),
                Arguments.of("截断一半的登记册", (Maker) f -> {
                    Files.copy(validRegister, f);
                    HostileFiles.truncate(f, 0.5);
                }),
                Arguments.of("只剩文件头的登记册", (Maker) f -> {
                    Files.copy(validRegister, f);
                    HostileFiles.truncate(f, 100.0 / Files.size(f));
                }),
                Arguments.of("中间被写坏的登记册", (Maker) f -> {
                    Files.copy(validRegister, f);
                    HostileFiles.scribble(f, 32 * 1024, 13);
                }),
                Arguments.of("其他程序的 SQLite 数据库", (Maker) HostileInputTest::foreignDatabase),
                Arguments.of("更新版本的登记册", (Maker) f -> {
                    Files.copy(validRegister, f);
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.toAbsolutePath());
                         Statement st = c.createStatement()) {
                        st.execute("PRAGMA user_version = " + (new Migrations(Clock.systemDefaultZone()).latestVersion() + 1));
                    }
                }));
    }

    // ---- the tests ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("spreadsheets")
    void spreadsheetsAreRefusedWithTheRegisterUnchanged(String name, String fileName, ImportKind kind, Maker maker)
            throws Exception {
        Path file = dir.resolve(fileName);
        maker.make(file);
        refusedUnchanged("import", file.toString(), "--kind", kind.cliName());
    }

    /** The message names what is wrong, not just that something is. */
    static Stream<Arguments> pointedMessages() {
        List<String> visitHeaders = List.of("接访日期", "联络站", "承办检察官", "接访形式", "类别", "事由");
        return Stream.of(
                Arguments.of("x.xlsx", (Maker) f -> zipBomb(f), "import", "压缩炸弹"),
                Arguments.of("x.xlsx", (Maker) f -> HostileFiles.bytes(f, new byte[0]), "import", "无法读取文件"),
                Arguments.of("x.xlsx", (Maker) f -> HostileFiles.workbookWithSheetXml(f, HostileFiles.inlineRow(1, visitHeaders)
                        + "<row r=\"2\"><c r=\"ZZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), "import",
                        "单元格 ZZZZZZZ2 超出 Excel 工作表的范围（最多 16384 列、1048576 行）"),
                Arguments.of("x.xlsx", (Maker) f -> HostileFiles.workbookWithSheetXml(f, HostileFiles.inlineRow(1, visitHeaders)
                        + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>99999</v></c></row>"), "import", "单元格 B2 的内容无法读取"),
                Arguments.of("x.json", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> r.put("format_version", 2)),
                        "bundle", "请先升级本程序"),
                Arguments.of("x.json", (Maker) f -> HostileFiles.bundle(f, validBundle, r -> {
                    HostileFiles.records(r, "visit").add(HostileFiles.firstRecord(r, "visit").deepCopy());
                    return r;
                }), "bundle", "重复"),
                Arguments.of("x.json", (Maker) f -> HostileFiles.text(f, "{\"format\":" + "[".repeat(50_000),
                        StandardCharsets.UTF_8), "bundle", "不是有效的 JSON"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("pointedMessages")
    void theMessageSaysWhatIsWrong(String fileName, Maker maker, String command, String expected) throws Exception {
        Path file = dir.resolve(fileName);
        maker.make(file);
        Run run = command.equals("import") ? cli(data, "import", file.toString(), "--kind", "visits")
                : cli(data, "bundle", "import", file.toString());
        assertEquals(Cli.REFUSED, run.code(), run.toString());
        assertTrue(run.err().contains(expected), "expected “" + expected + "”: " + run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void bundlesAreRefusedWithTheRegisterUnchanged(String name, Maker maker) throws Exception {
        Path file = dir.resolve("交换包.json");
        maker.make(file);
        refusedUnchanged("bundle", "import", file.toString());
        if (!name.startsWith(ONLY_THE_DATABASE_REFUSES)) {
            refusedUnchanged("bundle", "import", file.toString(), "--dry-run");
        }
    }

    /**
     * A bundle whose format version does not fit an int: {@code BundleService.header} reads it with {@code asInt()},
     * which wraps 999…9 to a small number, so the bundle is taken for format 1 and merged.
     */
    @Test
    void aBundleWhoseVersionDoesNotFitAnIntIsRefused() throws Exception {
        Path file = dir.resolve("交换包.json");
        HostileFiles.bundle(file, validBundle, r -> r.put("format_version", new BigInteger("9".repeat(40))));
        refusedUnchanged("bundle", "import", file.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void brokenTemplatesAreRefusedWithTheRegisterUnchanged(String name, Maker maker) throws Exception {
        Path file = dir.resolve("个案检察建议书.docx");
        maker.make(file);
        refusedUnchanged("templates", "check", file.toString());
    }

    @ParameterizedTest(name = "restore {0}")
    @MethodSource("databaseFiles")
    void restoringAFileThatIsNotAHealthyRegisterIsRefused(String name, Maker maker) throws Exception {
        Path file = dir.resolve("备份.db");
        maker.make(file);
        String before = sha256(file);
        refusedUnchanged("restore", file.toString());
        assertEquals(before, sha256(file), "the offered file is not modified");
        assertFalse(Files.exists(DataFolder.at(data).backups().resolve("before-restore")), "nothing moved aside");
    }

    @ParameterizedTest(name = "open {0}")
    @MethodSource("databaseFiles")
    void aDataFolderWhoseRegisterIsNotHealthyIsRefusedUntouched(String name, Maker maker) throws Exception {
        Path folder = dir.resolve("损坏的数据文件夹");
        Files.createDirectories(folder);
        Path register = folder.resolve(DataFolder.DATABASE_FILE);
        maker.make(register);
        String before = sha256(register);
        for (String[] command : List.of(new String[] {"check"}, new String[] {"backup"}, new String[] {"search", "纠纷"})) {
            Run run = cli(folder, command);
            assertEquals(Cli.REFUSED, run.code(), String.join(" ", command) + ": " + run);
            assertClearChineseMessage(run);
            assertEquals(before, sha256(register), "the register file is not modified by " + command[0]);
            for (String side : List.of("-wal", "-shm", "-journal")) {
                assertFalse(Files.exists(folder.resolve(DataFolder.DATABASE_FILE + side)), side + " left by " + command[0]);
            }
        }
    }

    /**
     * A register whose -wal file was lost (copied without it, deleted by a cleaner) is not damaged: SQLite reads it as
     * it stood at the last checkpoint, and the check says so. What the lost WAL held cannot be detected or recovered.
     */
    @Test
    void aRegisterWhoseWalWasLostOpensAsOfItsLastCheckpoint() throws Exception {
        Path live = Files.createDirectories(dir.resolve("live"));
        Path register = live.resolve(DataFolder.DATABASE_FILE);
        Files.copy(validRegister, register);
        Path folder = Files.createDirectories(dir.resolve("没有WAL"));
        long visits;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + register.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            try (var rs = st.executeQuery("SELECT count(*) FROM visit WHERE deleted_at IS NULL")) {
                visits = rs.getLong(1);
            }
            st.execute("UPDATE visit SET deleted_at = '2026-11-23T10:00:00+08:00'");
            // The main file without its -wal, as a copy made while the register was open would be.
            Files.copy(register, folder.resolve(DataFolder.DATABASE_FILE));
        }
        assertTrue(visits > 0);
        String before = sha256(folder.resolve(DataFolder.DATABASE_FILE));
        Run check = cli(folder, "check");
        assertEquals(Cli.OK, check.code(), check.toString());
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("visit：(\\d+) 条").matcher(check.out());
        assertTrue(count.find(), check.out());
        assertEquals(visits, Long.parseLong(count.group(1)), "the visits as of the last checkpoint");
        assertEquals(before, sha256(folder.resolve(DataFolder.DATABASE_FILE)), "check does not modify the register");
    }

    // ---- helpers ----

    private void refusedUnchanged(String... args) {
        Map<String, String> before = RegisterChecksum.of(DataFolder.at(data).database());
        Run run = cli(data, args);
        assertEquals(Cli.REFUSED, run.code(), String.join(" ", args) + " → " + run);
        assertClearChineseMessage(run);
        assertEquals(before, RegisterChecksum.of(DataFolder.at(data).database()), "register unchanged");
    }

    /** The refusal's message (on stderr; {@code templates check} lists a template's problems on stdout) reads in Chinese. */
    private static void assertClearChineseMessage(Run run) {
        String message = (run.err().isBlank() ? run.out() : run.err()).strip();
        String firstLine = message.lines().findFirst().orElse("");
        assertTrue(firstLine.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                "a message in Chinese: " + run);
        assertFalse(message.contains("\tat "), "no stack trace: " + run);
        assertTrue(message.length() < 3000, "a readable message, not a dump: " + message.length() + " characters");
    }

    private static Run cli(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true),
                    () -> { throw new AssertionError("the window must not open"); });
            return new Run(code, out.toString(), err.toString());
        }, () -> "hung for more than 30 s: " + String.join(" ", all));
    }

    private static List<String> headers(ImportKind kind) {
        return HEADERS.get(kind);
    }

    /** A value of the wrong type for every column: dates that are not dates, numbers that are not numbers. */
    private static List<String> garbageRow(ImportKind kind) {
        List<String> wrong = List.of("明天下午", "-1", "1e309", "２０２６年１３月４５日", "#N/A", "TRUE", "9".repeat(40),
                "不存在的联络站", "'; DROP TABLE visit; --");
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers(kind).size(); i++) {
            row.add(wrong.get(i % wrong.size()));
        }
        return row;
    }

    private static String csv(ImportKind kind) {
        return String.join(",", headers(kind)) + "\n" + String.join(",", garbageRow(kind)) + "\n";
    }

    private static String formulas(int columns) {
        StringBuilder xml = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            String ref = CellReference.convertNumToColString(c) + "2";
            xml.append(c % 2 == 0 ? "<c r=\"" + ref + "\"><f>TODAY()+" + c + "</f></c>"
                    : "<c r=\"" + ref + "\" t=\"str\"><f>cmd|' /C calc'!A0</f><v>=cmd|' /C calc'!A0</v></c>");
        }
        return xml.toString();
    }

    private static Path zipBombCache;

    private static synchronized void zipBomb(Path file) throws IOException {
        if (zipBombCache == null) {
            zipBombCache = shared.resolve("bomb.xlsx");
            HostileFiles.zipBomb(zipBombCache, 1024);
        }
        Files.copy(zipBombCache, file);
    }

    private static void billionLaughs(Path file) {
        StringBuilder entities = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
            previous = "lol" + i;
        }
        entities.append("]>");
        String xml = "<?xml version=\"1.0\"?>" + entities + "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&" + previous
                + ";</t></is></c></row></sheetData></worksheet>";
        HostileFiles.workbookWithSheetEntry(file, out -> out.write(xml.getBytes(StandardCharsets.UTF_8)),
                java.util.zip.Deflater.DEFAULT_COMPRESSION);
    }

    private static void wordDocument(Path file, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
        }
    }

    /** A .docx whose main part is cut off in the middle of an element. */
    private static void brokenWordXml(Path file) throws IOException {
        Path valid = file.resolveSibling("valid.docx");
        wordDocument(valid, "{{文号}}");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(valid.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.delete(valid);
    }

    private static void foreignDatabase(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, v TEXT)");
            st.execute("INSERT INTO ledger(v) VALUES ('另一个程序')");
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
