package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;

/**
 * Inputs that used to answer 500 or were silently changed: each is refused with 400 naming its field (or
 * answered sensibly), and nothing is saved.
 */
@ServalTest
class BadInputTest {

    private static final String LONG = "x".repeat(201);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anEmptyLanguageChoiceIsRefusedNamingTheLanguage() {
        Api.Response response = Api.as(port, "agent").put("/api/me/language", "{}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("language");
    }

    @Test
    void aPageFarBeyondTheLastAnswersAnEmptyPage() {
        Api.Response response = Api.as(port, "admin").get("/api/users?page=4294968&size=500");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("content")).isEmpty();
        assertThat(Api.as(port, "admin").get("/api/audit?page=2147483647&size=500").status()).isEqualTo(200);
    }

    @Test
    void calendarQueriesRefuseInstantsOutsideTheSupportedYears() {
        Api agent = Api.as(port, "agent");
        Api.Response farFuture = agent.get("/api/calendars/cn-standard/due?start=%2B999999999-01-01T00:00:00Z&duration=PT1H");
        Api.Response farPast = agent.get("/api/calendars/cn-standard/elapsed?from=-999999999-01-01T00:00:00Z&to=2025-01-01T00:00:00Z");
        Api.Response beforeBounds = agent.get("/api/calendars/cn-standard/due?start=1899-12-31T00:00:00Z&duration=PT1H");

        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(fields(farFuture)).containsExactly("start");
        assertThat(farPast.status()).isEqualTo(400);
        assertThat(fields(farPast)).containsExactly("from");
        assertThat(codes(beforeBounds)).containsExactly("validation.date.range");
    }

    @Test
    void aDurationOfMillionsOfHoursIsRefused() {
        Api.Response response = Api.as(port, "agent")
                .get("/api/calendars/cn-standard/due?start=2025-01-06T09:00:00%2B08:00&duration=PT2562047788015215H");
        assertThat(response.status()).isEqualTo(400);
        assertThat(codes(response)).containsExactly("validation.duration.tooLong");
    }

    @Test
    void elapsedTimeBackwardsIsRefusedInsteadOfNegative() {
        Api.Response response = Api.as(port, "agent")
                .get("/api/calendars/cn-standard/elapsed?from=2025-01-07T09:00:00%2B08:00&to=2025-01-06T09:00:00%2B08:00");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("to");
    }

