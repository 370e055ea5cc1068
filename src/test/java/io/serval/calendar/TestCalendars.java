package io.serval.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Calendars and instant helpers shared by the tests. */
final class TestCalendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Set<DayOfWeek> MON_TO_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static volatile HolidayFile cnFile;
    private static volatile BusinessCalendar cnStandard;

    private TestCalendars() {
    }

    /** The cn-statutory.csv resource parsed with {@link HolidayFile#parse}. */
    static HolidayFile cnStatutoryFile() {
        if (cnFile == null) {
            try (InputStream in = TestCalendars.class.getResourceAsStream("/calendars/cn-statutory.csv");
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                cnFile = HolidayFile.parse(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cnFile;
    }

    /** cn-standard: Monday-Friday 09:00-18:00 Asia/Shanghai plus China's statutory holidays and make-up workdays. */
    static BusinessCalendar cnStandard() {
        if (cnStandard == null) {
            HolidayFile file = cnStatutoryFile();
            cnStandard = BusinessCalendar.of(SHANGHAI, weekly(MON_TO_FRI, "09:00", "18:00"), file.holidays(),
                    file.workdays());
        }
        return cnStandard;
    }

    /** A fresh (uncached) cn-standard calendar. */
    static BusinessCalendar freshCnStandard() {
        HolidayFile file = cnStatutoryFile();
        return BusinessCalendar.of(SHANGHAI, weekly(MON_TO_FRI, "09:00", "18:00"), file.holidays(), file.workdays());
    }

    /** The same period on each of the given days. */
    static List<WorkingPeriod> weekly(Set<DayOfWeek> days, String start, String end) {
        List<WorkingPeriod> out = new ArrayList<>();
        for (DayOfWeek d : days) {
            out.add(period(d, start, end));
        }
        return out;
    }

    static WorkingPeriod period(DayOfWeek day, String start, String end) {
        return new WorkingPeriod(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Monday-Friday 09:00-18:00 in {@code zone}, no holidays. */
    static BusinessCalendar nineToSix(ZoneId zone) {
        return BusinessCalendar.of(zone, weekly(MON_TO_FRI, "09:00", "18:00"), List.of(), List.of());
    }

    /** The instant of local date-time {@code text} (e.g. {@code 2025-01-24T17:00}) in {@code zone}. */
    static Instant at(ZoneId zone, String text) {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
    }

    static Instant cst(String text) {
        return at(SHANGHAI, text);
    }

    static Instant utc(String text) {
        return at(ZoneOffset.UTC, text);
    }
}
