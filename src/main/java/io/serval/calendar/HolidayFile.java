package io.serval.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The holiday data file: UTF-8 CSV, one entry per line, each day named in Chinese and in English:
 * <pre>
 * # comment lines (first non-blank character '#') and blank lines are ignored
 * date,kind,nameZh,nameEn,worksAs
 * 2025-01-01,HOLIDAY,元旦,New Year's Day,
 * 2025-01-26,WORKDAY,春节调休上班,Spring Festival make-up workday,MONDAY
 * </pre>
 * <ul>
 *   <li>{@code date}: ISO {@code yyyy-MM-dd};</li>
 *   <li>{@code kind}: {@code HOLIDAY} or {@code WORKDAY}, case-insensitive;</li>
 *   <li>{@code nameZh}, {@code nameEn}: may be empty; unquoted fields are trimmed; a field may be double-quoted
 *       ({@code "a, b"}, with {@code ""} for a quote) to keep commas, quotes or surrounding blanks;</li>
 *   <li>{@code worksAs}: only for WORKDAY, a {@link DayOfWeek} name (case-insensitive), MONDAY when empty.</li>
 * </ul>
 * Files written before days had two names are read too: a line of 3 or 4 fields is {@code date,kind,name[,worksAs]},
 * its one name naming the day in both languages.
 * A date may appear only once in the file (not twice, and not as both kinds), so every parsed file gives a
 * valid {@link BusinessCalendar} definition. {@link #holidays()} and {@link #workdays()} are sorted by date.
 * A leading UTF-8 byte order mark is ignored.
 */
public final class HolidayFile {

    private static final String HEADER = "# date,kind,nameZh,nameEn,worksAs\n";

    private final List<Holiday> holidays;
    private final List<MakeUpWorkday> workdays;

    private HolidayFile(List<Holiday> holidays, List<MakeUpWorkday> workdays) {
        this.holidays = List.copyOf(holidays);
        this.workdays = List.copyOf(workdays);
    }

    /** The holidays, sorted by date. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** The make-up workdays, sorted by date. */
    public List<MakeUpWorkday> workdays() {
        return workdays;
    }

    /**
     * Parses a whole file, all or nothing. The reader is read to the end but not closed.
     *
     * @throws HolidayFileException listing every bad line (1-based line number and reason)
     * @throws UncheckedIOException when reading fails
     */
    public static HolidayFile parse(Reader reader) {
        List<HolidayFileException.LineError> errors = new ArrayList<>();
        List<Holiday> holidays = new ArrayList<>();
        List<MakeUpWorkday> workdays = new ArrayList<>();
        Map<LocalDate, Integer> firstLine = new HashMap<>();
        Map<LocalDate, Boolean> firstIsHoliday = new HashMap<>();

        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> reasons = new ArrayList<>();
                List<String> fields = splitFields(line, reasons);
                if (!reasons.isEmpty()) {
                    errors.add(new HolidayFileException.LineError(lineNo, String.join("; ", reasons)));
                    continue;
                }
                if (fields.size() < 3 || fields.size() > 5) {
                    errors.add(new HolidayFileException.LineError(lineNo, "expected 5 fields (date,kind,nameZh,nameEn,"
                            + "worksAs), or 3-4 with one name (date,kind,name[,worksAs]), but found " + fields.size()));
                    continue;
                }
                boolean singleName = fields.size() < 5;
                LocalDate date = null;
                try {
                    date = LocalDate.parse(fields.get(0));
                } catch (DateTimeParseException e) {
                    reasons.add("invalid date '" + fields.get(0) + "' (expected yyyy-MM-dd)");
                }
                String kind = fields.get(1).toUpperCase(Locale.ROOT);
                boolean holiday = kind.equals("HOLIDAY");
                if (!holiday && !kind.equals("WORKDAY")) {
                    reasons.add("invalid kind '" + fields.get(1) + "' (expected HOLIDAY or WORKDAY)");
                }
                String nameZh = fields.get(2);
                String nameEn = singleName ? nameZh : fields.get(3);
                String worksAsText = fields.size() == 5 ? fields.get(4) : fields.size() == 4 ? fields.get(3) : "";
                DayOfWeek worksAs = null;
                if (!worksAsText.isEmpty()) {
                    if (holiday) {
                        reasons.add("worksAs '" + worksAsText + "' is only allowed for WORKDAY");
                    } else {
                        try {
                            worksAs = DayOfWeek.valueOf(worksAsText.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            reasons.add("invalid worksAs '" + worksAsText + "' (expected a day of week such as MONDAY)");
                        }
                    }
                }
                if (reasons.isEmpty()) {
                    Integer seen = firstLine.putIfAbsent(date, lineNo);
                    if (seen != null) {
                        boolean seenHoliday = firstIsHoliday.get(date);
                        reasons.add(seenHoliday == holiday
                                ? "duplicate date " + date + " (already on line " + seen + ")"
                                : "date " + date + " is both a holiday and a workday (other entry on line " + seen + ")");
                    } else {
                        firstIsHoliday.put(date, holiday);
                    }
                }
                if (!reasons.isEmpty()) {
                    errors.add(new HolidayFileException.LineError(lineNo, String.join("; ", reasons)));
                } else if (holiday) {
                    holidays.add(new Holiday(date, nameZh, nameEn));
                } else {
                    workdays.add(new MakeUpWorkday(date, worksAs, nameZh, nameEn));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday file", e);
        }
        if (!errors.isEmpty()) {
            throw new HolidayFileException(errors);
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        workdays.sort(Comparator.comparing(MakeUpWorkday::date));
        return new HolidayFile(holidays, workdays);
    }

    /**
     * Formats entries as a holiday file of two names a day that {@link #parse} reads back to the same entries
     * (sorted by date, a null name read back as ""). Entries are written sorted by date, holidays before workdays on ties
     * (which cannot occur in a valid file), after a one-line comment header.
     *
     * @throws IllegalArgumentException for a null entry or date, a name with a line break, or a date that
     *                                  appears more than once (such a file could not be parsed)
     */
    public static String format(List<Holiday> holidays, List<MakeUpWorkday> workdays) {
        record Line(LocalDate date, int order, String text) { }
        List<Line> lines = new ArrayList<>();
        Map<LocalDate, Boolean> seen = new HashMap<>();
        for (Holiday h : holidays == null ? List.<Holiday>of() : holidays) {
            if (h == null || h.date() == null) {
                throw new IllegalArgumentException("holiday and its date are required: " + h);
            }
            if (seen.put(h.date(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("date " + h.date() + " appears more than once");
            }
            lines.add(new Line(h.date(), 0, h.date() + ",HOLIDAY," + quote(h.nameZh()) + "," + quote(h.nameEn()) + ","));
        }
        for (MakeUpWorkday w : workdays == null ? List.<MakeUpWorkday>of() : workdays) {
            if (w == null || w.date() == null) {
                throw new IllegalArgumentException("workday and its date are required: " + w);
            }
            if (seen.put(w.date(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("date " + w.date() + " appears more than once");
            }
            lines.add(new Line(w.date(), 1, w.date() + ",WORKDAY," + quote(w.nameZh()) + "," + quote(w.nameEn()) + ","
                    + w.worksAs()));
        }
        lines.sort(Comparator.comparing(Line::date).thenComparingInt(Line::order));
        StringBuilder out = new StringBuilder(HEADER);
        for (Line l : lines) {
            out.append(l.text()).append('\n');
        }
        return out.toString();
    }

    private static String quote(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a name must not contain a line break: " + name);
        }
        boolean needsQuotes = name.indexOf(',') >= 0 || name.indexOf('"') >= 0 || !name.equals(name.strip());
        return needsQuotes ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    /** Splits one CSV line; unquoted fields are trimmed, quoted fields kept verbatim. */
    private static List<String> splitFields(String line, List<String> reasons) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    reasons.add("unterminated quoted field " + (fields.size() + 1));
                    return fields;
                }
                while (i < n && isBlank(line.charAt(i))) {
                    i++;
                }
                fields.add(value.toString());
                if (i < n && line.charAt(i) != ',') {
                    reasons.add("unexpected text after quoted field " + fields.size());
                    return fields;
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(line.substring(i, end).strip());
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++; // skip the comma
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    @Override
    public String toString() {
        return "HolidayFile[" + holidays.size() + " holidays, " + workdays.size() + " workdays]";
    }
}
