package org.liaisondesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.LongConsumer;
import java.util.zip.CRC32;
import org.liaisondesk.demo.data.GeneratedRows;
import org.liaisondesk.demo.service.RegisterGenerator;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;

/** Fills the benchmark's registers with the generator of issue 9 ({@code generate --records N --seed S}). */
final class GeneratorFiller implements BenchRegisters.Filler {

    /**
     * The generator's code and the schema version: a changed generator or schema means a register built before no
     * longer holds what a new one would, so it is built again.
     */
    @Override
    public String version() {
        CRC32 crc = new CRC32();
        for (Class<?> type : new Class<?>[] {RegisterGenerator.class, GeneratedRows.class}) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "RegisterGenerator " + Long.toHexString(crc.getValue()) + " (schema "
                + new Migrations(Benchmark.CLOCK).latestVersion() + ")";
    }

    @Override
    public long fill(Database db, Clock clock, long records, long seed, LongConsumer progress) {
        return new RegisterGenerator(db, clock).generate(records, seed, progress, () -> false).total();
    }
}
