package io.serval.calendar.internal;

import io.serval.core.Texts;
import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarDefinition;
import io.serval.calendar.Holiday;
import io.serval.calendar.MakeUpWorkday;
import io.serval.calendar.WorkingPeriod;
import io.serval.core.FieldProblem;
import io.serval.core.InputBounds;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a {@link CalendarDefinition} as typed by a person or an API client into engine values, reporting every
 * bad field by name (e.g. {@code periods[2].end}) at once; then lets the engine check the whole (overlaps,
 * conflicting dates).
 */
public final class DefinitionReader {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final int NAME_LENGTH = 200;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?|24:00(:00)?");

    /** A definition the engine accepts. */
    public record Read(String code, LocalizedText name, ZoneId zone, String description, List<WorkingPeriod> periods,
            List<Holiday> holidays, List<MakeUpWorkday> workdays) {
    }

    private DefinitionReader() {
    }

    public static Read read(CalendarDefinition d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            problems.add(FieldProblem.of("code", "calendar.code.invalid",
                    "use 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        LocalizedText name = name("name", d.nameZh(), d.nameEn(), d.name(), true, problems);
        if (d.zone() != null && d.zone().length() > 60) {
            problems.add(FieldProblem.of("zone", "validation.tooLong", "is longer than {0} characters", 60));
        }
        if (d.description() != null && d.description().length() > 2000) {
            problems.add(FieldProblem.of("description", "validation.tooLong", "is longer than {0} characters", 2000));
        }
        ZoneId zone = zone(d.zone(), problems);
        List<WorkingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < d.periods().size(); i++) {
            CalendarDefinition.Period p = d.periods().get(i);
            String field = "periods[" + i + "]";
            DayOfWeek day = dayOfWeek(p == null ? null : p.day(), field + ".day", true, problems);
            LocalTime start = time(p == null ? null : p.start(), field + ".start", problems);
            LocalTime end = time(p == null ? null : p.end(), field + ".end", problems);
            periods.add(new WorkingPeriod(day, start, end));
        }
        List<Holiday> holidays = new ArrayList<>();
        for (int i = 0; i < d.holidays().size(); i++) {
            CalendarDefinition.Day h = d.holidays().get(i);
            LocalDate date = date(h == null ? null : h.date(), "holidays[" + i + "]", problems);
            LocalizedText dayName = h == null ? new LocalizedText(null, null)
                    : name("holidays[" + i + "].name", h.nameZh(), h.nameEn(), h.name(), false, problems);
            holidays.add(new Holiday(date, dayName.zh(), dayName.en()));
        }
        List<MakeUpWorkday> workdays = new ArrayList<>();
        for (int i = 0; i < d.workdays().size(); i++) {
            CalendarDefinition.Day w = d.workdays().get(i);
            LocalDate date = date(w == null ? null : w.date(), "workdays[" + i + "]", problems);
            DayOfWeek worksAs = dayOfWeek(w == null ? null : w.worksAs(), "workdays[" + i + "].worksAs", false, problems);
            LocalizedText dayName = w == null ? new LocalizedText(null, null)
                    : name("workdays[" + i + "].name", w.nameZh(), w.nameEn(), w.name(), false, problems);
            workdays.add(new MakeUpWorkday(date, worksAs == null ? DayOfWeek.MONDAY : worksAs, dayName.zh(), dayName.en()));
        }
        if (problems.isEmpty()) {
            BusinessCalendar.check(periods, holidays, workdays).forEach(v ->
                    problems.add(FieldProblem.of(v.field(), v.code(), v.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Read(d.code(), name, zone, Texts.blankToNull(d.description()), periods, holidays, workdays);
    }

    /**
     * A calendar's (required) or a day's name in Chinese and English: one line each (the holiday file has one line
     * per day) that fits its column.
     */
    private static LocalizedText name(String field, String zh, String en, String single, boolean required,
            List<FieldProblem> problems) {
        return LocalizedText.entered(field, zh, en, single, NAME_LENGTH, required, problems);
    }

    private static ZoneId zone(String zone, List<FieldProblem> problems) {
        if (zone == null || zone.isBlank()) {
            problems.add(FieldProblem.of("zone", "validation.required", "is required"));
            return null;
        }
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of("zone", "calendar.zone.unknown", "''{0}'' is not a known time zone", zone));
            return null;
        }
    }

    private static DayOfWeek dayOfWeek(String day, String field, boolean required, List<FieldProblem> problems) {
        if (day == null || day.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required", "is required"));
            }
            return null;
        }
        try {
            return DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "calendar.day.invalid", "''{0}'' is not a day of the week (MONDAY … SUNDAY)", day));
            return null;
        }
    }

    /** "HH:mm" or "HH:mm:ss"; "24:00" is the midnight that ends the day. */
    private static LocalTime time(String time, String field, List<FieldProblem> problems) {
        if (time == null || time.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required", "is required"));
            return null;
        }
        String t = time.trim();
        if (!TIME.matcher(t).matches()) {
            problems.add(FieldProblem.of(field, "calendar.time.invalid", "''{0}'' is not a time of day (HH:mm)", time));
            return null;
        }
        return t.startsWith("24:") ? LocalTime.MIDNIGHT : LocalTime.parse(t);
    }

    private static LocalDate date(String date, String field, List<FieldProblem> problems) {
        if (date == null || date.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required", "is required"));
            return null;
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date.trim());
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "calendar.date.invalid", "''{0}'' is not a date (yyyy-MM-dd)", date));
            return null;
        }
        if (!InputBounds.within(parsed)) {
            problems.add(InputBounds.outsideYears(field));
            return null;
        }
        return parsed;
    }
}
