package io.serval.calendar.internal;

import io.serval.calendar.BusinessCalendar;
import io.serval.calendar.CalendarDefinition;
import io.serval.calendar.CalendarService;
import io.serval.core.ConcurrentChangeException;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.web.FormErrors;
import io.serval.web.Problems;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

/** Calendar pages: list, detail with a due-date calculator, weekly-grid editor and holiday file import. */
@Controller
@RequestMapping("/calendars")
@PreAuthorize("!hasAnyRole('CUSTOMER','PROVIDER')")
class CalendarPageController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss (EEE) xxx");

    private final CalendarService calendars;
    private final Problems problems;

    CalendarPageController(CalendarService calendars, Problems problems) {
        this.calendars = calendars;
        this.problems = problems;
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
    String list(Model model) {
        model.addAttribute("calendars", calendars.list());
        return "calendar/list";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        CalendarDefinition definition = calendars.definition(code);
        model.addAttribute("calendar", definition);
        model.addAttribute("week", week(definition));
        model.addAttribute("holidaysByYear", definition.holidays().stream()
                .collect(Collectors.groupingBy(h -> h.date().substring(0, 4), java.util.TreeMap::new, Collectors.toList())));
        return "calendar/detail";
    }

    /** The calculator on the detail page (htmx): due date from a start and a duration, elapsed between two times. */
    @GetMapping("/{code}/calculate")
    String calculate(@PathVariable String code, @RequestParam(required = false) String start,
            @RequestParam(defaultValue = "0") long hours, @RequestParam(defaultValue = "0") long minutes,
            @RequestParam(required = false) String to, Model model) {
        BusinessCalendar calendar = calendars.calendar(code);
        try {
            if (start == null || start.isBlank()) {
                model.addAttribute("error", problems.text(FieldProblem.of("start", "calendar.calc.start",
                        "enter a start")));
                return "calendar/detail :: result";
            }
            Instant from = CalendarApiController.instant(start, "start", calendar.zone());
            Duration duration = Duration.ofHours(hours).plusMinutes(minutes);
            if (duration.isNegative()) {
                throw new InvalidInputException(FieldProblem.of("duration", "calendar.duration.negative",
                        "must not be negative"));
            }
            model.addAttribute("due", SHOWN.format(calendar.dueAt(from, duration).atZone(calendar.zone())));
            model.addAttribute("working", calendar.isWorkingTime(from));
            model.addAttribute("next", SHOWN.format(calendar.nextWorkingInstant(from).atZone(calendar.zone())));
            if (to != null && !to.isBlank()) {
                Duration elapsed = calendar.businessDuration(from, CalendarApiController.instant(to, "to", calendar.zone()));
                model.addAttribute("elapsed", String.format("%d:%02d:%02d", elapsed.toHours(), elapsed.toMinutesPart(),
                        elapsed.toSecondsPart()));
            }
        } catch (InvalidInputException invalid) {
            model.addAttribute("error", invalid.problems().stream().map(problems::text).collect(Collectors.joining("; ")));
        }
        return "calendar/detail :: result";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER')")
    String create(Model model) {
        return form(model, CalendarForm.standardWeek(), false);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER')")
    String create(@ModelAttribute("form") CalendarForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
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
    @PreAuthorize("hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER')")
    String edit(@PathVariable String code, Model model) {
        return form(model, CalendarForm.of(calendars.definition(code)), true);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER')")
    String edit(@PathVariable String code, @ModelAttribute("form") CalendarForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.setCode(code);
        try {
            calendars.update(code, form.definition());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/calendars/" + code;
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (ConcurrentChangeException stale) {
            binding.reject("error.concurrentChange", stale.getMessage());
        }
        return form(model, form, true);
    }

    @PostMapping("/{code}/import")
    @PreAuthorize("hasAnyRole('ADMIN','SERVICE_LEVEL_MANAGER')")
    String importHolidays(@PathVariable String code, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) throws IOException {
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            calendars.importHolidays(code, reader, replace, version);
            redirect.addFlashAttribute("flash", "calendar.import.done");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("importErrors", invalid.problems().stream().map(problems::text).toList());
        } catch (ConcurrentChangeException stale) {
            redirect.addFlashAttribute("importErrors", List.of(stale.getMessage()));
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
