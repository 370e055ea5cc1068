package io.serval.e2e;

import static io.serval.e2e.Browser.switchLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, "must show": every demo user, in Chinese and in English, reaches every page of the navigation and
 * the pages they lead to, and each page answers without an HTTP error or script error, shows no raw message key
 * and no text of the other language written by the interface (see {@link UiTexts} for what counts; the user
 * data are the string values of the records, see {@link #userData}, and the record field names of the audit log,
 * {@link #RECORD_FIELDS}, are left out of the page text).
 * <p>Which pages: the home page; every link of the navbar and of the home page; from there, breadth first up to
 * {@value #DEPTH} links deep, the links inside {@code main}: outside lists every one, inside a list (a table
 * body, a list, the catalog's cards) only the first item's, so that one detail page of each kind is seen. Not
 * followed: links to the same path (sorting, paging, filters), the API and its documentation (not our
 * interface), the language switch and downloads. Also the login page (anonymous) and the not-found page.
 * <p>All problems of all pages are collected and reported in one failure, grouped by language, page and
 * problem, with the users who met them.
 */
@ServalTest
class EveryPageE2ETest {

    static final int DEPTH = 3;
    static final List<String> USERS = List.of("admin", "agent", "duty", "engineer", "dispatcher", "slm", "brm", "survey",
            "quality", "finance", "mgmtrep", "customer1", "customer2", "provider1", "provider2");
    static final List<String> LANGUAGES = List.of("zh", "en");
    static final String MISSING_PAGE = "/no-such-page";
    /** Deferred scripts and the style sheets before them have run by then: the page is as the user sees it. */
    static final Page.NavigateOptions LOADED = new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED);

    /**
     * Property names of stored records, shown as they are: the field column of the audit log's changes. Left out
     * of the page text like user data.
     */
    static final String RECORD_FIELDS = "#audit-entries td table th";

    /** What a page shows and links to, read in one round trip (links first: the record fields are then hidden). */
    private static final String SNAPSHOT = """
            () => {
              const target = a => {
                const raw = a.getAttribute('href');
                if (!raw || raw.startsWith('#') || a.hasAttribute('download')) return null;
                const url = new URL(a.href);
                if (url.origin !== location.origin || url.pathname === location.pathname
                    || /^\\/(api|language|logout)(\\/|$)/.test(url.pathname)) return null;
                return url.pathname + url.search;
              };
              const navLinks = [...document.querySelectorAll('#mainNav a[href]')].map(target).filter(Boolean);
              const lists = new Set();
              const mainLinks = [];
              document.querySelectorAll('main a[href]').forEach(a => {
                const to = target(a);
                if (!to) return;
                const list = a.closest('tbody, ul, ol, #services');
                if (list) {
                  if (lists.has(list)) return;
                  lists.add(list);
                }
                mainLinks.push(to);
              });
              document.querySelectorAll('%s').forEach(el => el.style.display = 'none');
              const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
              const texts = [document.title, document.body.innerText];
              document.querySelectorAll('[placeholder],[title],[aria-label]').forEach(el => {
                if (visible(el)) ['placeholder', 'title', 'aria-label'].forEach(a => texts.push(el.getAttribute(a) || ''));
              });
              document.querySelectorAll('select').forEach(s => {
                if (visible(s)) [...s.options].forEach(o => texts.push(o.text));
              });
              return { lang: document.documentElement.lang, text: texts.join('\\n'), navLinks, mainLinks };
            }
            """.formatted(RECORD_FIELDS);

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    /** Problem ("[language] page: what") → the users who met it. */
    private final Map<String, Set<String>> problems = new TreeMap<>();
    private UiTexts texts;
    private int pageViews;
    /** Who is looking, in which language ("zh" or "en"): problems are reported for them. */
    private String user;
    private String language;

    @Test
    void everyUserSeesEveryPageInEitherLanguageWithoutErrorsRawKeysOrTheOtherLanguage() {
        // a changed SLA target: the pages then also show what the server writes, revision flags and queue tasks
        Api slm = Api.as(port, "slm");
        assertThat(slm.put("/api/agreements/SLA-CUST-A/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-A", "{\"duration\":\"PT2H\"}")).status()).isEqualTo(200);
        assertThat(slm.get("/api/agreements/tasks").rows().size()).isPositive();
        // a ticket with a reply: the portal and the queue then lead to a ticket page
        Api.Response ticket = Api.as(port, "customer1").post("/api/tickets", """
                {"type":"INCIDENT","subject":"三楼打印机卡纸 Printer jams","description":"卡纸 / paper jam","service":"DESKTOP",
                 "impact":"HIGH","urgency":"MEDIUM"}""");
        assertThat(ticket.status()).isEqualTo(201);
        assertThat(Api.as(port, "agent").post("/api/tickets/" + ticket.json().get("id").asLong() + "/comments",
                "{\"text\":\"已派工程师 / an engineer is on the way\",\"internal\":false}").status()).isEqualTo(201);
        texts = UiTexts.fromBundles().withData(userData(Api.as(port, "admin")));
        long started = System.nanoTime();
        user = "anonymous";
        for (String lang : LANGUAGES) {
            language = lang;
            Page anonymous = browser.newPage();
            check(anonymous, "/login", anonymous.navigate("/login?lang=" + ("zh".equals(lang) ? "zh-CN" : "en"), LOADED));
            browser.close(anonymous);
        }
        for (String username : USERS) {
            user = username;
            Page page = browser.newPageAs(username);
            reportErrorsOf(page);
            for (String lang : LANGUAGES) {
                page.navigate("/");
                switchLanguage(page, lang);
                language = lang;
                crawl(page);
                check(page, MISSING_PAGE, page.navigate(MISSING_PAGE, LOADED));
            }
            browser.close(page);
        }
        System.out.printf("EveryPageE2ETest: %d page views by %d users in %d languages in %d s%n", pageViews,
                USERS.size(), LANGUAGES.size(), (System.nanoTime() - started) / 1_000_000_000L);
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>();
            problems.forEach((problem, users) -> lines.add(problem + "  — seen by " + String.join(", ", users)));
            fail(lines.size() + " problems on the pages visited:\n" + String.join("\n", lines));
        }
    }

    /** Script errors and failed requests of what a page loads (style sheets, scripts, htmx requests). */
    private void reportErrorsOf(Page page) {
        page.onPageError(error -> report(path(page.url()), "script error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.request().isNavigationRequest()) {
                report(path(page.url()), "HTTP " + response.status() + " for " + path(response.url()));
            }
        });
    }

    /** Breadth first from the home page, as described in the class comment. */
    private void crawl(Page page) {
        Set<String> visited = new HashSet<>();
        Deque<Link> queue = new ArrayDeque<>();
        queue.add(new Link("/", null, 0));
        while (!queue.isEmpty()) {
            Link next = queue.poll();
            if (!visited.add(next.url())) {
                continue;
            }
            Response response = page.navigate(next.url(), LOADED);
            Snapshot seen = check(page, next.url(), response);
            if (!response.ok() && next.from() != null) {
                report(next.url(), "linked from " + next.from());
            }
            if (response.ok() && next.depth() < DEPTH) {
                if (next.depth() == 0) {
                    seen.navLinks().forEach(link -> queue.add(new Link(link, next.url(), 1)));
                }
                seen.mainLinks().forEach(link -> queue.add(new Link(link, next.url(), next.depth() + 1)));
            }
        }
    }

    /** Checks the page just loaded; the not-found page should answer 404, every other page 200. */
    private Snapshot check(Page page, String url, Response response) {
        pageViews++;
        int expected = MISSING_PAGE.equals(url) ? 404 : 200;
        if (response.status() != expected) {
            report(url, "HTTP " + response.status());
        }
        String type = response.headerValue("content-type");
        if (type == null || !type.startsWith("text/html")) {
            report(url, "answered " + type + ", not a page");
        }
        if (response.ok()) {
            awaitParts(page, url);
        }
        Snapshot seen = Snapshot.of(page.evaluate(SNAPSHOT));
        String expectedLang = "zh".equals(language) ? "zh-CN" : "en";
        if (!expectedLang.equals(seen.lang())) {
            report(url, "page language is \"" + seen.lang() + "\"");
        }
        texts.problems(language, seen.text()).forEach(problem -> report(url, problem));
        return seen;
    }

    /**
     * What a page loads by itself once shown (a ticket's SLA clocks) is part of what the user reads: such a part
     * says {@code aria-busy="true"} until it is in.
     */
    private void awaitParts(Page page, String url) {
        try {
            page.waitForFunction("() => !document.querySelector('[aria-busy=\"true\"]')", null,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError stillLoading) {
            report(url, "a part of the page did not load");
        }
    }

    private String path(String url) {
        return url.startsWith(browser.baseUrl()) ? url.substring(browser.baseUrl().length()) : url;
    }

    private void report(String url, String problem) {
        problems.computeIfAbsent("[" + language + "] " + url + ": " + problem, k -> new TreeSet<>()).add(user);
    }

    private record Link(String url, String from, int depth) {
    }

    /** The page's language, its text as described in {@link UiTexts}, and the links to follow. */
    private record Snapshot(String lang, String text, List<String> navLinks, List<String> mainLinks) {

        @SuppressWarnings("unchecked")
        static Snapshot of(Object evaluated) {
            Map<String, Object> map = (Map<String, Object>) evaluated;
            return new Snapshot((String) map.get("lang"), (String) map.get("text"), (List<String>) map.get("navLinks"),
                    (List<String>) map.get("mainLinks"));
        }
    }

    /**
     * Every string value of the records a page may show: organisations, users, calendars (with their holidays),
     * services, specifications, agreement documents, catalog versions, tickets with their comments, and the
     * before and after values of the audit log. Not texts the server writes, such as the revision reasons of
     * agreements or the descriptions of work-queue tasks: those are interface.
     */
    private static Set<String> userData(Api admin) {
        Set<String> strings = new LinkedHashSet<>();
        for (String list : List.of("/api/organisations?size=500", "/api/users?size=500", "/api/services?size=500",
                "/api/service-requirements?size=500", "/api/tickets?size=500")) {
            collect(admin.get(list).rows(), strings);
        }
        admin.get("/api/tickets?size=500").json().get("content").values().forEach(t ->
                collect(admin.get("/api/tickets/" + t.get("id").asLong() + "/comments").json(), strings));
        JsonNode calendars = admin.get("/api/calendars?size=500").rows();
        calendars.values().forEach(c -> collect(admin.get("/api/calendars/" + c.get("code").asString()).json(), strings));
        JsonNode agreements = admin.get("/api/agreements?size=500").rows();
        for (JsonNode agreement : agreements.values()) {
            String code = agreement.get("code").asString();
            collect(admin.get("/api/agreements/" + code).json().get("document"), strings);
        }
        for (JsonNode entry : admin.get("/api/audit?size=500").rows().values()) {
            entry.get("changes").values().forEach(change -> {
                collect(change.path("before"), strings);
                collect(change.path("after"), strings);
            });
        }
        JsonNode versions = admin.get("/api/catalog/versions?size=500").rows();
        collect(versions, strings);
        versions.values().forEach(v -> collect(admin.get("/api/catalog/versions/" + v.get("number").asInt()).json(), strings));
        return strings;
    }

    private static void collect(JsonNode node, Set<String> strings) {
        if (node.isString()) {
            strings.add(node.asString());
        } else if (node.isContainer()) {
            node.values().forEach(child -> collect(child, strings));
        }
    }
}
