package io.serval.agreement.internal;

import io.serval.agreement.AgreementDocument;
import io.serval.agreement.AgreementQueries;
import io.serval.agreement.AgreementService;
import io.serval.agreement.AgreementStatus;
import io.serval.agreement.AgreementSummary;
import io.serval.agreement.AgreementType;
import io.serval.agreement.AgreementView;
import io.serval.agreement.Metric;
import io.serval.agreement.SlaLevel;
import io.serval.calendar.CalendarService;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceRequirements;
import io.serval.core.ConcurrentChangeException;
import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.RuleViolationException;
import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.core.RoleSets;
import io.serval.identity.OrganisationView;
import io.serval.web.FormErrors;
import io.serval.web.ListQuery;
import io.serval.web.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agreement pages: list, detail with change control, the drafting form, version diff and the SLM work queue. */
@Controller
@RequestMapping("/agreements")
class AgreementPageController {

    private static final String DRAFTERS = RoleSets.AGREEMENT_DRAFTERS;
    private static final String MANAGERS = RoleSets.SERVICE_LEVEL_MANAGERS;

    private final AgreementService agreements;
    private final AgreementQueries queries;
    private final ServiceCatalog catalog;
    private final CalendarService calendars;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final Problems problems;
    private final ServiceRequirements requirements;
    private final AgreementDirectory directory;
    private final Clock clock;

    AgreementPageController(AgreementService agreements, AgreementQueries queries, ServiceCatalog catalog,
            CalendarService calendars, IdentityService identity, CurrentUser currentUser, Problems problems,
            ServiceRequirements requirements, AgreementDirectory directory, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.agreements = agreements;
        this.queries = queries;
        this.catalog = catalog;
        this.calendars = calendars;
        this.identity = identity;
        this.currentUser = currentUser;
        this.problems = problems;
        this.requirements = requirements;
    }

