package io.serval.calendar.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarDefinition;
import io.serval.calendar.CalendarService;
import io.serval.calendar.CalendarSummary;
import io.serval.core.ConcurrentChangeException;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.Reason;
import io.serval.core.RuleViolationException;
import io.serval.core.RoleSets;
import io.serval.web.Durations;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import io.serval.web.Problems;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendar pages: list, detail with a due-date calculator, weekly-grid editor and holiday file import. Service
 * hours are no secret: customers and providers open any calendar read-only (from their agreement or the
 * catalog, which name it); the list of all calendars is a staff page.
 */
@Controller
@RequestMapping("/calendars")
class CalendarPageController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss (EEE) xxx");

    private final CalendarService calendars;
    private final Problems problems;
    private final Durations durations;

    CalendarPageController(CalendarService calendars, Problems problems, Durations durations) {
        this.calendars = calendars;
        this.problems = problems;
        this.durations = durations;
    }

    @ModelAttribute("days")
    DayOfWeek[] days() {
        return DayOfWeek.values();
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).toList();
    }

    @GetMapping
    @PreAuthorize(RoleSets.STAFF)
    String list(@RequestParam(required = false) String q, ListQuery list, Model model) {
        ListQuery order = list.sortedBy(ORDERS.keySet(), "code", false);
        model.addAttribute("calendars", order.page(calendars.list().stream()
                .filter(c -> ListQuery.matches(q, c.code(), c.nameZh(), c.nameEn(), c.zone(), c.description())).toList(), ORDERS));
        model.addAttribute("list", order);
        model.addAttribute("q", q);
        return "calendar/list";
    }

    private static final Map<String, Comparator<CalendarSummary>> ORDERS = Map.of(
            "code", Comparator.comparing(CalendarSummary::code),
            "name", Comparator.comparing(CalendarSummary::name, String.CASE_INSENSITIVE_ORDER),
            "zone", Comparator.comparing(CalendarSummary::zone).thenComparing(CalendarSummary::code),
            "listedUntil", Comparator.comparing(CalendarSummary::lastListedDay,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(CalendarSummary::code));

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        CalendarDefinition definition = calendars.definition(code);
        model.addAttribute("calendar", definition);
        model.addAttribute("week", week(definition));
        model.addAttribute("holidaysByYear", definition.holidays().stream()
                .collect(Collectors.groupingBy(h -> h.date().substring(0, 4), java.util.TreeMap::new, Collectors.toList())));
        return "calendar/detail";
    }

    /**
     * The calculator on the detail page (htmx): due date from a start and a duration, elapsed time until a later
     * instant. Every problem is answered in place of the previous answer, in the user's language.
     */
    @GetMapping("/{code}/calculate")
    String calculate(@PathVariable String code, @RequestParam(required = false) String start,
            @RequestParam(required = false) String hours, @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String to, Model model) {
        BusinessCalendar calendar = calendars.calendar(code);
        DateTimeFormatter shown = SHOWN.withLocale(LocaleContextHolder.getLocale());
        try {
            if (start == null || start.isBlank()) {
                throw new InvalidInputException(FieldProblem.of("start", "calendar.calc.start.required",
                        "enter the start date and time"));
            }
            Instant from = CalendarApiController.instant(start, "start", calendar.zone());
            Duration duration = Duration.ofHours(whole(hours, "hours")).plusMinutes(whole(minutes, "minutes"));
            Instant due = Calculations.due(calendar, from, duration);
            Set<String> warnings = new LinkedHashSet<>();
            Calculations.holidayWarnings(calendar, from, due).forEach(w -> warnings.add(problems.text(w)));
            if (to != null && !to.isBlank()) {
                Instant until = CalendarApiController.instant(to, "to", calendar.zone());
                if (until.isBefore(from)) {
                    throw new InvalidInputException(FieldProblem.of("to", "calendar.calc.to.beforeStart",
                            "the end of the elapsed time must not be before the start"));
                }
                Duration elapsed = Calculations.elapsed(calendar, from, until, "to");
                model.addAttribute("elapsed", String.format("%d:%02d:%02d", elapsed.toHours(), elapsed.toMinutesPart(),
                        elapsed.toSecondsPart()));
                model.addAttribute("elapsedWords", durations.businessTime(elapsed.toString()));
                Calculations.holidayWarnings(calendar, from, until).forEach(w -> warnings.add(problems.text(w)));
            }
            model.addAttribute("due", shown.format(due.atZone(calendar.zone())));
            model.addAttribute("working", calendar.isWorkingTime(from));
            model.addAttribute("next", shown.format(calendar.nextWorkingInstant(from).atZone(calendar.zone())));
            model.addAttribute("warnings", warnings);
        } catch (InvalidInputException invalid) {
            model.addAttribute("error", invalid.problems().stream().map(problems::text).collect(Collectors.joining("; ")));
        } catch (RuleViolationException refused) {
            model.addAttribute("error", refused.reasons().stream().map(problems::text).collect(Collectors.joining("; ")));
        }
        return "calendar/detail :: result";
    }

    /** A whole number of hours or minutes, zero when empty; anything else is refused on its field. */
    private static long whole(String text, String field) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw new InvalidInputException(FieldProblem.of(field, "calendar.calc.negative",
                        "hours and minutes must not be negative"));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of(field, "calendar.calc.number",
                    "''{0}'' is not a whole number", text));
        }
    }

    @GetMapping("/new")
    @PreAuthorize(RoleSets.SERVICE_LEVEL_MANAGERS)
    String create(Model model) {
        return form(model, CalendarForm.standardWeek(), false);
    }

    @PostMapping("/new")
    @PreAuthorize(RoleSets.SERVICE_LEVEL_MANAGERS)
    String create(@ModelAttribute("form") CalendarForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, false);
        }
        try {
            String code = calendars.create(form.definition()).code();
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/calendars/" + code;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
            return form(model, form, false);
        }
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize(RoleSets.SERVICE_LEVEL_MANAGERS)
    String edit(@PathVariable String code, Model model) {
        return form(model, CalendarForm.of(calendars.definition(code)), true);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize(RoleSets.SERVICE_LEVEL_MANAGERS)
    String edit(@PathVariable String code, @ModelAttribute("form") CalendarForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.setCode(code);
        if (binding.hasErrors()) {
            return form(model, form, true);
        }
        try {
            calendars.update(code, form.definition());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/calendars/" + code;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ConcurrentChangeException stale) {
            FormErrors.reject(binding, stale);
        }
        return form(model, form, true);
    }

    @PostMapping("/{code}/import")
    @PreAuthorize(RoleSets.SERVICE_LEVEL_MANAGERS)
    String importHolidays(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) throws IOException {
        if (file == null) { // no file chosen, or a post that is no upload at all
            redirect.addFlashAttribute("importErrors", List.of(problems.text(FieldProblem.of("file",
                    "calendar.import.noFile", "choose a holiday file"))));
            return "redirect:/calendars/" + code;
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            calendars.importHolidays(code, reader, replace, version);
            redirect.addFlashAttribute("flash", "calendar.import.done");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("importErrors", invalid.problems().stream().map(problems::text).toList());
        } catch (ConcurrentChangeException stale) {
            redirect.addFlashAttribute("importErrors", List.of(problems.text(Reason.of(stale.code(), stale.getMessage()))));
        }
        return "redirect:/calendars/" + code;
    }

    private String form(Model model, CalendarForm form, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        return "calendar/form";
    }

    /** Day of week → the periods starting that day, as "09:00–18:00" ("20:00–08:00 +1" when overnight). */
    private static Map<DayOfWeek, List<String>> week(CalendarDefinition definition) {
        Map<DayOfWeek, List<String>> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, new java.util.ArrayList<>());
        }
        definition.periods().forEach(p -> {
            boolean overnight = p.end().compareTo(p.start()) <= 0;
            week.get(DayOfWeek.valueOf(p.day())).add(p.start() + "–" + (overnight && p.end().equals("00:00") ? "24:00"
                    : p.end() + (overnight ? " +1" : "")));
        });
        return week;
    }
}
