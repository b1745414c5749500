package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.exchange.BundleFixture;

/** {@code bundle export} at a station, {@code bundle import [--dry-run]} at the office, and the refusals' exit code. */
class BundleCommandTest {
    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @TempDir
    Path dir;
    Path station;
    Path office;
    Path bundle;

    @BeforeEach
    void registers() {
        station = dir.resolve("station");
        office = dir.resolve("office");
        bundle = dir.resolve("清溪村.json");
        BundleFixture.demo(station, "清溪村联络站").close();
        new BundleFixture(office, "区院").close();
    }

    @Test
    void exportThenDryRunThenImportThenImportAgain() {
        CliHarness.Run export = CliHarness.in(station, "bundle", "export", "--out", bundle.toString());
        assertEquals(Cli.OK, export.code(), export.err());
        assertTrue(export.out().startsWith("已导出交换包："), export.out());
        assertTrue(Files.isRegularFile(bundle));

        Map<String, String> empty = checksums(office);
        CliHarness.Run dryRun = CliHarness.in(office, "bundle", "import", bundle.toString(), "--dry-run");
        assertEquals(Cli.OK, dryRun.code(), dryRun.err());
        assertTrue(dryRun.out().contains("来访登记：新增 "), dryRun.out());
        assertTrue(dryRun.out().contains("试运行"), dryRun.out());
        assertEquals(empty, checksums(office), "a dry run writes nothing");

        CliHarness.Run imported = CliHarness.in(office, "bundle", "import", bundle.toString());
        assertEquals(Cli.OK, imported.code(), imported.err());
        assertEquals(dryRun.out().lines().filter(l -> l.contains("：新增")).toList(),
                imported.out().lines().filter(l -> l.contains("：新增")).toList(), "the import did what the dry run said");
        Map<String, String> merged = checksums(office);

        CliHarness.Run again = CliHarness.in(office, "bundle", "import", bundle.toString());
        assertEquals(Cli.OK, again.code(), again.err());
        assertTrue(again.out().contains("合计：新增 0，更新 0，跳过 "), again.out());
        assertEquals(merged, checksums(office));
    }

    @Test
    void aBundleFromANewerVersionIsRefusedWithExitCode2() throws Exception {
        assertEquals(Cli.OK, CliHarness.in(station, "bundle", "export", "--out", bundle.toString()).code());
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(bundle.toFile());
        root.put("format_version", 99).put("app_version", "9.0");
        json.writeValue(bundle.toFile(), root);
        Map<String, String> before = checksums(office);

        CliHarness.Run r = CliHarness.in(office, "bundle", "import", bundle.toString());

        assertEquals(Cli.REFUSED, r.code());
        assertTrue(r.err().contains("较新版本的联络站检察工作台（9.0）"), r.err());
        assertEquals(before, checksums(office));
    }

    @Test
    void aMissingFileIsRefusedWithExitCode2() {
        CliHarness.Run r = CliHarness.in(office, "bundle", "import", dir.resolve("无此文件.json").toString());
        assertEquals(Cli.REFUSED, r.code());
        assertTrue(r.err().contains("找不到交换包文件"), r.err());
    }

    private static Map<String, String> checksums(Path register) {
        try (BundleFixture f = new BundleFixture(register, "")) {
            return f.checksums();
        }
    }
}