    @GetMapping
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, ListQuery list, Model model) {
        ListQuery order = AgreementLists.agreementOrder(list);
        model.addAttribute("agreements", AgreementLists.agreements(queries.list(type, status, q), order));
        model.addAttribute("list", order);
        model.addAttribute("types", AgreementType.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        return "agreement/list";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        AgreementView agreement = queries.get(code);
        model.addAttribute("agreement", agreement);
        model.addAttribute("doc", agreement.document());
        model.addAttribute("matrix", matrix(agreement.document()));
        model.addAttribute("impacts", Vocabulary.IMPACTS);
        model.addAttribute("clockMetrics", Vocabulary.CLOCK_METRICS);
        model.addAttribute("versions", queries.versions(code));
        model.addAttribute("reviews", queries.reviews(code));
        model.addAttribute("requirements", requirements.list(null, null).stream()
                .filter(r -> code.equals(r.answeringAgreement())).toList());
        if (AgreementType.SLA.name().equals(agreement.type())) {
            model.addAttribute("effective", queries.effectiveTargetsOf(code));
        }
        if (!currentUser.scope().restricted()) {
            model.addAttribute("underpinners", queries.underpinnersOf(code));
        }
        return "agreement/detail";
    }

    @GetMapping("/{code}/diff")
    String diff(@PathVariable String code, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("agreement", queries.get(code));
        model.addAttribute("diff", queries.diff(code, from, to));
        return "agreement/diff";
    }

    @GetMapping("/queue")
    @PreAuthorize(RoleSets.STAFF)
    String queue(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
            ListQuery list, Model model) {
        List<AgreementSummary> all = queries.list(null, null, null);
        ListQuery order = AgreementLists.taskOrder(list);
        model.addAttribute("tasks", AgreementLists.tasks(queries.openTasks(), kind, q, order));
        model.addAttribute("list", order);
        model.addAttribute("kinds", AgreementLists.TASK_KINDS);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("reviewsDue", queries.reviewsDue(60));
        model.addAttribute("needingRevision", all.stream().filter(AgreementSummary::needsRevision).toList());
        model.addAttribute("byStatus", all.stream().collect(Collectors.groupingBy(AgreementSummary::status, TreeMap::new,
                Collectors.counting())));
        model.addAttribute("today", LocalDate.now(clock));
        return "agreement/queue";
    }

    @PostMapping("/queue/{id}/done")
    @PreAuthorize(MANAGERS)
    String closeTask(@PathVariable long id) {
        agreements.closeTask(id);
        return "redirect:/agreements/queue";
    }

    @GetMapping("/new")
    @PreAuthorize(DRAFTERS)
    String create(@RequestParam(defaultValue = "SLA") String type, Model model) {
        return form(model, AgreementForm.blank(typeOf(type).name()), false);
    }

    @PostMapping("/new")
    @PreAuthorize(DRAFTERS)
    String create(@ModelAttribute("form") AgreementForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return save(form, binding, model, redirect, false, agreements::create);
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize(DRAFTERS)
    String edit(@PathVariable String code, Model model) {
        AgreementView agreement = queries.get(code);
        return form(model, AgreementForm.of(agreement.document(), agreement.version()), true);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize(DRAFTERS)
    String edit(@PathVariable String code, @ModelAttribute("form") AgreementForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return save(form.withCode(code), binding, model, redirect, true, document -> agreements.update(code, document));
    }

    @PostMapping("/{code}/{step:submit|approve|return|publish|terminate}")
    String step(@PathVariable String code, @PathVariable String step, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            switch (step) {
                case "submit" -> agreements.submit(code, reason);
                case "approve" -> agreements.approve(code);
                case "return" -> agreements.returnToDraft(code, reason);
                case "publish" -> agreements.publish(code);
                default -> agreements.terminate(code, reason);
            }
            redirect.addFlashAttribute("flash", "agreement.step.done." + step);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", problems.text(refused.reasons()));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("refusal", invalid.problems().stream().map(problems::text)
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/agreements/" + code;
    }

    @PostMapping("/{code}/reviews")
    @PreAuthorize(MANAGERS)
    String recordReview(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String minutes,
            RedirectAttributes redirect) {
        try {
            agreements.recordReview(code, heldOn, kind, minutes);
            redirect.addFlashAttribute("flash", "agreement.review.recorded");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("refusal", invalid.problems().stream().map(problems::text)
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/agreements/" + code;
    }

    /**
     * Saves what the form describes. Inputs that are not numbers where numbers belong are reported together with
     * whatever else the validator finds, and then nothing is saved.
     */
    private String save(AgreementForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            boolean editing, Function<AgreementDocument, AgreementView> action) {
        AgreementForm.Read read = form.read();
        try {
            if (!read.problems().isEmpty()) {
                throw new InvalidInputException(withTheRest(read.problems(), DocumentValidator.problems(read.document(), directory)));
            }
            AgreementView saved = action.apply(read.document());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agreements/" + saved.code();
        } catch (InvalidInputException invalid) {
            FormErrors.reject(binding, invalid);
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", problems.text(refused.reasons()));
        } catch (ConcurrentChangeException stale) {
            FormErrors.reject(binding, stale);
        }
        return form(model, form, editing);
    }

    /** The form's own problems, and the validator's about other fields. */
    private static List<FieldProblem> withTheRest(List<FieldProblem> own, List<FieldProblem> validator) {
        Set<String> fields = own.stream().map(FieldProblem::field).collect(Collectors.toSet());
        return Stream.concat(own.stream(), validator.stream().filter(p -> !fields.contains(p.field()))).toList();
    }

    private String form(Model model, AgreementForm form, boolean editing) {
        AgreementType type = typeOf(form.type());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("levels", SlaLevel.values());
        model.addAttribute("impacts", Vocabulary.IMPACTS);
        model.addAttribute("priorities", Vocabulary.PRIORITIES);
        model.addAttribute("triggers", Vocabulary.PENALTY_TRIGGERS);
        model.addAttribute("warningLevels", Vocabulary.WARNING_LEVELS);
        model.addAttribute("periods", Vocabulary.RULE_PERIODS);
        model.addAttribute("recipients", Vocabulary.RECIPIENTS);
        model.addAttribute("clockMetrics", Vocabulary.CLOCK_METRICS);
        model.addAttribute("pausePhases", Vocabulary.PAUSE_PHASES);
        var services = catalog.list();
        model.addAttribute("services", services);
        model.addAttribute("unlistedServices", form.services().stream() // kept chosen, as an unlisted party is
                .filter(s -> services.stream().noneMatch(listed -> listed.code().equals(s))).toList());
        Map<String, String> calendarNames = new LinkedHashMap<>(); // code → name in the reader's language
        calendars.list().forEach(c -> calendarNames.put(c.code(), c.name()));
        if (form.calendar() != null) {
            // a calendar since removed stays chosen: the validator says so
            calendarNames.putIfAbsent(form.calendar(), form.calendar());
        }
        model.addAttribute("calendars", calendarNames);
        List<OrganisationView> parties = identity.organisations().stream().filter(o -> o.kind() == type.partyKind()).toList();
        model.addAttribute("parties", parties);
        model.addAttribute("unlistedParty", form.party() == null || parties.stream().anyMatch(o -> o.code().equals(form.party()))
                ? null : form.party()); // kept chosen, so that saving does not drop it: the validator says what is wrong
        model.addAttribute("slaTargets", type == AgreementType.SLA ? Map.of() : queries.slaTargets().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> problems.text(e.getValue()), (a, b) -> a, TreeMap::new)));
        model.addAttribute("parents", queries.list("SLA", null, null).stream()
                .filter(a -> !a.code().equals(form.code())).toList());
        model.addAttribute("blank", AgreementForm.blankRows());
        return "agreement/form";
    }

    /** The agreement type asked for, SLA when it is none. */
    private static AgreementType typeOf(String type) {
        return Arrays.stream(AgreementType.values()).filter(t -> t.name().equalsIgnoreCase(type)).findFirst()
                .orElse(AgreementType.SLA);
    }

    /** "impact/urgency" → priority, for the grid. */
    private static Map<String, String> matrix(AgreementDocument document) {
        Map<String, String> grid = new TreeMap<>();
        document.priorityMatrix().forEach(c -> grid.put(c.impact() + "/" + c.urgency(), c.priority()));
        return grid;
    }
}
