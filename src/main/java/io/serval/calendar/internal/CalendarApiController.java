package io.serval.calendar.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarDefinition;
import io.serval.calendar.CalendarService;
import io.serval.calendar.CalendarSummary;
import io.serval.core.FieldProblem;
import io.serval.core.InputBounds;
import io.serval.core.InvalidInputException;
import io.serval.core.Reason;
import io.serval.web.ListQuery;
import io.serval.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendars")
@Tag(name = "Calendars")
class CalendarApiController {

    private final CalendarService calendars;
    private final Problems problems;

    CalendarApiController(CalendarService calendars, Problems problems) {
        this.calendars = calendars;
        this.problems = problems;
    }

    @Operation(summary = "The calendars, a page at a time, of one time zone; q searches code, name, zone and description",
            description = "sort: code (default), name, zone, listedUntil")
    @GetMapping
    PagedModel<CalendarSummary> list(@RequestParam(required = false) String q,
            @Parameter(description = "time zone, e.g. Asia/Shanghai") @RequestParam(required = false) String zone,
            ListQuery list) {
        return new PagedModel<>(CalendarLists.calendars(calendars.list(), q, zone, CalendarLists.calendarOrder(list)));
    }

    @GetMapping("/{code}")
    CalendarDefinition get(@PathVariable String code) {
        return calendars.definition(code);
    }

    @PostMapping
    ResponseEntity<CalendarDefinition> create(@RequestBody CalendarDefinition definition) {
        CalendarDefinition created = calendars.create(definition);
        return ResponseEntity.created(URI.create("/api/calendars/" + created.code())).body(created);
    }

    /** Replaces the definition; send the {@code version} you read (a stale one answers 409). */
    @PutMapping("/{code}")
    CalendarDefinition update(@PathVariable String code, @RequestBody CalendarDefinition definition) {
        return calendars.update(code, definition);
    }

    @Operation(summary = "Import a holiday file (date,HOLIDAY|WORKDAY,nameZh,nameEn,worksAs per line; "
            + "date,HOLIDAY|WORKDAY,name[,worksAs] with one name for both languages), all or nothing")
    @PostMapping(path = "/{code}/holidays", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    CalendarDefinition importHolidays(@PathVariable String code, @RequestBody String file,
            @RequestParam(defaultValue = "false") boolean replace, @RequestParam(required = false) Long version) {
        return calendars.importHolidays(code, new StringReader(file), replace, version);
    }

    @Operation(summary = "The calendar's holidays and make-up working days as a holiday file")
    @GetMapping(path = "/{code}/holidays", produces = "text/csv")
    ResponseEntity<String> exportHolidays(@PathVariable String code) {
        return holidayFile(code, calendars.exportHolidays(code));
    }

    /** A holiday file to download as {@code <code>-holidays.csv}, for the API and the calendar page alike. */
    static ResponseEntity<String> holidayFile(String code, String file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "-holidays.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(file);
    }

    @Operation(summary = "Due instant: start plus a business duration, as an offset date-time in the calendar's zone; "
            + "warnings name the years the span crosses for which the calendar lists no holidays")
    @GetMapping("/{code}/due")
    Map<String, Object> due(@PathVariable String code, @RequestParam String start, @RequestParam String duration) {
        BusinessCalendar calendar = calendars.calendar(code);
        Instant from = instant(start, "start", calendar.zone());
        Duration business = duration(duration);
        Instant due = Calculations.due(calendar, from, business);
        return Map.of("due", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due.atZone(calendar.zone()).toOffsetDateTime()),
                "warnings", warnings(Calculations.holidayWarnings(calendar, from, due)));
    }

    @Operation(summary = "Business time elapsed between two instants, in seconds (negative when to is before from); "
            + "warnings as for the due date")
    @GetMapping("/{code}/elapsed")
    Map<String, Object> elapsed(@PathVariable String code, @RequestParam String from, @RequestParam String to) {
        BusinessCalendar calendar = calendars.calendar(code);
        Instant start = instant(from, "from", calendar.zone());
        Instant end = instant(to, "to", calendar.zone());
        if (end.isBefore(start)) {
            throw new InvalidInputException(FieldProblem.of("to", "calendar.elapsed.reversed", "must not be before from"));
        }
        Duration elapsed = Calculations.elapsed(calendar, start, end, "to");
        return Map.of("seconds", elapsed.getSeconds(), "duration", elapsed.toString(),
                "warnings", warnings(Calculations.holidayWarnings(calendar, start, end)));
    }

    /** Warnings as {@code code} and {@code message} in the caller's language. */
    private List<Map<String, String>> warnings(List<Reason> reasons) {
        return reasons.stream().map(r -> Map.of("code", r.code(), "message", problems.text(r))).toList();
    }

    /** An instant, an offset date-time, or a local date-time read in the calendar's zone; in the years 1900-2200. */
    static Instant instant(String text, String field, ZoneId zone) {
        Instant instant = parseInstant(text, field, zone);
        if (!InputBounds.within(instant)) {
            throw new InvalidInputException(InputBounds.outsideYears(field));
        }
        return instant;
    }

    private static Instant parseInstant(String text, String field, ZoneId zone) {
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeException notAnInstant) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeException notOffset) {
                try {
                    return LocalDateTime.parse(t).atZone(zone).toInstant();
                } catch (DateTimeException notLocal) {
                    throw new InvalidInputException(FieldProblem.of(field, "calendar.instant.invalid",
                            "''{0}'' is not an ISO-8601 instant or date-time", text));
                }
            }
        }
    }

    private static Duration duration(String text) {
        try {
            Duration d = Duration.parse(text.trim());
            if (d.isNegative()) {
                throw new InvalidInputException(FieldProblem.of("duration", "calendar.duration.negative",
                        "must not be negative"));
            }
            if (!InputBounds.within(d)) {
                throw new InvalidInputException(InputBounds.durationTooLong("duration"));
            }
            return d;
        } catch (DateTimeException e) {
            throw new InvalidInputException(FieldProblem.of("duration", "calendar.duration.invalid",
                    "''{0}'' is not an ISO-8601 duration such as PT4H30M", text));
        }
    }
}
