package io.serval.calendar;

import io.serval.audit.AuditAction;
import io.serval.audit.AuditTrail;
import io.serval.calendar.internal.DefinitionReader;
import io.serval.calendar.internal.WorkCalendar;
import io.serval.calendar.internal.WorkCalendars;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.LocalizedText;
import io.serval.core.NotFoundException;
import io.serval.core.RoleSets;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps business calendars and hands out their computing engines. Every authenticated user may read
 * calendars; administrators and service level managers change them.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    private static final String EDITORS = RoleSets.SERVICE_LEVEL_MANAGERS;

    private record CachedEngine(WorkCalendars.Stamp stamp, BusinessCalendar engine) {
    }

    private final WorkCalendars calendars;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Map<String, CachedEngine> engines = new ConcurrentHashMap<>();

    CalendarService(WorkCalendars calendars, AuditTrail audit, ApplicationEventPublisher events) {
        this.calendars = calendars;
        this.audit = audit;
        this.events = events;
    }

    public List<CalendarSummary> list() {
        return calendars.findAllByOrderByCode().stream().map(CalendarService::summary).toList();
    }

    public CalendarDefinition definition(String code) {
        return definition(find(code));
    }

    public boolean exists(String code) {
        return calendars.existsByCode(code);
    }

    /**
     * The engine for a calendar, compiled once per stored version: a cheap version check keeps every node
     * current after another node changed the calendar.
     */
    public BusinessCalendar calendar(String code) {
        WorkCalendars.Stamp stamp = calendars.stampOf(code).orElseThrow(() -> new NotFoundException("Calendar", code));
        CachedEngine cached = engines.get(code);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.engine();
        }
        WorkCalendar stored = find(code);
        BusinessCalendar engine = stored.engine();
        engines.put(code, new CachedEngine(new WorkCalendars.Stamp(stored.getId(), stored.getVersion()), engine));
        return engine;
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public CalendarDefinition create(CalendarDefinition definition) {
        DefinitionReader.Read read = DefinitionReader.read(definition);
        if (calendars.existsByCode(read.code())) {
            throw new InvalidInputException(FieldProblem.of("code", "calendar.code.taken",
                    "a calendar with code {0} already exists", read.code()));
        }
        WorkCalendar calendar = new WorkCalendar(read.code());
        calendar.define(read.name(), read.zone(), read.description(), read.periods(), read.holidays(), read.workdays());
        CalendarDefinition created = definition(calendars.saveAndFlush(calendar));
        audit.record("Calendar", created.code(), AuditAction.CREATE, null, created);
        return created;
    }

    /**
     * Replaces a calendar's definition; {@code definition.version()} must be the version the editor read. A change of
     * its working time (zone, periods, holidays, make-up days) publishes {@link CalendarChanged}.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public CalendarDefinition update(String code, CalendarDefinition definition) {
        WorkCalendar calendar = find(code);
        calendar.checkVersion(definition.version());
        DefinitionReader.Read read = DefinitionReader.read(withCode(definition, code));
        CalendarDefinition before = definition(calendar);
        calendar.define(read.name(), read.zone(), read.description(), read.periods(), read.holidays(), read.workdays());
        CalendarDefinition after = definition(calendars.saveAndFlush(calendar));
        audit.record("Calendar", code, AuditAction.UPDATE, before, after);
        if (!workingTime(before).equals(workingTime(after))) {
            events.publishEvent(new CalendarChanged(code, after.version()));
        }
        return after;
    }

    /**
     * Imports a holiday file (e.g. next year's State Council notice) into a calendar, all or nothing: a bad line
     * refuses the whole file. Entries replace what the calendar had on the same dates; with {@code replace}
     * the file becomes the calendar's whole list.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public CalendarDefinition importHolidays(String code, Reader file, boolean replace, Long version) {
        WorkCalendar calendar = find(code);
        calendar.checkVersion(version);
        HolidayFile parsed;
        try {
            parsed = HolidayFile.parse(file);
        } catch (HolidayFileException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(line -> FieldProblem.of("file", "calendar.import.line", "line {0}: {1}", line.line(), line.reason()))
                    .toList());
        }
        Map<LocalDate, CalendarDefinition.Day> holidays = new TreeMap<>();
        Map<LocalDate, CalendarDefinition.Day> workdays = new TreeMap<>();
        if (!replace) {
            calendar.holidayList().forEach(h -> holidays.put(h.date(), day(h)));
            calendar.workdayList().forEach(w -> workdays.put(w.date(), day(w)));
        }
        parsed.holidays().forEach(h -> {
            workdays.remove(h.date());
            holidays.put(h.date(), day(h));
        });
        parsed.workdays().forEach(w -> {
            holidays.remove(w.date());
            workdays.put(w.date(), day(w));
        });
        CalendarDefinition current = definition(calendar);
        return update(code, new CalendarDefinition(code, null, current.nameZh(), current.nameEn(), current.zone(),
                current.description(), current.periods(), List.copyOf(holidays.values()), List.copyOf(workdays.values()),
                calendar.getVersion()));
    }

    /** The calendar's holidays and make-up days in the holiday file format. */
    public String exportHolidays(String code) {
        WorkCalendar calendar = find(code);
        return HolidayFile.format(calendar.holidayList(), calendar.workdayList());
    }

    private WorkCalendar find(String code) {
        return calendars.findByCode(code).orElseThrow(() -> new NotFoundException("Calendar", code));
    }

    /** What business time depends on: the zone, the weekly periods, the days off and the make-up days (not names). */
    private static List<Object> workingTime(CalendarDefinition d) {
        return List.of(d.zone(), d.periods(), d.holidays().stream().map(CalendarDefinition.Day::date).toList(),
                d.workdays().stream().map(w -> w.date() + " " + w.worksAs()).toList());
    }

    private static CalendarDefinition withCode(CalendarDefinition d, String code) {
        return new CalendarDefinition(code, d.name(), d.nameZh(), d.nameEn(), d.zone(), d.description(), d.periods(),
                d.holidays(), d.workdays(), d.version());
    }

    private static CalendarDefinition definition(WorkCalendar c) {
        return new CalendarDefinition(c.getCode(), c.name().inCurrentLanguage(), c.name().zh(), c.name().en(),
                c.zoneId().getId(), c.getDescription(),
                c.workingPeriods().stream()
                        .map(p -> new CalendarDefinition.Period(p.day().name(), p.start().toString(), p.end().toString()))
                        .toList(),
                c.holidayList().stream().map(CalendarService::day).toList(),
                c.workdayList().stream().map(CalendarService::day).toList(),
                c.getVersion());
    }

    private static CalendarDefinition.Day day(Holiday h) {
        return new CalendarDefinition.Day(h.date().toString(), shown(h.nameZh(), h.nameEn()), h.nameZh(), h.nameEn(),
                null);
    }

    private static CalendarDefinition.Day day(MakeUpWorkday w) {
        DayOfWeek worksAs = w.worksAs() == null ? DayOfWeek.MONDAY : w.worksAs();
        return new CalendarDefinition.Day(w.date().toString(), shown(w.nameZh(), w.nameEn()), w.nameZh(), w.nameEn(),
                worksAs.name());
    }

    /** A day's name in the reader's language. */
    private static String shown(String nameZh, String nameEn) {
        return new LocalizedText(nameZh, nameEn).inCurrentLanguage();
    }

    private static CalendarSummary summary(WorkCalendar c) {
        LocalDate last = Stream.concat(c.holidayList().stream().map(Holiday::date),
                c.workdayList().stream().map(MakeUpWorkday::date)).max(LocalDate::compareTo).orElse(null);
        return new CalendarSummary(c.getCode(), c.name().inCurrentLanguage(), c.name().zh(), c.name().en(),
                c.zoneId().getId(), c.getDescription(),
                c.workingPeriods().size(), c.holidayList().size(), c.workdayList().size(), last, c.getVersion());
    }
}
