package io.serval.calendar;

import static io.serval.calendar.TestCalendars.MON_TO_FRI;
import static io.serval.calendar.TestCalendars.period;
import static io.serval.calendar.TestCalendars.weekly;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BusinessCalendar.check(...) and the validation in BusinessCalendar.of(...). */
class CalendarCheckTest {

    private static final LocalDate D1 = LocalDate.parse("2025-10-01");
    private static final LocalDate D2 = LocalDate.parse("2025-10-11");

    private static List<CalendarViolation> check(WorkingPeriod... periods) {
        return BusinessCalendar.check(Arrays.asList(periods), List.of(), List.of());
    }

    @Test
    void validCalendarHasNoViolations() {
        assertThat(BusinessCalendar.check(weekly(MON_TO_FRI, "09:00", "18:00"),
                List.of(new Holiday(D1, null, "National Day")), List.of(new MakeUpWorkday(D2, null, null, "make-up")))).isEmpty();
    }

    @Test
    void overlappingPeriodsOnTheSameDayAreReportedOnTheLaterPeriod() {
        assertThat(check(period(MONDAY, "09:00", "12:00"), period(TUESDAY, "09:00", "12:00"), period(MONDAY, "11:00", "13:00")))
                .extracting(CalendarViolation::field, CalendarViolation::code)
                .containsExactly(tuple("periods[2]", "calendar.period.overlap"));
    }

    @Test
    void identicalPeriodsOverlap() {
        assertThat(check(period(MONDAY, "09:00", "12:00"), period(MONDAY, "09:00", "12:00")))
                .extracting(CalendarViolation::field).containsExactly("periods[1]");
    }

    @Test
    void overnightSpillOverIntoTheNextDayOverlaps() {
        // Monday 20:00 - Tuesday 08:00 collides with Tuesday 07:00-09:00
        assertThat(check(period(MONDAY, "20:00", "08:00"), period(TUESDAY, "07:00", "09:00")))
                .extracting(CalendarViolation::field, CalendarViolation::code)
                .containsExactly(tuple("periods[1]", "calendar.period.overlap"));
    }

    @Test
    void sundayNightSpillOverWrapsToMonday() {
        // listed Monday first: the Sunday shift is the later period
        assertThat(check(period(MONDAY, "05:00", "09:00"), period(SUNDAY, "22:00", "06:00")))
                .extracting(CalendarViolation::field).containsExactly("periods[1]");
        assertThat(check(period(SUNDAY, "22:00", "06:00"), period(MONDAY, "05:00", "09:00")))
                .extracting(CalendarViolation::field).containsExactly("periods[1]");
        // a whole Sunday (00:00-00:00) ends exactly when Monday starts
        assertThat(check(period(SUNDAY, "00:00", "00:00"), period(MONDAY, "00:00", "00:00"))).isEmpty();
    }

    @Test
    void touchingPeriodsDoNotOverlap() {
        assertThat(check(period(MONDAY, "08:00", "20:00"), period(MONDAY, "20:00", "08:00"), period(TUESDAY, "08:00", "20:00")))
                .isEmpty();
    }

    @Test
    void wholeDayPeriodOverlapsAnythingElseThatDay() {
        assertThat(check(period(MONDAY, "00:00", "00:00"), period(MONDAY, "23:00", "01:00")))
                .extracting(CalendarViolation::field).containsExactly("periods[1]");
        assertThat(check(period(MONDAY, "06:00", "06:00"), period(TUESDAY, "05:59", "07:00")))
                .extracting(CalendarViolation::field).containsExactly("periods[1]");
    }

    @Test
    void eachOverlappingPairIsReported() {
        List<CalendarViolation> v = check(period(MONDAY, "09:00", "12:00"), period(MONDAY, "13:00", "17:00"),
                period(MONDAY, "08:00", "18:00"));
        assertThat(v).extracting(CalendarViolation::field).containsExactly("periods[2]", "periods[2]");
        assertThat(v.get(0).message()).contains("periods[0]");
        assertThat(v.get(1).message()).contains("periods[1]");
    }

