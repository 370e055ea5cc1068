package io.serval.calendar.internal;

import io.serval.calendar.CalendarDefinition;
import io.serval.calendar.CalendarSummary;
import io.serval.web.ListQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;

/**
 * The calendar list and a calendar's special days (holidays and make-up working days) as their pages and the API
 * show them: filtered, ordered and paged alike. {@code *Order} gives the order a {@link ListQuery} asked for, or
 * the list's default one.
 */
final class CalendarLists {

    private CalendarLists() {
    }

    /** By code unless another order is asked for. */
    static ListQuery calendarOrder(ListQuery asked) {
        return asked.sortedBy(List.of("code", "name", "zone", "listedUntil"), "code", false);
    }

    /** The calendars in {@code zone} (all when blank) whose code, name, zone or description contains {@code q}. */
    static Page<CalendarSummary> calendars(List<CalendarSummary> all, String q, String zone, ListQuery order) {
        Comparator<CalendarSummary> code = Comparator.comparing(CalendarSummary::code);
        return order.page(all.stream()
                .filter(c -> zone == null || zone.isBlank() || c.zone().equals(zone.trim()))
                .filter(c -> ListQuery.matches(q, c.code(), c.nameZh(), c.nameEn(), c.zone(), c.description()))
                .toList(), Map.of(
                "code", code,
                "name", ListQuery.byText(CalendarSummary::name).thenComparing(code),
                "zone", Comparator.comparing(CalendarSummary::zone).thenComparing(code),
                "listedUntil", Comparator.comparing(CalendarSummary::lastListedDay,
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(code)));
    }

    /** The time zones the calendars use, for the list's filter. */
    static List<String> zones(List<CalendarSummary> all) {
        return all.stream().map(CalendarSummary::zone).distinct().sorted().toList();
    }

    /** A holiday or a make-up working day (which works like {@code worksAs}) of one calendar. */
    record SpecialDay(LocalDate date, Kind kind, String name, DayOfWeek worksAs) {

        enum Kind { HOLIDAY, WORKDAY }

        public DayOfWeek weekday() {
            return date.getDayOfWeek();
        }
    }

    /** By date unless another order is asked for. */
    static ListQuery dayOrder(ListQuery asked) {
        return asked.sortedBy(List.of("date", "kind", "name"), "date", false);
    }

    /** Every special day of a calendar, by date. */
    static List<SpecialDay> days(CalendarDefinition calendar) {
        return Stream.concat(
                calendar.holidays().stream().map(d -> new SpecialDay(LocalDate.parse(d.date()), SpecialDay.Kind.HOLIDAY,
                        d.name(), null)),
                calendar.workdays().stream().map(d -> new SpecialDay(LocalDate.parse(d.date()), SpecialDay.Kind.WORKDAY,
                        d.name(), d.worksAs() == null || d.worksAs().isBlank() ? DayOfWeek.MONDAY
                                : DayOfWeek.valueOf(d.worksAs()))))
                .sorted(Comparator.comparing(SpecialDay::date)).toList();
    }

    /** The years a calendar lists special days for, in order. */
    static List<Integer> years(List<SpecialDay> days) {
        return days.stream().map(d -> d.date().getYear()).distinct().sorted().toList();
    }

    /** The special days of {@code year} (all when null) and {@code kind} (both when null) whose name contains {@code q}. */
    static Page<SpecialDay> days(List<SpecialDay> all, Integer year, SpecialDay.Kind kind, String q, ListQuery order) {
        Comparator<SpecialDay> date = Comparator.comparing(SpecialDay::date);
        return order.page(all.stream()
                .filter(d -> year == null || d.date().getYear() == year)
                .filter(d -> kind == null || d.kind() == kind)
                .filter(d -> ListQuery.matches(q, d.name()))
                .toList(), Map.of(
                "date", date,
                "kind", Comparator.comparing(SpecialDay::kind).thenComparing(date),
                "name", ListQuery.byText(SpecialDay::name).thenComparing(date)));
    }

    /** The year shown when none is chosen: this year if the calendar lists days for it, otherwise all years. */
    static Integer defaultYear(List<Integer> years, LocalDate today) {
        return years.contains(today.getYear()) ? today.getYear() : null;
    }
}
