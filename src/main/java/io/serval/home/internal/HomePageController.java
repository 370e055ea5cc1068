package io.serval.home.internal;

import io.serval.agreement.AgreementQueries;
import io.serval.agreement.AgreementSummary;
import io.serval.agreement.AgreementView;
import io.serval.catalog.ServiceCatalog;
import io.serval.catalog.ServiceRequirementView;
import io.serval.catalog.ServiceRequirements;
import io.serval.catalog.ServiceView;
import io.serval.identity.CurrentUser;
import io.serval.identity.IdentityService;
import io.serval.identity.Role;
import io.serval.identity.UserFilter;
import io.serval.identity.UserView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * The start page: for each of the user's roles, the work waiting for it as counts that link to the lists, and
 * charts with their numbers on them. Service level managers and agreement maintainers see revisions, reviews
 * due and open work-queue tasks; administrators users who cannot log in; business relationship managers
 * requirement specifications no agreement answers yet; customers and providers their agreements in force and
 * the services they cover.
 */
@Controller
class HomePageController {

    /** How far ahead a service review counts as due, as on the work queue. */
    static final int REVIEW_DAYS = 60;

    private static final Map<String, String> STATUS_COLOURS = Map.of("DRAFT", "#6c757d", "IN_REVIEW", "#ffc107",
            "APPROVED", "#0d6efd", "PUBLISHED", "#198754", "SUPERSEDED", "#adb5bd", "TERMINATED", "#dc3545");

    private final AgreementQueries agreements;
    private final ServiceCatalog catalog;
    private final ServiceRequirements requirements;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ObjectMapper json;

    HomePageController(AgreementQueries agreements, ServiceCatalog catalog, ServiceRequirements requirements,
            IdentityService identity, CurrentUser currentUser, MessageSource messages, ObjectMapper json) {
        this.agreements = agreements;
        this.catalog = catalog;
        this.requirements = requirements;
        this.identity = identity;
        this.currentUser = currentUser;
        this.messages = messages;
        this.json = json;
    }

    /** A count of waiting work, linking to where it is done. */
    record Tile(String id, String label, long count, String href, boolean attention) {
    }

    /** A chart as the page's script draws it ({@code data-chart}): its numbers are drawn on it. */
    record Chart(String id, String title, String json) {
    }

    @GetMapping("/")
    String home(Model model) {
        List<Tile> tiles = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        if (currentUser.scope().restricted()) {
            customerWork(tiles, model);
        } else {
            if (any(Role.ADMIN, Role.SERVICE_LEVEL_MANAGER, Role.AGREEMENT_MAINTAINER)) {
                agreementWork(tiles, charts);
            }
            if (any(Role.ADMIN)) {
                administratorWork(tiles, charts);
            }
            if (any(Role.ADMIN, Role.SERVICE_LEVEL_MANAGER, Role.BUSINESS_RELATIONSHIP_MANAGER)) {
                requirementWork(tiles);
            }
        }
        model.addAttribute("tiles", tiles);
        model.addAttribute("charts", charts);
        return "home";
    }

    private void agreementWork(List<Tile> tiles, List<Chart> charts) {
        List<AgreementSummary> all = agreements.list(null, null, null);
        long revisions = all.stream().filter(AgreementSummary::needsRevision).count();
        int reviews = agreements.reviewsDue(REVIEW_DAYS).size();
        var tasks = agreements.openTasks();
        tiles.add(new Tile("tile-tasks", text("home.tile.tasks"), tasks.size(), "/agreements/queue", !tasks.isEmpty()));
        tiles.add(new Tile("tile-revisions", text("home.tile.revisions"), revisions, "/agreements/queue", revisions > 0));
        tiles.add(new Tile("tile-reviews", text("home.tile.reviews", REVIEW_DAYS), reviews, "/agreements/queue", reviews > 0));
        Map<String, Long> byStatus = count(all, AgreementSummary::status);
        charts.add(chart("chart-agreements", text("home.chart.agreementsByStatus"), "doughnut",
                byStatus, key -> text("agreement.status." + key), STATUS_COLOURS));
        if (!tasks.isEmpty()) {
            charts.add(chart("chart-tasks", text("home.chart.tasksByKind"), "bar",
                    count(tasks, t -> t.kind()), key -> text("agreement.task." + key), Map.of()));
        }
    }

    private void administratorWork(List<Tile> tiles, List<Chart> charts) {
        List<UserView> users = identity.users(UserFilter.none(), Pageable.unpaged()).getContent();
        long disabled = users.stream().filter(u -> !u.enabled()).count();
        tiles.add(new Tile("tile-disabled-users", text("home.tile.disabledUsers"), disabled, "/admin/users?enabled=false",
                disabled > 0));
        Map<String, Long> byRole = new TreeMap<>();
        users.stream().filter(UserView::enabled).flatMap(u -> u.roles().stream())
                .forEach(r -> byRole.merge(r.name(), 1L, Long::sum));
        charts.add(chart("chart-users", text("home.chart.usersByRole"), "bar", byRole, key -> text("role." + key),
                Map.of()));
    }

    private void requirementWork(List<Tile> tiles) {
        long unanswered = requirements.list(null, null).stream().filter(r -> r.answeringAgreement() == null).count();
        tiles.add(new Tile("tile-unanswered", text("home.tile.unanswered"), unanswered,
                "/catalog/requirements?unanswered=true", unanswered > 0));
    }

    /** A customer's or provider's agreements in force and the services they cover (all services: the catalog). */
    private void customerWork(List<Tile> tiles, Model model) {
        List<AgreementView> inForce = agreements.list(null, null, null).stream().map(a -> agreements.get(a.code())).toList();
        Map<String, ServiceView> services = new LinkedHashMap<>();
        List<ServiceView> catalogServices = catalog.list();
        for (AgreementView a : inForce) {
            List<String> covered = a.document().services();
            catalogServices.stream().filter(s -> covered == null || covered.isEmpty() || covered.contains(s.code()))
                    .forEach(s -> services.putIfAbsent(s.code(), s));
        }
        List<ServiceRequirementView> specifications = requirements.list(null, null);
        tiles.add(new Tile("tile-agreements", text("home.tile.inForce"), inForce.size(), "/agreements", false));
        tiles.add(new Tile("tile-services", text("home.tile.services"), services.size(), "/catalog", false));
        if (!specifications.isEmpty()) {
            tiles.add(new Tile("tile-requirements", text("home.tile.requirements"), specifications.size(),
                    "/catalog/requirements", false));
        }
        model.addAttribute("myAgreements", inForce);
        model.addAttribute("myServices", List.copyOf(services.values()));
    }

    private Chart chart(String id, String title, String type, Map<String, Long> counts, Function<String, String> label,
            Map<String, String> colours) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("labels", counts.keySet().stream().map(label).toList());
        data.put("values", List.copyOf(counts.values()));
        data.put("colours", counts.keySet().stream().map(k -> colours.getOrDefault(k, "#0d6efd")).toList());
        return new Chart(id, title, json.writeValueAsString(data));
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private boolean any(Role... roles) {
        for (Role role : roles) {
            if (currentUser.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
