package io.serval.clock.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.HolidayFile;
import io.serval.calendar.WorkingPeriod;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** The shipped cn-standard calendar (Monday-Friday 09:00-18:00 Shanghai, statutory holidays) for plain tests. */
final class ClockCalendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar CN_STANDARD = cnStandard();

    private ClockCalendars() {
    }

    /** A Shanghai wall-clock time, e.g. {@code 2026-11-20T16:30}. */
    static Instant cst(String text) {
        return LocalDateTime.parse(text).atZone(SHANGHAI).toInstant();
    }

    private static BusinessCalendar cnStandard() {
        try (Reader reader = new InputStreamReader(
                ClockCalendars.class.getResourceAsStream("/calendars/cn-statutory.csv"), StandardCharsets.UTF_8)) {
            HolidayFile statutory = HolidayFile.parse(reader);
            List<WorkingPeriod> week = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                    .map(day -> new WorkingPeriod(day, LocalTime.of(9, 0), LocalTime.of(18, 0))).toList();
            return BusinessCalendar.of(SHANGHAI, week, statutory.holidays(), statutory.workdays());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
