package io.serval.calendar.internal;

import io.serval.calendar.HolidayFile;
import io.serval.calendar.WorkingPeriod;
import io.serval.core.LocalizedText;
import io.serval.core.SeedData;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars every installation has: {@code 24x7}, and {@code cn-standard} (Monday-Friday 09:00-18:00
 * Asia/Shanghai with China's statutory days off and make-up working days from {@code calendars/cn-statutory.csv}).
 * Created when missing; never overwritten, so administrators' edits (e.g. next year's notice) stay.
 */
@Component
class BuiltInCalendars implements SeedData {

    static final String TWENTY_FOUR_SEVEN = "24x7";
    static final String CN_STANDARD = "cn-standard";
    static final String CN_STATUTORY_FILE = "calendars/cn-statutory.csv";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final WorkCalendars calendars;

    BuiltInCalendars(WorkCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public int getOrder() {
        return 5;
    }

    @Override
    @Transactional
    public void seed() {
        if (!calendars.existsByCode(TWENTY_FOUR_SEVEN)) {
            WorkCalendar calendar = new WorkCalendar(TWENTY_FOUR_SEVEN);
            calendar.define(new LocalizedText("7×24 全天候", "Around the clock"), SHANGHAI,
                    "Every hour of every day, no holidays.",
                    everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, DayOfWeek.values()), List.of(), List.of());
            calendars.saveAndFlush(calendar);
        }
        if (!calendars.existsByCode(CN_STANDARD)) {
            HolidayFile statutory = chinaStatutoryDays();
            WorkCalendar calendar = new WorkCalendar(CN_STANDARD);
            calendar.define(new LocalizedText("中国标准工作日", "China standard working days"), SHANGHAI,
                    "周一至周五 09:00-18:00，国家法定节假日与调休 / Monday-Friday 09:00-18:00 with statutory holidays and make-up days",
                    everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                    statutory.holidays(), statutory.workdays());
            calendars.saveAndFlush(calendar);
        }
    }

    static HolidayFile chinaStatutoryDays() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(CN_STATUTORY_FILE).getInputStream(),
                StandardCharsets.UTF_8)) {
            return HolidayFile.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<WorkingPeriod> everyDay(LocalTime start, LocalTime end, DayOfWeek... days) {
        return Arrays.stream(days).map(d -> new WorkingPeriod(d, start, end)).toList();
    }
}
