package io.serval.calendar;

import static io.serval.calendar.TestCalendars.cnStandard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Working days on China's statutory calendar: "closed after 3 working days" skips weekends and public holidays. */
class WorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessCalendar cn = cnStandard();

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    @Test
    void weekendsHolidaysAndMakeUpDaysAreToldApart() {
        assertThat(cn.isWorkingDay(LocalDate.of(2026, 11, 24))).as("a Tuesday").isTrue();
        assertThat(cn.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isFalse();
        assertThat(cn.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day").isFalse();
        assertThat(cn.isWorkingDay(LocalDate.of(2026, 10, 10))).as("a make-up Saturday").isTrue();
    }

    @Test
    void threeWorkingDaysAfterAFridayEndOnWednesdayNight() {
        assertThat(cn.endOfWorkingDaysAfter(at("2026-11-20T16:00"), 3)).isEqualTo(at("2026-11-26T00:00"));
        assertThat(cn.endOfWorkingDaysAfter(at("2026-11-20T16:00"), 0)).isEqualTo(at("2026-11-21T00:00"));
    }

    @Test
    void theNationalDayWeekIsSkipped() {
        // resolved on 30 September 2026: 1-7 October are holidays, 8 and 9 October work, 10 October is a make-up day
        assertThat(cn.endOfWorkingDaysAfter(at("2026-09-30T10:00"), 3)).isEqualTo(at("2026-10-11T00:00"));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> cn.endOfWorkingDaysAfter(at("2026-09-30T10:00"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
