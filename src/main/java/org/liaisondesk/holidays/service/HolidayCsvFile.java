package org.liaisondesk.holidays.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.common.time.HolidayCalendar.Holiday;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.model.HolidayRules;

/**
 * Holiday files in the format of the bundled calendar ({@code 2027-01-01,HOLIDAY,元旦}, # comments). Reading checks
 * the whole file before anything is used; writing replaces the target only once the new file is complete.
 */
final class HolidayCsvFile {
    /** Far more than years of arrangements; a bigger file is some other file picked by mistake. */
    static final long MAX_BYTES = 1_000_000;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int QUOTED_LINE_LENGTH = 40;

    private HolidayCsvFile() {
    }

    /** Every day the file sets, in file order; throws naming the first bad line. */
    static List<Holiday> read(Path file) {
        String text = decode(readBytes(file));
        List<Holiday> rows = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDay = new HashMap<>();
        BufferedReader lines = new BufferedReader(new StringReader(text));
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                List<Holiday> parsed;
                try {
                    // One line at a time, so that a refusal can name the line in the user's words.
                    parsed = HolidayCalendar.parseCsv(new StringReader(line));
                } catch (IllegalArgumentException e) {
                    throw new HolidayImportException(lineNumber, "holidays.import.badLine", quoted(line));
                }
                if (parsed.isEmpty()) {
                    continue;
                }
                Holiday h = parsed.get(0);
                Integer earlier = lineOfDay.putIfAbsent(h.date(), lineNumber);
                if (earlier != null) {
                    throw new HolidayImportException(lineNumber, "holidays.import.duplicate", h.date().toString(),
                            String.valueOf(earlier));
                }
                List<FieldProblem> problems = HolidayRules.check(h.date(), DayKind.of(h.kind()), h.name());
                if (!problems.isEmpty()) {
                    FieldProblem p = problems.get(0);
                    throw new HolidayImportException(lineNumber, p.messageKey(), p.args());
                }
                rows.add(h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("holidays.import.empty", file.getFileName().toString());
        }
        return rows;
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException("holidays.import.tooLarge", file.getFileName().toString());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "holidays.import.cannotRead", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** UTF-8 (as we write it); otherwise GB18030, which is what Excel on a Chinese Windows saves a CSV in. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    private static String quoted(String line) {
        String text = line.strip();
        return text.length() > QUOTED_LINE_LENGTH ? text.substring(0, QUOTED_LINE_LENGTH) + "…" : text;
    }

    /** Writes {@code entries} to {@code target} (UTF-8 with a byte-order mark, so that Excel shows the names). */
    static void write(Path target, List<Holiday> entries, LocalDate today) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), ".liaisondesk-holidays-", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                out.write("# " + Messages.tr("holidays.export.header", today.toString()) + "\n");
                out.write("# " + Messages.tr("holidays.export.format") + "\n");
                for (Holiday h : entries) {
                    out.write(h.date() + "," + h.kind().name() + "," + h.name() + "\n");
                }
            }
            moveIntoPlace(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw new UserFacingException(e, "holidays.export.failed", absolute.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temp file is hidden and harmless; the refusal above is what the user needs to see.
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
