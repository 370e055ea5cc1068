package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.serval.notify.Notice;
import io.serval.notify.NoticeKind;
import io.serval.notify.Notifications;
import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Every list, on its page and in the API where it has one, pages with a capped size, sorts both ways by a column,
 * filters, says so when nothing is found, and answers a page past the end without an error: the page shows the
 * last page (never "page 1,000 of 3"), the API an empty page that still gives the totals.
 */
@ServalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryListPagesSortsAndFiltersTest {

    private static final Pattern PAGE_OF = Pattern.compile("Page (\\d+) of (\\d+) \\((\\d+) in all\\)");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Notifications notifications;

    /**
     * One list: who reads it, its page (with the parameters it always needs) and the part of the page that holds
     * its rows, its API list and the field that names a row there (a JSON pointer if it starts with "/"), a sort key that puts {@code first} before
     * {@code second}, a filter that keeps {@code first} and drops {@code second}, and a filter that keeps nothing.
     * On the page, rows are found by markers ({@code first}/{@code second} written as they appear in the HTML).
     */
    record ListCase(String name, String user, String page, String rows, String api, String field, String sort,
            String first, String firstMarker, String second, String secondMarker, String filter, String nothing) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<ListCase> lists() {
        return Stream.of(
                new ListCase("agreements", "slm", "/agreements", "id=\"agreements\"", "/api/agreements", "code", "code",
                        "CORP-SLA", "href=\"/agreements/CORP-SLA\"", "UC-PROV-1", "href=\"/agreements/UC-PROV-1\"",
                        "type=SLA&q=CORP", "q=zz-nothing"),
                new ListCase("agreement work queue", "slm", "/agreements/queue", "id=\"tasks\"",
                        "/api/agreements/tasks", "agreement", "agreement",
                        "OLA-DESK", "href=\"/agreements/OLA-DESK\"", "SLA-A-EMAIL", "href=\"/agreements/SLA-A-EMAIL\"",
                        "q=DESK", "q=zz-nothing"),
                new ListCase("catalog services", "slm", "/catalog", "id=\"services\"", "/api/services", "code", "code",
                        "EMAIL", "id=\"service-EMAIL\"", "METER-INSTALL", "id=\"service-METER-INSTALL\"",
                        "q=mail", "q=zz-nothing"),
                new ListCase("catalog versions", "slm", "/catalog/versions", "id=\"versions\"", "/api/catalog/versions",
                        "number", "number", "1", "href=\"/catalog/versions/1\"", "2", "href=\"/catalog/versions/2\"",
                        "q=First", "q=zz-nothing"),
                new ListCase("requirement specifications", "slm", "/catalog/requirements", "id=\"requirements\"",
                        "/api/service-requirements", "organisation", "customer", "CUST-A", ">Customer A<",
                        "CUST-B", ">Customer B<", "organisation=CUST-A", "q=zz-nothing"),
                new ListCase("calendars", "slm", "/calendars", "id=\"calendars\"", "/api/calendars", "code", "code",
                        "24x7", "href=\"/calendars/24x7\"", "cn-standard", "href=\"/calendars/cn-standard\"",
                        "q=24", "q=zz-nothing"),
                new ListCase("holidays and make-up days", "customer1", "/calendars/cn-standard?year=2026",
                        "id=\"special-days\"", null, null, "date", "2026-10-01", ">2026-10-01<", "2026-10-10", ">2026-10-10<",
                        "kind=HOLIDAY", "q=zz-nothing"),
                new ListCase("organisations", "admin", "/organisations", "id=\"organisations\"", "/api/organisations",
                        "code", "code", "CUST-A", "href=\"/organisations/CUST-A\"", "PROV-1", "href=\"/organisations/PROV-1\"",
                        "kind=CUSTOMER", "q=zz-nothing"),
                new ListCase("users", "admin", "/admin/users", "id=\"users\"", "/api/users", "username", "username",
                        "agent", "<span>agent<", "customer1", "<span>customer1<", "role=AGENT", "q=zz-nothing"),
                new ListCase("customer's tickets", "customer1", "/tickets", "id=\"tickets\"", null, null, "number",
                        "INC", ">Alpha printer jams<", "REQ", ">Beta mailbox wanted<", "q=alpha", "q=zz-nothing"),
                new ListCase("ticket queue", "agent", "/tickets?view=all", "id=\"tickets\"", null, null, "number",
                        "INC", ">Alpha printer jams<", "REQ", ">Beta mailbox wanted<", "service=DESKTOP", "q=zz-nothing"),
                new ListCase("audit log", "admin", "/audit", "id=\"audit-entries\"", "/api/audit", "actor", "actor",
                        "admin", "\"text-nowrap\">admin<", "slm", "\"text-nowrap\">slm<", "actor=admin", "key=zz-nothing"),
                new ListCase("notification inbox", "brm", "/inbox", "id=\"notifications\"", "/api/notifications",
                        "/arguments/number/value", "created", "INC-2026-900001", "INC-2026-900001", "INC-2026-900002",
                        "INC-2026-900002", "q=alpha", "q=zz-nothing"),
                new ListCase("outgoing mail", "admin", "/admin/mail", "id=\"mails\"", "/api/admin/mail", "recipient",
                        "recipient", "brm", "<span>brm</span>", "survey", "<span>survey</span>", "q=900001",
                        "q=zz-nothing"),
                new ListCase("clocks near breach", "agent", "/clocks/near-breach", "id=\"near-breach-clocks\"",
                        "/api/clocks/near-breach", "customer", "customer", "CUST-A", ">Customer A<", "CUST-B",
                        ">Customer B<", "customer=CUST-A", "metric=zz-nothing"));
    }

    /**
     * Work for the lists that start empty or short: a second catalog version, open tasks, changes by two users,
     * tickets (two measured by SLA targets, for two customers), notifications and mail (two for one user, one for
     * another).
     */
    @BeforeAll
    void somethingToList() {
        notifications.send(Notice.to("brm", NoticeKind.TICKET_REPLIED).with("number", "INC-2026-900001")
                .with("subject", "Alpha printer jams").with("author", "agent").byEmail().build());
        notifications.send(Notice.to("brm", NoticeKind.TICKET_REPLIED).with("number", "INC-2026-900002")
                .with("subject", "Beta mailbox wanted").with("author", "agent").byEmail().build());
        notifications.send(Notice.to("survey", NoticeKind.TICKET_REPLIED).with("number", "INC-2026-900003")
                .with("subject", "Gamma VPN drops").with("author", "agent").byEmail().build());
        Api customer = Api.as(port, "customer1");
        assertThat(customer.post("/api/tickets", """
                {"type":"INCIDENT","subject":"Alpha printer jams","description":"三楼打印机卡纸","service":"DESKTOP",
                 "impact":"LOW","urgency":"LOW"}""").status()).isEqualTo(201);
        assertThat(customer.post("/api/tickets", """
                {"type":"SERVICE_REQUEST","subject":"Beta mailbox wanted","description":"new colleague","service":"EMAIL",
                 "impact":"LOW","urgency":"LOW"}""").status()).isEqualTo(201);
        // measured by SLA targets (P1 and P2): clocks near their breach for two customers
        assertThat(customer.post("/api/tickets", """
                {"type":"INCIDENT","subject":"Delta network down","description":"全楼断网","service":"DESKTOP",
                 "impact":"HIGH","urgency":"HIGH"}""").status()).isEqualTo(201);
        assertThat(Api.as(port, "customer2").post("/api/tickets", """
                {"type":"INCIDENT","subject":"Epsilon power cut","description":"停电","service":"POWER-REPAIR",
                 "impact":"HIGH","urgency":"MEDIUM"}""").status()).isEqualTo(201);
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/services", """
                {"code":"PRINT","nameEn":"Printing","owner":"slm","calendar":"cn-standard"}""").status()).isEqualTo(201);
        assertThat(slm.post("/api/catalog/versions", "{\"note\":\"Printing added\"}").status()).isEqualTo(201);
        assertThat(slm.put("/api/agreements/SLA-CUST-A/targets/RES-P1", slm.versioned("/api/agreements/SLA-CUST-A", "{\"duration\":\"PT1H\"}")).status())
                .isEqualTo(200);
        Api admin = Api.as(port, "admin");
        long version = admin.get("/api/organisations/PROV-2").json().get("version").asLong();
        assertThat(admin.put("/api/organisations/PROV-2", "{\"name\":\"Provider Two\",\"kind\":\"PROVIDER\",\"version\":"
                + version + "}").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aPagePastTheEndShowsTheLastPage(ListCase list) throws Exception {
        Matcher pager = PAGE_OF.matcher(page(list, "size=1&page=1000"));
        assertThat(pager.find()).as("a pager").isTrue();
        assertThat(pager.group(1)).as("the last page").isEqualTo(pager.group(2)).isEqualTo(pager.group(3));
        assertThat(Integer.parseInt(pager.group(2))).isGreaterThan(1);
        assertThat(PAGE_OF.matcher(page(list, "size=1&page=2147483647")).find()).isTrue();
        assertThat(PAGE_OF.matcher(page(list, "size=100000&page=-4")).find()).as("one page of at most 100").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aColumnSortsBothWays(ListCase list) throws Exception {
        String ascending = rows(list, page(list, "size=100&sort=" + list.sort() + "&dir=asc"));
        assertThat(ascending).contains(list.firstMarker(), list.secondMarker());
        assertThat(ascending.indexOf(list.firstMarker())).isLessThan(ascending.indexOf(list.secondMarker()));
        String descending = rows(list, page(list, "size=100&sort=" + list.sort() + "&dir=desc"));
        assertThat(descending.indexOf(list.secondMarker())).isLessThan(descending.indexOf(list.firstMarker()));
        assertThat(descending).doesNotContain("list-empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aFilterNarrowsTheListAndAnEmptyResultSaysSo(ListCase list) throws Exception {
        String filtered = rows(list, page(list, "size=100&" + list.filter()));
        assertThat(filtered).contains(list.firstMarker()).doesNotContain(list.secondMarker());
        String nothing = page(list, list.nothing());
        assertThat(nothing).contains("list-empty").doesNotContain(list.rows());
        assertThat(PAGE_OF.matcher(nothing).find()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void theApiListPagesSortsAndFiltersAlike(ListCase list) {
        if (list.api() == null) {
            return; // a calendar's days come with the calendar (GET /api/calendars/{code}) and as its holiday file
        }
        Api api = Api.as(port, list.user());
        JsonNode past = api.get(list.api() + "?size=1&page=1000").json();
        assertThat(past.get("content")).isEmpty();
        assertThat(past.get("page").get("totalElements").asInt()).isGreaterThan(1);
        assertThat(api.get(list.api() + "?size=100000").json().get("page").get("size").asInt()).isEqualTo(500);
        assertThat(api.get(list.api()).json().get("page").get("size").asInt()).isEqualTo(50);

        List<String> ascending = names(list, api.get(list.api() + "?size=500&sort=" + list.sort() + "&dir=asc").rows());
        assertThat(ascending.indexOf(list.first())).isNotNegative().isLessThan(ascending.indexOf(list.second()));
        List<String> descending = names(list, api.get(list.api() + "?size=500&sort=" + list.sort() + "&dir=desc").rows());
        assertThat(descending.indexOf(list.second())).isNotNegative().isLessThan(descending.indexOf(list.first()));

        assertThat(names(list, api.get(list.api() + "?size=500&" + list.filter()).rows()))
                .contains(list.first()).doesNotContain(list.second());
        JsonNode nothing = api.get(list.api() + "?" + list.nothing()).json();
        assertThat(nothing.get("content")).isEmpty();
        assertThat(nothing.get("page").get("totalElements").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void theApiDocumentationNamesTheListParameters(ListCase list) {
        if (list.api() == null) {
            return;
        }
        JsonNode parameters = Api.anonymous(port).get("/api/openapi").json().get("paths").get(list.api()).get("get")
                .get("parameters");
        List<String> names = new ArrayList<>();
        parameters.values().forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).contains("page", "size", "sort", "dir").doesNotContain("list");
    }

    private String page(ListCase list, String query) throws Exception {
        String path = list.page() + (list.page().contains("?") ? "&" : "?") + query;
        var response = mvc.perform(get(path).with(user(users.loadUserByUsername(list.user())))
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The list's own element: from its start to the end of its rows (forms and other lists left out). */
    private static String rows(ListCase list, String html) {
        int from = html.indexOf(list.rows());
        assertThat(from).as(list.rows()).isNotNegative();
        int end = html.indexOf("</tbody>", from);
        return html.substring(from, end < 0 ? html.length() : end);
    }

    private static List<String> names(ListCase list, JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.values().forEach(row -> names.add((list.field().startsWith("/") ? row.at(list.field())
                : row.get(list.field())).asString()));
        return names;
    }
}
