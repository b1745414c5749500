package org.liaisondesk.common.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, except public holidays, plus the weekend days that the
 * State Council's yearly notice turns into working days (调休上班日). Immutable.
 */
public final class HolidayCalendar {
    /** HOLIDAY: a public holiday (放假); WORKDAY: a weekend day worked instead (调休上班). */
    public enum Kind { HOLIDAY, WORKDAY }

    public record Holiday(LocalDate date, Kind kind, String name) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            name = name == null ? "" : name.strip();
        }
    }

    static final String OFFICIAL_RESOURCE = "cn-holidays.csv";
    private static final HolidayCalendar EMPTY = new HolidayCalendar(List.of());

    private final List<Holiday> entries;
    private final Map<LocalDate, Holiday> byDate;

    private HolidayCalendar(List<Holiday> sortedEntries) {
        this.entries = List.copyOf(sortedEntries);
        Map<LocalDate, Holiday> map = new HashMap<>();
        for (Holiday h : sortedEntries) {
            map.put(h.date(), h);
        }
        this.byDate = Map.copyOf(map);
    }

    /** Weekends only. */
    public static HolidayCalendar empty() {
        return EMPTY;
    }

    /** The official arrangements bundled with the application (2024–2026). */
    public static HolidayCalendar chinaOfficial() {
        return Official.CALENDAR;
    }

    /** @throws IllegalArgumentException when a date appears twice */
    public static HolidayCalendar of(Collection<Holiday> entries) {
        List<Holiday> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Holiday::date));
        Set<LocalDate> seen = new HashSet<>();
        for (Holiday h : sorted) {
            if (!seen.add(h.date())) {
                throw new IllegalArgumentException("date " + h.date() + " appears more than once");
            }
        }
        return new HolidayCalendar(sorted);
    }

    /** @throws IllegalArgumentException when a date is in both collections */
    public static HolidayCalendar of(Collection<LocalDate> publicHolidays, Collection<LocalDate> makeUpWorkdays) {
        List<Holiday> list = new ArrayList<>();
        publicHolidays.forEach(d -> list.add(new Holiday(d, Kind.HOLIDAY, "")));
        makeUpWorkdays.forEach(d -> list.add(new Holiday(d, Kind.WORKDAY, "")));
        return of(list);
    }

    /**
     * Reads lines {@code date,kind,name} ({@code 2025-01-26,WORKDAY,春节调休上班}); blank lines and lines starting
     * with # are skipped; the name may be left out.
     *
     * @throws IllegalArgumentException naming the line number of the first bad line
     */
    public static List<Holiday> parseCsv(Reader reader) {
        List<Holiday> result = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                String text = (lineNumber == 1 ? line.replace("\uFEFF", "") : line).strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Holiday holiday = parseLine(text, lineNumber);
                Integer earlier = lineOfDate.putIfAbsent(holiday.date(), lineNumber);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            "line " + lineNumber + ": date " + holiday.date() + " already given on line " + earlier);
                }
                result.add(holiday);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static Holiday parseLine(String text, int lineNumber) {
        String[] fields = text.split(",", 3);
        if (fields.length < 2) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected date,kind,name but got '" + text + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": '" + fields[0].strip()
                    + "' is not a date like 2025-01-01", e);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(fields[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": '" + fields[1].strip()
                    + "' is not HOLIDAY or WORKDAY", e);
        }
        return new Holiday(date, kind, fields.length == 3 ? fields[2] : "");
    }

    public boolean isWorkingDay(LocalDate date) {
        Holiday entry = byDate.get(Objects.requireNonNull(date, "date"));
        if (entry != null) {
            return entry.kind() == Kind.WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The holiday or make-up working day on that date, if the calendar has one. */
    public Optional<Holiday> entryOn(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** Whether the calendar has any entry in that year, so a missing year's arrangements can be pointed out. */
    public boolean covers(int year) {
        return entries.stream().anyMatch(h -> h.date().getYear() == year);
    }

    /** All entries, sorted by date. */
    public List<Holiday> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayCalendar other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + entries.size() + " entries]";
    }

    private static final class Official {
        static final HolidayCalendar CALENDAR = load();

        private static HolidayCalendar load() {
            try (InputStream in = HolidayCalendar.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + OFFICIAL_RESOURCE);
                }
                return of(parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
