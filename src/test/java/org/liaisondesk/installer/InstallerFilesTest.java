package org.liaisondesk.installer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.Launcher;

/**
 * Keeps installer/ honest without building an installer: the files the scripts name exist, the icons have every
 * size, the runtime's module list covers what jdeps finds in the application, and the Windows upgrade UUID stays
 * the one every released .msi carries (changing it would install a second copy next to the old one).
 */
class InstallerFilesTest {
    private static final Path INSTALLER = Path.of("installer");
    private static final String UPGRADE_UUID = "426b77a1-ed08-4525-a472-0dff4171aa61";
    private static final List<String> SCRIPTS_AND_OPTIONS = List.of("build-linux.sh", "build-windows.ps1",
            "jpackage-common.txt", "jpackage-launcher.txt", "linux/jpackage-linux.txt", "windows/jpackage-windows.txt");
    private static final Pattern NAMED_FILE = Pattern.compile("installer[/\\\\]([A-Za-z0-9_./\\\\-]+\\.(?:png|ico|icns|txt|properties|java))");

    @Test
    void everyFileTheScriptsNameExists() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String script : SCRIPTS_AND_OPTIONS) {
            Matcher m = NAMED_FILE.matcher(read(INSTALLER.resolve(script)));
            while (m.find()) {
                named.add(m.group(1).replace('\\', '/'));
            }
        }
        assertTrue(named.containsAll(Set.of("icons/liaisondesk-256.png", "icons/liaisondesk.ico",
                "runtime-modules.txt", "windows/debug.properties", "icons/IconGenerator.java")), named::toString);
        assertAll(named.stream().map(name -> () -> assertTrue(Files.isRegularFile(INSTALLER.resolve(name)), name)));
        assertTrue(Files.isRegularFile(INSTALLER.resolve("linux/resources/LiaisonDesk.desktop")));
        assertTrue(Files.isRegularFile(Path.of("LICENSE")), "the packages name LICENSE as their license file");
    }

    /** The running window's icons are the installer's, byte for byte (LiaisonDeskApp loads them as resources). */
    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 256})
    void theWindowIconIsTheInstallersIcon(int size) throws IOException {
        String name = "liaisondesk-" + size + ".png";
        assertTrue(Arrays.equals(Files.readAllBytes(INSTALLER.resolve("icons").resolve(name)),
                Files.readAllBytes(Path.of("src/main/resources/org/liaisondesk/app/icons").resolve(name))), name);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512, 1024})
    void everyPngSizeExistsAndHasItsSize(int size) throws IOException {
        BufferedImage image = ImageIO.read(INSTALLER.resolve("icons/liaisondesk-" + size + ".png").toFile());
        assertEquals(size, image.getWidth());
        assertEquals(size, image.getHeight());
    }

    @Test
    void theWindowsIconHoldsEverySizeWindowsAsksFor() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(INSTALLER.resolve("icons/liaisondesk.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1, ico.getShort(2), "type 1 = icon");
        int count = ico.getShort(4);
        Set<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
        }
        assertEquals(Set.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }

    @Test
    void theMacIconStartsWithItsMagicAndLength() throws IOException {
        byte[] icns = Files.readAllBytes(INSTALLER.resolve("icons/liaisondesk.icns"));
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, ByteBuffer.wrap(icns, 4, 4).getInt());
    }

    @Test
    void theUpgradeUuidIsValidAndNeverChanges() throws IOException {
        Matcher m = Pattern.compile("--win-upgrade-uuid\\s+(\\S+)").matcher(read(INSTALLER.resolve("windows/jpackage-windows.txt")));
        assertTrue(m.find(), "--win-upgrade-uuid is set");
        assertEquals(UPGRADE_UUID, UUID.fromString(m.group(1)).toString());
    }

    @Test
    void theLauncherShowsTheSplashAndKeepsThePerUserDataFolder() throws IOException {
        String options = read(INSTALLER.resolve("jpackage-launcher.txt"));
        assertAll(
                () -> assertTrue(options.contains("-splash:$APPDIR/splash.png"), options),
                () -> assertTrue(options.contains("-Xmx"), options),
                () -> assertTrue(!options.contains("liaisondesk.dataDir"), "the installed app keeps the per-user data folder"));
    }

    /** The archive is added only after a training run made it, and a stale one must never stop the app. */
    @Test
    void theLinuxLauncherUsesTheArchiveWithoutDependingOnIt() throws IOException {
        String script = read(INSTALLER.resolve("build-linux.sh"));
        assertAll(
                () -> assertTrue(script.contains("java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa' 'java-options=-Xshare:auto'"), script),
                () -> assertTrue(script.contains("-XX:ArchiveClassesAtExit=\\$APPDIR/app.jsa"), script),
                () -> assertTrue(script.contains("-Dliaisondesk.exitAfterFirstFrame=true"), script));
    }

    @Test
    void everyListedModuleExistsInTheJdk() throws IOException {
        Set<String> missing = runtimeModules().stream()
                .filter(m -> ModuleFinder.ofSystem().find(m).isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    /** The same jdeps call as the build scripts, on the compiled classes and the runtime libraries (~10 s). */
    @Test
    void theRuntimeHasEveryModuleJdepsFinds() throws IOException, URISyntaxException {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String libraries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).collect(Collectors.joining(File.pathSeparator));
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", "--class-path", libraries, classes.toString());
        assertEquals(0, exit, out::toString);
        String[] lines = out.toString().strip().split("\\R");
        Set<String> found = new TreeSet<>(Arrays.asList(lines[lines.length - 1].strip().split(",")));
        assertTrue(found.contains("java.sql") && found.contains("java.base"), found::toString);
        found.removeAll(runtimeModules());
        assertEquals(Set.of(), found, "add these to installer/runtime-modules.txt");
    }

    private static Set<String> runtimeModules() throws IOException {
        return Files.readAllLines(INSTALLER.resolve("runtime-modules.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
