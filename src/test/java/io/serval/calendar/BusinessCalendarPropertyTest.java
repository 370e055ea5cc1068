package io.serval.calendar;

import static io.serval.calendar.TestCalendars.MON_TO_FRI;
import static io.serval.calendar.TestCalendars.period;
import static io.serval.calendar.TestCalendars.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Randomised properties, with fixed seeds so failures reproduce, and an independent brute-force oracle. */
class BusinessCalendarPropertyTest {

    private static final long FROM = Instant.parse("2023-06-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2027-06-01T00:00:00Z").getEpochSecond();

    static Stream<Arguments> calendars() {
        EnumSet<DayOfWeek> everyDay = EnumSet.allOf(DayOfWeek.class);
        List<WorkingPeriod> berlinShifts = new ArrayList<>(weekly(MON_TO_FRI, "06:00", "14:00"));
        berlinShifts.addAll(weekly(MON_TO_FRI, "14:00", "22:00"));
        berlinShifts.add(period(DayOfWeek.SATURDAY, "20:00", "08:00"));
        List<Holiday> usHolidays = List.of(new Holiday(LocalDate.parse("2025-07-04"), null, "Independence Day"),
                new Holiday(LocalDate.parse("2025-11-27"), null, "Thanksgiving"),
                new Holiday(LocalDate.parse("2025-12-25"), null, "Christmas Day"),
                new Holiday(LocalDate.parse("2026-01-01"), null, "New Year's Day"));
        return Stream.of(
                Arguments.of("cn-standard", TestCalendars.cnStandard()),
                Arguments.of("Berlin shifts", BusinessCalendar.of(ZoneId.of("Europe/Berlin"), berlinShifts, List.of(), List.of())),
                Arguments.of("New York 9-5", BusinessCalendar.of(ZoneId.of("America/New_York"),
                        weekly(MON_TO_FRI, "09:00", "17:00"), usHolidays, List.of())),
                Arguments.of("Sydney nights", BusinessCalendar.of(ZoneId.of("Australia/Sydney"),
                        weekly(everyDay, "20:00", "08:00"), List.of(), List.of())),
                Arguments.of("London 24/7", BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/London"))),
                Arguments.of("random fixed-offset", randomCalendar(new Random(42)).calendar));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void dueAtIsTheEarliestInstantAtWhichTheDurationHasElapsed(String name, BusinessCalendar cal) {
        Random random = new Random(name.hashCode());
        for (int i = 0; i < 3000; i++) {
            Instant start = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
            Duration d = randomDuration(random);
            Instant due = cal.dueAt(start, d);
            String ctx = name + " start=" + start + " d=" + d + " due=" + due;
            assertThat(cal.businessDuration(start, due)).as(ctx).isEqualTo(d);
            assertThat(due).as(ctx).isAfterOrEqualTo(start);
            if (!d.isZero()) {
                Instant oneSecondEarlier = due.minusSeconds(1);
                assertThat(cal.businessDuration(start, oneSecondEarlier)).as(ctx).isEqualTo(d.minusSeconds(1));
                assertThat(cal.isWorkingTime(oneSecondEarlier)).as(ctx).isTrue();
                assertThat(cal.dueAt(start, Duration.ofSeconds(1)))
                        .as(ctx).isEqualTo(cal.nextWorkingInstant(start).plusSeconds(1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void businessDurationIsAdditiveAndAntisymmetric(String name, BusinessCalendar cal) {
        Random random = new Random(name.hashCode() + 1L);
        for (int i = 0; i < 3000; i++) {
            Instant a = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
            Instant b = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
            Instant c = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
            String ctx = name + " " + a + " " + b + " " + c;
            assertThat(cal.businessDuration(a, c)).as(ctx).isEqualTo(cal.businessDuration(a, b).plus(cal.businessDuration(b, c)));
            assertThat(cal.businessDuration(b, a)).as(ctx).isEqualTo(cal.businessDuration(a, b).negated());
            assertThat(cal.businessDuration(a, b).abs()).as(ctx).isLessThanOrEqualTo(Duration.between(a, b).abs());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void nextWorkingInstantIsWorkingAndNothingWorksBeforeIt(String name, BusinessCalendar cal) {
        Random random = new Random(name.hashCode() + 2L);
        for (int i = 0; i < 3000; i++) {
            Instant t = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
            Instant next = cal.nextWorkingInstant(t);
            String ctx = name + " t=" + t + " next=" + next;
            assertThat(next).as(ctx).isAfterOrEqualTo(t);
            assertThat(cal.isWorkingTime(next)).as(ctx).isTrue();
            assertThat(cal.businessDuration(t, next)).as(ctx).isZero();
            assertThat(next.equals(t)).as(ctx).isEqualTo(cal.isWorkingTime(t));
        }
    }

    @Test
    void cnStandardAgreesWithMinuteByMinuteOracle() {
        BusinessCalendar cn = TestCalendars.cnStandard();
        Set<LocalDate> off = new HashSet<>();
        TestCalendars.cnStatutoryFile().holidays().forEach(h -> off.add(h.date()));
        Set<LocalDate> on = new HashSet<>();
        TestCalendars.cnStatutoryFile().workdays().forEach(w -> on.add(w.date()));
        Oracle oracle = t -> {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(t), TestCalendars.SHANGHAI);
            LocalDate date = local.toLocalDate();
            boolean workingDate = !off.contains(date) && (on.contains(date) || MON_TO_FRI.contains(date.getDayOfWeek()));
            LocalTime time = local.toLocalTime();
            return workingDate && !time.isBefore(LocalTime.of(9, 0)) && time.isBefore(LocalTime.of(18, 0));
        };
        long from = Instant.parse("2023-12-20T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-01-10T00:00:00Z").getEpochSecond();
        compareWithOracle(cn, oracle, new Random(7), from, to, 400);
    }

    @Test
    void randomFixedOffsetCalendarsAgreeWithMinuteByMinuteOracle() {
        Random random = new Random(2025);
        for (int c = 0; c < 25; c++) {
            RandomCalendar rc = randomCalendar(random);
            long from = LocalDate.of(2025, 12, 1).atStartOfDay(rc.calendar.zone()).toEpochSecond();
            long to = LocalDate.of(2026, 2, 1).atStartOfDay(rc.calendar.zone()).toEpochSecond();
            compareWithOracle(rc.calendar, rc::isWorking, random, from, to, 40);
        }
    }

    // ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Oracle {
        boolean isWorking(long epochSecond);
    }

    /** Compares isWorkingTime and businessDuration against stepping the oracle minute by minute. */
    private static void compareWithOracle(BusinessCalendar cal, Oracle oracle, Random random, long from, long to, int cases) {
        for (int i = 0; i < cases; i++) {
            long a = from + Math.floorDiv((long) (random.nextDouble() * (to - from)), 60) * 60;
            long b = Math.min(to, a + 60L * random.nextInt(14 * 24 * 60));
            long minutes = 0;
            for (long t = a; t < b; t += 60) {
                boolean expected = oracle.isWorking(t);
                if (expected) {
                    minutes++;
                }
                if ((t / 60) % 7 == 0) { // spot check isWorkingTime on every 7th minute
                    assertThat(cal.isWorkingTime(Instant.ofEpochSecond(t))).as(cal + " at " + Instant.ofEpochSecond(t))
                            .isEqualTo(expected);
                }
            }
            assertThat(cal.businessDuration(Instant.ofEpochSecond(a), Instant.ofEpochSecond(b)))
                    .as(cal + " from " + Instant.ofEpochSecond(a) + " to " + Instant.ofEpochSecond(b))
                    .isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    private static Duration randomDuration(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Duration.ZERO;
            case 1 -> Duration.ofSeconds(1 + random.nextInt(3600));
            case 2 -> Duration.ofSeconds(1 + random.nextInt(50 * 3600));
            case 3 -> Duration.ofSeconds(1 + random.nextInt(500 * 3600));
            default -> Duration.ofSeconds(1 + (long) (random.nextDouble() * 3000 * 3600));
        };
    }

    /** A random valid calendar in a fixed-offset zone, with a naive oracle that knows nothing of the engine. */
    record RandomCalendar(BusinessCalendar calendar, List<WorkingPeriod> periods, Set<LocalDate> holidays,
                          Map<LocalDate, DayOfWeek> workdays) {

        boolean isWorking(long epochSecond) {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), calendar.zone());
            for (LocalDate d : List.of(local.toLocalDate().minusDays(1), local.toLocalDate())) {
                if (holidays.contains(d)) {
                    continue;
                }
                DayOfWeek dow = workdays.getOrDefault(d, d.getDayOfWeek());
                for (WorkingPeriod p : periods) {
                    if (p.day() != dow) {
                        continue;
                    }
                    LocalDateTime s = d.atTime(p.start());
                    LocalDateTime e = (p.end().isAfter(p.start()) ? d : d.plusDays(1)).atTime(p.end());
                    if (!local.isBefore(s) && local.isBefore(e)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static RandomCalendar randomCalendar(Random random) {
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(15 * 60 * (random.nextInt(4 * 26) - 4 * 12));
        List<WorkingPeriod> periods = new ArrayList<>();
        int attempts = 1 + random.nextInt(25);
        for (int i = 0; i < attempts; i++) {
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
            LocalTime start = LocalTime.ofSecondOfDay(60L * random.nextInt(24 * 60));
            LocalTime end = random.nextInt(10) == 0 ? start : start.plusMinutes(1 + random.nextInt(20 * 60));
            periods.add(new WorkingPeriod(day, start, end));
            if (!BusinessCalendar.check(periods, List.of(), List.of()).isEmpty()) {
                periods.remove(periods.size() - 1);
            }
        }
        if (periods.isEmpty()) {
            periods.add(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        Set<LocalDate> holidays = new HashSet<>();
        Map<LocalDate, DayOfWeek> workdays = new HashMap<>();
        LocalDate base = LocalDate.of(2025, 11, 25);
        for (int i = 0; i < 20; i++) {
            LocalDate d = base.plusDays(random.nextInt(75));
            if (random.nextBoolean()) {
                if (!workdays.containsKey(d)) {
                    holidays.add(d);
                }
            } else if (!holidays.contains(d)) {
                workdays.put(d, DayOfWeek.of(1 + random.nextInt(7)));
            }
        }
        BusinessCalendar cal = BusinessCalendar.of(zone, periods,
                holidays.stream().map(d -> new Holiday(d, null, "h")).toList(),
                workdays.entrySet().stream().map(e -> new MakeUpWorkday(e.getKey(), e.getValue(), null, "w")).toList());
        return new RandomCalendar(cal, List.copyOf(periods), holidays, workdays);
    }
}