    @Test
    void aCalendarThatStopsWorkingAnswersARuleNotAServerError() {
        Api slm = Api.as(port, "slm");
        assertThat(slm.post("/api/calendars", """
                {"code":"one-day","name":"One make-up day","zone":"Asia/Shanghai","workdays":["2025-01-26"]}""")
                .status()).isEqualTo(201);
        Api.Response response = slm.get("/api/calendars/one-day/due?start=2025-01-26T09:00:00%2B08:00&duration=PT100H");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("reasons").get(0).get("code").asString()).isEqualTo("calendar.due.unreachable");
    }

    @Test
    void aHolidayNameWithALineBreakIsRefusedSoTheExportKeepsWorking() {
        Api slm = Api.as(port, "slm");
        Api.Response response = slm.post("/api/calendars", """
                {"code":"broken-names","name":"Names","zone":"Asia/Shanghai","periods":[{"day":"MONDAY","start":"09:00","end":"18:00"}],
                 "holidays":[{"date":"2025-01-01","name":"New\\nYear"}]}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("holidays[0].name");
        assertThat(slm.get("/api/calendars/broken-names").status()).isEqualTo(404);
        assertThat(slm.get("/api/calendars/cn-standard/holidays").status()).isEqualTo(200);
    }

    @Test
    void aHolidayInYear999999999IsRefusedInsteadOfStoredAsAnotherDate() {
        Api.Response response = Api.as(port, "slm").post("/api/calendars", """
                {"code":"far","name":"Far","zone":"Asia/Shanghai","periods":[{"day":"MONDAY","start":"09:00","end":"18:00"}],
                 "holidays":["+999999999-01-01"]}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("holidays[0]");
        assertThat(codes(response)).containsExactly("validation.date.range");
    }

    @Test
    void textsLongerThanTheirColumnsAreRefusedFieldByField() {
        Api admin = Api.as(port, "admin");
        Api.Response user = admin.post("/api/users", """
                {"username":"longname","displayName":"%s","email":"%s@example.com","organisation":"CUST-A",
                 "roles":["CUSTOMER"],"password":"long-enough"}""".formatted(LONG, LONG));
        Api.Response holiday = Api.as(port, "slm").post("/api/calendars", """
                {"code":"long-names","name":"Names","zone":"Asia/Shanghai","periods":[{"day":"MONDAY","start":"09:00","end":"18:00"}],
                 "holidays":[{"date":"2025-01-01","name":"%s"}]}""".formatted(LONG));

        assertThat(user.status()).isEqualTo(400);
        assertThat(fields(user)).containsExactlyInAnyOrder("displayName", "email");
        assertThat(codes(user)).containsOnly("validation.tooLong");
        assertThat(admin.get("/api/users/longname").status()).isEqualTo(404);
        assertThat(holiday.status()).isEqualTo(400);
        assertThat(fields(holiday)).containsExactly("holidays[0].name");
    }

    @Test
    void aPasswordBeyondWhatBcryptReadsIsRefused() {
        Api.Response response = Api.as(port, "admin").post("/api/users", """
                {"username":"longpass","displayName":"Long","organisation":"CUST-A","roles":["CUSTOMER"],
                 "password":"%s"}""".formatted("密码".repeat(13)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(codes(response)).containsExactly("user.password.long");
    }

    @Test
    void aWrongTypeNamesItsFieldNotTheBody() {
        Api.Response response = Api.as(port, "admin").post("/api/organisations", """
                {"code":"WRONG","name":"Wrong","kind":"NOPE"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("kind");
        Api.Response nested = Api.as(port, "brm").post("/api/service-requirements", """
                {"organisation":"CUST-A","service":"EMAIL","maxFailures":{"a":1}}""");
        assertThat(fields(nested)).containsExactly("maxFailures");
    }

    @Test
    void textNoColumnCanHoldIsRefusedWhereItIsRead() {
        Api.Response response = Api.as(port, "admin").post("/api/organisations", """
                {"code":"NUL","name":"Nul\\u0000byte","kind":"CUSTOMER"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("name");
        assertThat(Api.as(port, "admin").get("/api/organisations/NUL").status()).isEqualTo(404);
    }

    @Test
    void aFailurePeriodOfThousandsOfYearsIsRefused() {
        Api.Response response = Api.as(port, "brm").post("/api/service-requirements", """
                {"organisation":"CUST-A","service":"EMAIL","maxFailures":2,"failurePeriod":"P9999Y","responseTime":"PT999999H"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("failurePeriod", "responseTime");
    }

    @Test
    void reviewMinutesAndNotesLongerThanTheirColumnsAreRefused() {
        Api slm = Api.as(port, "slm");
        String code = slm.get("/api/agreements").rows().get(0).get("code").asString();
        Api.Response review = slm.post("/api/agreements/" + code + "/reviews", """
                {"heldOn":"2025-03-01","kind":"ANNUAL","minutes":"%s"}""".formatted("m".repeat(20001)));
        Api.Response farReview = slm.post("/api/agreements/" + code + "/reviews", """
                {"heldOn":"+999999999-03-01","minutes":"held"}""");
        Api.Response note = slm.post("/api/agreements/" + code + "/submit", "{\"note\":\"%s\"}".formatted("n".repeat(1001)));

        assertThat(review.status()).isEqualTo(400);
        assertThat(fields(review)).containsExactly("minutes");
        assertThat(farReview.status()).isEqualTo(400);
        assertThat(fields(farReview)).containsExactly("heldOn");
        assertThat(note.status()).isEqualTo(400);
        assertThat(fields(note)).containsExactly("note");
    }

    @Test
    void anOrganisationFormWithAKindThatDoesNotExistKeepsTheKind() throws Exception {
        Api admin = Api.as(port, "admin");
        long version = admin.post("/api/organisations", "{\"code\":\"TEAM-X\",\"name\":\"Team X\",\"kind\":\"INTERNAL\"}")
                .json().get("version").asLong();

        mvc.perform(post("/admin/organisations/TEAM-X/edit").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("nameEn", "Team X").param("kind", "NOPE").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "kind"));

        assertThat(admin.get("/api/organisations/TEAM-X").json().get("kind").asString()).isEqualTo("INTERNAL");
    }

    @Test
    void aHolidayImportThatIsNoUploadIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/calendars/cn-standard/import").with(user(users.loadUserByUsername("slm"))).with(csrf())
                        .contentType("application/x-www-form-urlencoded").content("replace=false"))
                .andExpect(status().is3xxRedirection())
                .andExpect(MockMvcResultMatchers.flash().attributeExists("importErrors"));
    }

    static List<String> fields(Api.Response response) {
        return values(response, "field");
    }

    static List<String> codes(Api.Response response) {
        return values(response, "code");
    }

    private static List<String> values(Api.Response response, String property) {
        List<String> values = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        if (errors != null) {
            errors.forEach(e -> values.add(e.get(property).asString()));
        }
        return values;
    }
}
