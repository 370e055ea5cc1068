package io.serval.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A business calendar: weekly working periods in a time zone, minus holidays, plus make-up workdays.
 * It answers "when is this due?" and "how much working time elapsed?" in real elapsed seconds.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>A {@link WorkingPeriod} is weekly local time; {@code end <= start} means it ends the next day
 *       ({@code 20:00-08:00} is an overnight shift, {@code 00:00-00:00} a whole day). It belongs to the
 *       date it starts on: a {@link Holiday} cancels the periods <em>starting</em> on that date (a shift
 *       running into a holiday after midnight still works); a {@link MakeUpWorkday} uses the periods of
 *       its {@code worksAs} weekday instead of its own weekday's.</li>
 *   <li>Local start and end times are converted with {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)}:
 *       a time in a DST gap moves forward by the length of the gap, a time in a DST overlap takes the
 *       earlier offset. Working time is the <em>real</em> elapsed time between those instants, so a
 *       20:00-08:00 shift lasts 11h the night clocks go forward and 13h the night they go back. A period
 *       whose resolved end is not after its resolved start (only possible inside a DST gap) is empty.</li>
 *   <li>Working intervals are half-open {@code [start, end)}. Overlapping or adjacent intervals (also
 *       across midnight and across years) merge into one continuous working interval.</li>
 *   <li>Everything is exact to the second: the sub-second part of every input instant, duration and
 *       period time is truncated (instants towards the past, i.e. {@link Instant#getEpochSecond()}).
 *       Results of computations are whole seconds; where an input is returned unchanged
 *       ({@link #dueAt} with a zero duration, {@link #nextWorkingInstant} on a working instant) its
 *       nanoseconds are kept.</li>
 *   <li>Supported instants lie in the years {@value #MIN_YEAR} to {@value #MAX_YEAR} of the calendar's
 *       zone; others, and results that would fall outside, raise {@link DateTimeException}.</li>
 * </ul>
 *
 * <h2>Implementation</h2>
 * Nothing steps minute by minute or day by day at query time. For each calendar year (in the zone) the
 * merged working intervals are computed once, lazily, as sorted arrays of epoch seconds with prefix sums
 * of their lengths, and cached in a {@link ConcurrentHashMap}; queries use binary search, and spans of
 * several years add the cached whole-year totals. Searches that find no working time at all for more
 * than {@value #MAX_EMPTY_YEARS} consecutive years throw {@link IllegalStateException}.
 *
 * <p>Instances are immutable (the caches only memoise pure functions of the definition) and safe to
 * share between threads.
 */
public final class BusinessCalendar {

    /** First supported year (in the calendar's zone). */
    public static final int MIN_YEAR = 1;
    /** Last supported year (in the calendar's zone). */
    public static final int MAX_YEAR = 9999;
    /** A search gives up with {@link IllegalStateException} after this many consecutive years without working time. */
    public static final int MAX_EMPTY_YEARS = 100;

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY;

    private final ZoneId zone;
    private final List<WorkingPeriod> periods;
    private final List<Holiday> holidays;
    private final List<MakeUpWorkday> workdays;

    /** Weekly periods by day of week, start and end truncated to seconds, sorted by start. */
    private final Map<DayOfWeek, WorkingPeriod[]> periodsByDay;
    private final Set<LocalDate> holidayDates;
    private final Map<LocalDate, DayOfWeek> workdayDates;
    /** Years for which the calendar lists at least one holiday or make-up working day. */
    private final Set<Integer> listedYears;

    private final long minSupportedSecond;
    private final long maxSupportedSecond; // exclusive

    /** Full per-year interval tables. */
    private final ConcurrentHashMap<Integer, YearIntervals> years = new ConcurrentHashMap<>();
    /** Whole-year totals (seconds) of years only crossed by long spans, whose tables are not kept. */
    private final ConcurrentHashMap<Integer, Long> yearTotals = new ConcurrentHashMap<>();

    private BusinessCalendar(ZoneId zone, List<WorkingPeriod> periods, List<Holiday> holidays,
                             List<MakeUpWorkday> workdays) {
        this.zone = zone;
        this.periods = List.copyOf(periods);
        this.holidays = List.copyOf(holidays);
        this.workdays = List.copyOf(workdays);

        Map<DayOfWeek, List<WorkingPeriod>> byDay = new EnumMap<>(DayOfWeek.class);
        for (WorkingPeriod p : this.periods) {
            byDay.computeIfAbsent(p.day(), d -> new ArrayList<>())
                    .add(new WorkingPeriod(p.day(), p.start().withNano(0), p.end().withNano(0)));
        }
        Map<DayOfWeek, WorkingPeriod[]> sorted = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            WorkingPeriod[] ps = byDay.getOrDefault(d, List.of()).toArray(new WorkingPeriod[0]);
            Arrays.sort(ps, (a, b) -> a.start().compareTo(b.start()));
            sorted.put(d, ps);
        }
        this.periodsByDay = Collections.unmodifiableMap(sorted);

        Set<LocalDate> hd = new HashSet<>();
        for (Holiday h : this.holidays) {
            hd.add(h.date());
        }
        this.holidayDates = Collections.unmodifiableSet(hd);
        Map<LocalDate, DayOfWeek> wd = new HashMap<>();
        for (MakeUpWorkday w : this.workdays) {
            wd.put(w.date(), w.worksAs());
        }
        this.workdayDates = Collections.unmodifiableMap(wd);
        Set<Integer> listed = new HashSet<>();
        hd.forEach(d -> listed.add(d.getYear()));
        wd.keySet().forEach(d -> listed.add(d.getYear()));
        this.listedYears = Collections.unmodifiableSet(listed);

        this.minSupportedSecond = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay(zone).toEpochSecond();
        this.maxSupportedSecond = LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay(zone).toEpochSecond();
    }

    // ------------------------------------------------------------------------------------------------
    // Construction and validation
    // ------------------------------------------------------------------------------------------------

    /**
     * Creates a calendar. A {@code null} list is treated as empty.
     *
     * @throws InvalidCalendarException carrying every violation when {@link #check} finds any, or when
     *                                  {@code zone} is null (field {@code zone}, code {@code calendar.zone.required})
     */
    public static BusinessCalendar of(ZoneId zone, List<WorkingPeriod> periods, List<Holiday> holidays,
                                      List<MakeUpWorkday> workdays) {
        List<WorkingPeriod> ps = orEmpty(periods);
        List<Holiday> hs = orEmpty(holidays);
        List<MakeUpWorkday> ws = orEmpty(workdays);
        List<CalendarViolation> violations = new ArrayList<>();
        if (zone == null) {
            violations.add(new CalendarViolation("zone", CalendarViolation.ZONE_REQUIRED, "A time zone is required."));
        }
        violations.addAll(check(ps, hs, ws));
        if (!violations.isEmpty()) {
            throw new InvalidCalendarException(violations);
        }
        return new BusinessCalendar(zone, ps, hs, ws);
    }

    /** A calendar in which every instant is working time (every day 00:00-00:00, no holidays). */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        List<WorkingPeriod> all = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            all.add(new WorkingPeriod(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return of(zone, all, List.of(), List.of());
    }

    /**
     * Validates a calendar definition without building it. A {@code null} list is treated as empty.
     * Violations, in this order:
     * <ul>
     *   <li>{@code periods[i]} / {@code periods[i].day|start|end}, {@code calendar.period.required}: a null period or field;</li>
     *   <li>{@code periods[j]}, {@code calendar.period.overlap}: period {@code j} overlaps an earlier-listed period
     *       {@code i < j} in the weekly cycle (overnight spill-over into the next day and the Sunday to Monday wrap
     *       included; touching periods such as 08:00-20:00 and 20:00-08:00 do not overlap); one violation per pair;</li>
     *   <li>{@code holidays[i]} / {@code workdays[i]}, {@code calendar.date.required}: a null entry or date;</li>
     *   <li>{@code holidays[j]} / {@code workdays[j]}, {@code calendar.date.duplicate}: the date already appears
     *       earlier in the same list;</li>
     *   <li>{@code workdays[j]}, {@code calendar.date.conflict}: the date is also a holiday;</li>
     *   <li>{@code periods}, {@code calendar.empty}: no weekly period and no make-up workday at all.</li>
     * </ul>
     *
     * @return the violations, empty when the definition is valid
     */
    public static List<CalendarViolation> check(List<WorkingPeriod> periods, List<Holiday> holidays,
                                                List<MakeUpWorkday> workdays) {
        List<WorkingPeriod> ps = orEmpty(periods);
        List<Holiday> hs = orEmpty(holidays);
        List<MakeUpWorkday> ws = orEmpty(workdays);
        List<CalendarViolation> out = new ArrayList<>();

        // periods: required fields
        boolean[] complete = new boolean[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            WorkingPeriod p = ps.get(i);
            String f = "periods[" + i + "]";
            if (p == null) {
                out.add(new CalendarViolation(f, CalendarViolation.PERIOD_REQUIRED, "The working period is missing."));
                continue;
            }
            if (p.day() == null) {
                out.add(new CalendarViolation(f + ".day", CalendarViolation.PERIOD_REQUIRED, "The day of week is required."));
            }
            if (p.start() == null) {
                out.add(new CalendarViolation(f + ".start", CalendarViolation.PERIOD_REQUIRED, "The start time is required."));
            }
            if (p.end() == null) {
                out.add(new CalendarViolation(f + ".end", CalendarViolation.PERIOD_REQUIRED, "The end time is required."));
            }
            complete[i] = p.day() != null && p.start() != null && p.end() != null;
        }
        // periods: overlaps in the weekly cycle, each period is [s, s + len) modulo one week
        for (int j = 0; j < ps.size(); j++) {
            if (!complete[j]) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                if (complete[i] && overlapInWeek(ps.get(i), ps.get(j))) {
                    out.add(new CalendarViolation("periods[" + j + "]", CalendarViolation.PERIOD_OVERLAP,
                            "Working period " + ps.get(j) + " overlaps periods[" + i + "] (" + ps.get(i)
                                    + ") in the weekly cycle."));
                }
            }
        }

        // holidays and workdays
        Map<LocalDate, Integer> holidayIndex = new HashMap<>();
        for (int i = 0; i < hs.size(); i++) {
            Holiday h = hs.get(i);
            String f = "holidays[" + i + "]";
            if (h == null || h.date() == null) {
                out.add(new CalendarViolation(h == null ? f : f + ".date", CalendarViolation.DATE_REQUIRED,
                        h == null ? "The holiday is missing." : "The holiday date is required."));
                continue;
            }
            Integer first = holidayIndex.putIfAbsent(h.date(), i);
            if (first != null) {
                out.add(new CalendarViolation(f, CalendarViolation.DATE_DUPLICATE,
                        "Holiday date " + h.date() + " is already listed as holidays[" + first + "]."));
            }
        }
        Map<LocalDate, Integer> workdayIndex = new HashMap<>();
        for (int i = 0; i < ws.size(); i++) {
            MakeUpWorkday w = ws.get(i);
            String f = "workdays[" + i + "]";
            if (w == null || w.date() == null) {
                out.add(new CalendarViolation(w == null ? f : f + ".date", CalendarViolation.DATE_REQUIRED,
                        w == null ? "The make-up workday is missing." : "The make-up workday date is required."));
                continue;
            }
            Integer first = workdayIndex.putIfAbsent(w.date(), i);
            if (first != null) {
                out.add(new CalendarViolation(f, CalendarViolation.DATE_DUPLICATE,
                        "Make-up workday date " + w.date() + " is already listed as workdays[" + first + "]."));
            }
            Integer holiday = holidayIndex.get(w.date());
            if (holiday != null) {
                out.add(new CalendarViolation(f, CalendarViolation.DATE_CONFLICT,
                        "Date " + w.date() + " is both a make-up workday and a holiday (holidays[" + holiday + "])."));
            }
        }

        if (ps.isEmpty() && ws.isEmpty()) {
            out.add(new CalendarViolation("periods", CalendarViolation.EMPTY,
                    "The calendar has no working period and no make-up workday."));
        }
        return List.copyOf(out);
    }

    private static boolean overlapInWeek(WorkingPeriod a, WorkingPeriod b) {
        long as = weekSecond(a);
        long bs = weekSecond(b);
        return Math.floorMod(bs - as, SECONDS_PER_WEEK) < a.nominalSeconds()
                || Math.floorMod(as - bs, SECONDS_PER_WEEK) < b.nominalSeconds();
    }

    private static long weekSecond(WorkingPeriod p) {
        return (p.day().getValue() - 1) * SECONDS_PER_DAY + p.start().toSecondOfDay();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    // ------------------------------------------------------------------------------------------------
    // Accessors
    // ------------------------------------------------------------------------------------------------

    public ZoneId zone() {
        return zone;
    }

    /** The weekly periods, as given (unmodifiable). */
    public List<WorkingPeriod> periods() {
        return periods;
    }

    /** The holidays, as given (unmodifiable). */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** The make-up workdays, as given (unmodifiable). */
    public List<MakeUpWorkday> workdays() {
        return workdays;
    }

    // ------------------------------------------------------------------------------------------------
    // Queries
    // ------------------------------------------------------------------------------------------------

    /**
     * The earliest instant at which {@code businessDuration} of working time has elapsed since {@code start}.
     * A start outside working time counts from the next working instant; on a Monday-Friday 09:00-18:00
     * calendar 9h from Monday 09:00 is Monday 18:00 and 1h from Friday 17:30 is Monday 09:30.
     *
     * @return {@code start} unchanged for a zero duration (after truncation to whole seconds), otherwise a
     *         whole-second instant
     * @throws IllegalArgumentException if the duration is negative
     * @throws IllegalStateException    if no working time exists for more than {@value #MAX_EMPTY_YEARS} years
     * @throws DateTimeException        if start or the result lies outside the supported years
     */
    public Instant dueAt(Instant start, Duration businessDuration) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessDuration, "businessDuration");
        if (businessDuration.isNegative()) {
            throw new IllegalArgumentException("businessDuration must not be negative: " + businessDuration);
        }
        long remaining = businessDuration.getSeconds();
        if (remaining == 0) {
            return start;
        }
        YearIntervals first = yearContaining(start.getEpochSecond());
        // working time never exceeds wall time, so the due instant is at least start + remaining
        if (remaining > maxSupportedSecond - start.getEpochSecond()) {
            throw new DateTimeException("The due instant lies beyond the supported year " + MAX_YEAR);
        }
        long worked = first.workedBefore(start.getEpochSecond());
        if (remaining <= first.total - worked) {
            return Instant.ofEpochSecond(first.earliestWith(worked + remaining));
        }
        remaining -= first.total - worked;
        int emptyYears = 0;
        for (int y = first.year + 1; ; y++) {
            if (y > MAX_YEAR) {
                throw new DateTimeException("The due instant lies beyond the supported year " + MAX_YEAR);
            }
            long total = total(y);
            if (remaining <= total) {
                return Instant.ofEpochSecond(year(y).earliestWith(remaining));
            }
            remaining -= total;
            emptyYears = total == 0 ? emptyYears + 1 : 0;
            if (emptyYears > MAX_EMPTY_YEARS) {
                throw noWorkingTime(first.year);
            }
        }
    }

    /**
     * Working time in {@code [from, to)}; when {@code to} is before {@code from}, the negative of the
     * working time in {@code [to, from)}.
     *
     * @throws DateTimeException if an argument lies outside the supported years
     */
    public Duration businessDuration(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return Duration.ofSeconds(-workedBetween(to.getEpochSecond(), from.getEpochSecond()));
        }
        return Duration.ofSeconds(workedBetween(from.getEpochSecond(), to.getEpochSecond()));
    }

    private long workedBetween(long from, long to) {
        YearIntervals a = yearContaining(from);
        YearIntervals b = yearContaining(to);
        if (a.year == b.year) {
            return a.workedBefore(to) - a.workedBefore(from);
        }
        long sum = a.total - a.workedBefore(from);
        for (int y = a.year + 1; y < b.year; y++) {
            sum += total(y);
        }
        return sum + b.workedBefore(to);
    }

    /**
     * The years between {@code from} and {@code to} (either order; years in the calendar's zone) for which the
     * calendar lists no holiday and no make-up working day although it lists some for other years: their days
     * are counted as ordinary weekdays, most likely because that year's notice was never imported. Empty for a
     * calendar that lists none at all (a 24x7 calendar has no holidays to miss).
     */
    public SortedSet<Integer> yearsWithoutHolidays(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        SortedSet<Integer> missing = new TreeSet<>();
        if (listedYears.isEmpty()) {
            return missing;
        }
        int first = from.atZone(zone).getYear();
        int last = to.atZone(zone).getYear();
        for (int y = Math.min(first, last); y <= Math.max(first, last); y++) {
            if (!listedYears.contains(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /** Whether {@code instant} is working time (intervals are {@code [start, end)}). */
    public boolean isWorkingTime(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        long t = instant.getEpochSecond();
        return yearContaining(t).isWorking(t);
    }

    /**
     * {@code instant} itself if it is working time, otherwise the start of the next working interval.
     *
     * @throws IllegalStateException if no working time exists for more than {@value #MAX_EMPTY_YEARS} years
     * @throws DateTimeException     if the instant or the result lies outside the supported years
     */
    public Instant nextWorkingInstant(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        long t = instant.getEpochSecond();
        YearIntervals first = yearContaining(t);
        if (first.isWorking(t)) {
            return instant;
        }
        long next = first.firstStartAfter(t);
        if (next != YearIntervals.NONE) {
            return Instant.ofEpochSecond(next);
        }
        int emptyYears = 0;
        for (int y = first.year + 1; ; y++) {
            if (y > MAX_YEAR) {
                throw new DateTimeException("No working time before the end of the supported year " + MAX_YEAR);
            }
            if (total(y) > 0) {
                return Instant.ofEpochSecond(year(y).start(0));
            }
            if (++emptyYears > MAX_EMPTY_YEARS) {
                throw noWorkingTime(first.year);
            }
        }
    }

    /** Whether {@code day} (in the calendar's zone) holds any working time. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !businessDuration(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()).isZero();
    }

    /**
     * The end of the {@code days}-th working day after the day of {@code from} (in the calendar's zone): "closed
     * automatically after 3 working days" falls at midnight after the third working day following the day it was
     * resolved on. Zero days is the end of {@code from}'s own day.
     *
     * @throws IllegalArgumentException if days is negative
     * @throws IllegalStateException    if no working day comes for more than {@value #MAX_EMPTY_YEARS} years
     */
    public Instant endOfWorkingDaysAfter(Instant from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = LocalDate.ofInstant(from, zone);
        LocalDate limit = day.plusYears(MAX_EMPTY_YEARS);
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (day.isAfter(limit)) {
                throw noWorkingTime(limit.getYear() - MAX_EMPTY_YEARS);
            }
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static IllegalStateException noWorkingTime(int fromYear) {
        return new IllegalStateException("The calendar has no working time in the " + MAX_EMPTY_YEARS
                + " years after " + fromYear);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[zone=" + zone + ", periods=" + periods + ", holidays=" + holidays.size()
                + ", workdays=" + workdays.size() + "]";
    }

    // ------------------------------------------------------------------------------------------------
    // Year tables
    // ------------------------------------------------------------------------------------------------

    /** The year table containing epoch second {@code t}. */
    private YearIntervals yearContaining(long t) {
        if (t < minSupportedSecond || t >= maxSupportedSecond) {
            throw new DateTimeException("Instant " + Instant.ofEpochSecond(t) + " is outside the supported years "
                    + MIN_YEAR + " to " + MAX_YEAR + " in " + zone);
        }
        // The UTC year is off by at most one from the zone's year (offsets are within +-18h).
        int y = LocalDate.ofEpochDay(Math.floorDiv(t, SECONDS_PER_DAY)).getYear();
        y = Math.max(MIN_YEAR, Math.min(MAX_YEAR, y));
        YearIntervals yi = year(y);
        if (t < yi.yearStart) {
            yi = year(y - 1);
        } else if (t >= yi.yearEnd) {
            yi = year(y + 1);
        }
        return yi;
    }

    /** Package-private for tests: the cached table of {@code year}. */
    YearIntervals year(int year) {
        YearIntervals yi = years.get(year);
        if (yi == null) {
            yi = years.computeIfAbsent(year, this::buildYear);
        }
        return yi;
    }

    /** Total working seconds in {@code year}; does not keep the year's table if it was not already cached. */
    private long total(int year) {
        YearIntervals yi = years.get(year);
        if (yi != null) {
            return yi.total;
        }
        return yearTotals.computeIfAbsent(year, y -> buildYear(y).total);
    }

    private YearIntervals buildYear(int year) {
        long yearStart = LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond();
        long yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toEpochSecond();

        // Every period that can touch the year starts between Dec 30 of the previous year and Jan 1 of the next.
        LocalDate from = LocalDate.of(year - 1, 12, 30);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        int maxPerDay = 0;
        for (WorkingPeriod[] ps : periodsByDay.values()) {
            maxPerDay = Math.max(maxPerDay, ps.length);
        }
        int capacity = (int) (from.until(to, ChronoUnit.DAYS) + 1) * maxPerDay;
        long[] rawStarts = new long[capacity];
        long[] rawEnds = new long[capacity];
        int n = 0;
        boolean sorted = true;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (holidayDates.contains(d)) {
                continue;
            }
            DayOfWeek worksAs = workdayDates.getOrDefault(d, d.getDayOfWeek());
            for (WorkingPeriod p : periodsByDay.get(worksAs)) {
                long s = ZonedDateTime.of(d, p.start(), zone).toEpochSecond();
                LocalDate endDate = p.endsNextDay() ? d.plusDays(1) : d;
                long e = ZonedDateTime.of(endDate, p.end(), zone).toEpochSecond();
                s = Math.max(s, yearStart);
                e = Math.min(e, yearEnd);
                if (e > s) {
                    if (n > 0 && s < rawStarts[n - 1]) {
                        sorted = false;
                    }
                    rawStarts[n] = s;
                    rawEnds[n] = e;
                    n++;
                }
            }
        }
        if (!sorted) {
            sortByStart(rawStarts, rawEnds, n);
        }
        // merge overlapping and adjacent intervals
        long[] starts = new long[n];
        long[] ends = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && rawStarts[i] <= ends[m - 1]) {
                ends[m - 1] = Math.max(ends[m - 1], rawEnds[i]);
            } else {
                starts[m] = rawStarts[i];
                ends[m] = rawEnds[i];
                m++;
            }
        }
        return new YearIntervals(year, yearStart, yearEnd, Arrays.copyOf(starts, m), Arrays.copyOf(ends, m));
    }

    private static void sortByStart(long[] starts, long[] ends, int n) {
        long[][] pairs = new long[n][];
        for (int i = 0; i < n; i++) {
            pairs[i] = new long[] {starts[i], ends[i]};
        }
        Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
        for (int i = 0; i < n; i++) {
            starts[i] = pairs[i][0];
            ends[i] = pairs[i][1];
        }
    }
}