    @Test
    void missingPeriodFieldsAreRequired() {
        List<WorkingPeriod> periods = new ArrayList<>();
        periods.add(new WorkingPeriod(null, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        periods.add(null);
        periods.add(new WorkingPeriod(MONDAY, null, null));
        assertThat(BusinessCalendar.check(periods, List.of(), List.of()))
                .extracting(CalendarViolation::field, CalendarViolation::code)
                .containsExactly(
                        tuple("periods[0].day", "calendar.period.required"),
                        tuple("periods[1]", "calendar.period.required"),
                        tuple("periods[2].start", "calendar.period.required"),
                        tuple("periods[2].end", "calendar.period.required"));
    }

    @Test
    void sameDateAsHolidayAndWorkdayConflicts() {
        assertThat(BusinessCalendar.check(weekly(MON_TO_FRI, "09:00", "18:00"),
                List.of(new Holiday(D2, null, "h")), List.of(new MakeUpWorkday(D1, null, null, "ok"), new MakeUpWorkday(D2, null, null, "w"))))
                .extracting(CalendarViolation::field, CalendarViolation::code)
                .containsExactly(tuple("workdays[1]", "calendar.date.conflict"));
    }

    @Test
    void duplicateDatesAreReportedOnTheLaterEntry() {
        assertThat(BusinessCalendar.check(weekly(MON_TO_FRI, "09:00", "18:00"),
                List.of(new Holiday(D1, null, "a"), new Holiday(D2, null, "b"), new Holiday(D1, null, "c")),
                List.of(new MakeUpWorkday(LocalDate.parse("2025-09-28"), null, null, "x"),
                        new MakeUpWorkday(LocalDate.parse("2025-09-28"), SUNDAY, null, "y"))))
                .extracting(CalendarViolation::field, CalendarViolation::code)
                .containsExactly(tuple("holidays[2]", "calendar.date.duplicate"), tuple("workdays[1]", "calendar.date.duplicate"));
    }

    @Test
    void missingDatesAreRequired() {
        List<Holiday> holidays = new ArrayList<>();
        holidays.add(null);
        holidays.add(new Holiday(null, null, "x"));
        assertThat(BusinessCalendar.check(weekly(MON_TO_FRI, "09:00", "18:00"), holidays,
                List.of(new MakeUpWorkday(null, null, null, "y"))))
                .extracting(CalendarViolation::field, CalendarViolation::code)
                .containsExactly(tuple("holidays[0]", "calendar.date.required"), tuple("holidays[1].date", "calendar.date.required"),
                        tuple("workdays[0].date", "calendar.date.required"));
    }

    @Test
    void calendarWithoutPeriodsAndWorkdaysIsEmpty() {
        assertThat(BusinessCalendar.check(List.of(), List.of(new Holiday(D1, null, "h")), List.of()))
                .extracting(CalendarViolation::field, CalendarViolation::code)
                .containsExactly(tuple("periods", "calendar.empty"));
        assertThat(BusinessCalendar.check(null, null, null))
                .extracting(CalendarViolation::code).containsExactly("calendar.empty");
        // a make-up workday alone is accepted (as specified), though it has no periods to work
        assertThat(BusinessCalendar.check(List.of(), List.of(), List.of(new MakeUpWorkday(D2, null, null, "w")))).isEmpty();
    }

    @Test
    void ofThrowsWithAllViolationsIncludingMissingZone() {
        assertThatThrownBy(() -> BusinessCalendar.of(null, List.of(period(MONDAY, "09:00", "12:00"),
                period(MONDAY, "10:00", "11:00")), List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidCalendarException.class, e -> assertThat(e.violations())
                        .extracting(CalendarViolation::field, CalendarViolation::code)
                        .containsExactly(tuple("zone", "calendar.zone.required"), tuple("periods[1]", "calendar.period.overlap")))
                .hasMessageContaining("periods[1]");
    }

    @Test
    void calendarKeepsItsDefinitionImmutable() {
        List<WorkingPeriod> periods = new ArrayList<>(weekly(MON_TO_FRI, "09:00", "18:00"));
        BusinessCalendar cal = BusinessCalendar.of(ZoneOffset.UTC, periods, List.of(), List.of());
        periods.clear();
        assertThat(cal.periods()).hasSize(5);
        assertThatThrownBy(() -> cal.periods().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
