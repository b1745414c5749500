package org.liaisondesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Database;

/**
 * The registers the benchmark runs on, one data folder per size under {@code root}. A folder is built once by the
 * generator and reused while its marker names the same generator version, seed and record count; a 1M register
 * takes minutes to build, so it is not built twice.
 */
final class BenchRegisters {
    static final String MARKER = "bench-register.properties";

    /** What fills an empty register: the generator of issue 9, or a smaller stand-in in a test. */
    interface Filler {
        String version();

        /** Fills the register; returns the number of records written. */
        long fill(Database db, Clock clock, long records, long seed, LongConsumer progress);
    }

    /** A register ready to measure: its folder, the records it holds and whether it was just built. */
    record Built(DataFolder folder, long records, boolean reused, double buildSeconds) {
    }

    private final Path root;
    private final Filler filler;
    private final Clock clock;

    BenchRegisters(Path root, Filler filler, Clock clock) {
        this.root = root;
        this.filler = filler;
        this.clock = clock;
    }

    Built ensure(String label, long records, long seed) throws IOException {
        Path dir = root.resolve(label);
        Properties wanted = new Properties();
        wanted.setProperty("generator", filler.version());
        wanted.setProperty("seed", Long.toString(seed));
        wanted.setProperty("records", Long.toString(records));
        Properties found = readMarker(dir.resolve(MARKER));
        if (found != null && wanted.getProperty("generator").equals(found.getProperty("generator"))
                && wanted.getProperty("seed").equals(found.getProperty("seed"))
                && wanted.getProperty("records").equals(found.getProperty("records"))) {
            return new Built(DataFolder.at(dir), Long.parseLong(found.getProperty("written", "0")), true,
                    Double.parseDouble(found.getProperty("buildSeconds", "0")));
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        long start = System.nanoTime();
        long written;
        try (AppContext ctx = AppContext.open(DataFolder.at(dir), clock)) {
            System.out.printf("building the %s register (%d records, seed %d)%n", label, records, seed);
            long step = Math.max(1, records / 10);
            written = filler.fill(ctx.database(), clock, records, seed, done -> {
                if (done % step == 0) {
                    System.out.printf("  %s: %d of %d%n", label, done, records);
                }
            });
            nameTheOffice(ctx);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        wanted.setProperty("written", Long.toString(written));
        wanted.setProperty("buildSeconds", String.format(java.util.Locale.ROOT, "%.1f", seconds));
        try (Writer out = Files.newBufferedWriter(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
            wanted.store(out, "register built for the benchmark");
        }
        return new Built(DataFolder.at(dir), written, false, seconds);
    }

    /** Documents need an office to sign them: the demo procuratorate's, as loading the demo register sets it. */
    private static void nameTheOffice(AppContext ctx) {
        ctx.updateSettings(s -> {
            if (s.getOfficeName().isEmpty()) {
                s.setOfficeName(Messages.tr("demo.officeName"));
            }
            if (s.getOfficeAbbreviation().isEmpty()) {
                s.setOfficeAbbreviation(Messages.tr("demo.officeAbbreviation"));
            }
        });
    }

    private static Properties readMarker(Path marker) throws IOException {
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
