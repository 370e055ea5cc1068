package io.serval.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServalTest
class CalendarApiTest {

    private static final String NIGHT_SHIFTS = """
            {"code":"%s","name":"Night shifts","zone":"Europe/Berlin",
             "periods":[{"day":"MONDAY","start":"08:00","end":"20:00"},{"day":"MONDAY","start":"20:00","end":"08:00"}],
             "holidays":["2025-12-25"],"workdays":[]}""";

    @LocalServerPort
    int port;

    @Test
    void everyUserListsTheBuiltInCalendars() {
        JsonNode calendars = Api.as(port, "customer1").get("/api/calendars").rows();
        List<String> codes = new ArrayList<>();
        calendars.forEach(c -> {
            codes.add(c.get("code").asString());
            assertThat(c.get("name").asString()).isNotBlank();
            assertThat(c.get("zone").asString()).isNotBlank();
        });
        assertThat(codes).contains("24x7", "cn-standard");
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            // 9 h from 09:00 on a 09:00-18:00 day ends at 18:00 that day, not at 09:00 the next
            "2025-03-03T09:00:00+08:00, PT9H, 2025-03-03T18:00:00+08:00",
            // Friday before the 2025 Spring Festival: Sunday 26 January is a make-up working day
            "2025-01-24T17:00:00+08:00, PT2H, 2025-01-26T10:00:00+08:00",
            // Monday 27 January, then 28 January - 4 February off, Wednesday 5 February works
            "2025-01-27T17:00:00+08:00, PT2H, 2025-02-05T10:00:00+08:00",
            // 2026 New Year: 1-3 January off, Sunday 4 January is a make-up working day
            "2025-12-31T17:30:00+08:00, PT1H, 2026-01-04T09:30:00+08:00",
            // an instant in UTC is read as such
            "2025-03-03T01:00:00Z, PT1H, 2025-03-03T10:00:00+08:00"})
    void dueOnChinaStandardHonoursStatutoryDays(String start, String duration, String due) {
        JsonNode answer = Api.as(port, "agent").get("/api/calendars/cn-standard/due?start=" + encode(start)
                + "&duration=" + duration).json();
        assertThat(answer.get("due").asString()).isEqualTo(due);
    }

    @Test
    void elapsedCountsOnlyWorkingSeconds() {
        // 2025-09-26 (Fri) 17:00 to 2025-10-09 (Thu) 10:00: Fri 1 h, Sun 28 Sep make-up 9 h, Tue 30 Sep 9 h,
        // 1-8 Oct off, Thu 9 Oct 1 h; Mon 29 Sep 9 h -> 29 h
        JsonNode answer = Api.as(port, "agent").get("/api/calendars/cn-standard/elapsed?from="
                + encode("2025-09-26T17:00:00+08:00") + "&to=" + encode("2025-10-09T10:00:00+08:00")).json();
        assertThat(answer.get("seconds").asLong()).isEqualTo(29 * 3600);
    }

    @Test
    void serviceLevelManagerCreatesAnOvernightCalendarAndItComputes() {
        Api slm = Api.as(port, "slm");
        Api.Response created = slm.post("/api/calendars", NIGHT_SHIFTS.formatted("night"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo("night");

        // Monday 08:00 + 24 h of shifts (08-20 and 20-08 merge) = Tuesday 08:00 Berlin
        JsonNode due = slm.get("/api/calendars/night/due?start=" + encode("2025-03-03T08:00:00+01:00") + "&duration=PT24H").json();
        assertThat(due.get("due").asString()).isEqualTo("2025-03-04T08:00:00+01:00");
        assertThat(slm.get("/api/calendars").body()).contains("\"night\"");
    }

    @Test
    void invalidCalendarIsRefusedNamingTheField() {
        Api slm = Api.as(port, "slm");
        assertThat(fields(slm.post("/api/calendars", """
                {"code":"bad","name":"Bad","zone":"Mars/Base","periods":[{"day":"MONDAY","start":"09:00","end":"12:00"}]}""")))
                .containsExactly("zone");
        assertThat(fields(slm.post("/api/calendars", """
                {"code":"bad","name":"Bad","zone":"UTC","periods":[{"day":"MONDAY","start":"25:00","end":"12:00"}]}""")))
                .containsExactly("periods[0].start");
        assertThat(fields(slm.post("/api/calendars", """
                {"code":"bad","name":"Bad","zone":"UTC","periods":[{"day":"MONDAY","start":"09:00","end":"12:00"},
                 {"day":"MONDAY","start":"11:00","end":"13:00"}]}"""))).singleElement().asString().startsWith("periods[1]");
        assertThat(fields(slm.post("/api/calendars", """
                {"code":"bad","name":"Bad","zone":"UTC","periods":[{"day":"SUNDAY","start":"20:00","end":"08:00"},
                 {"day":"MONDAY","start":"07:00","end":"09:00"}]}""")))
                .as("a Sunday night shift runs into Monday morning").singleElement().asString().startsWith("periods[");
        assertThat(fields(slm.post("/api/calendars", NIGHT_SHIFTS.formatted("24x7")))).containsExactly("code");
        assertThat(slm.get("/api/calendars/bad").status()).isEqualTo(404);
    }

    @Test
    void badQueryParametersAreRefusedNamingTheParameter() {
        Api agent = Api.as(port, "agent");
        assertThat(fields(agent.get("/api/calendars/cn-standard/due?start=yesterday&duration=PT1H"))).containsExactly("start");
        assertThat(fields(agent.get("/api/calendars/cn-standard/due?start=2025-01-01T00:00:00Z&duration=4h")))
                .containsExactly("duration");
        assertThat(agent.get("/api/calendars/nope/due?start=2025-01-01T00:00:00Z&duration=PT1H").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsAndServiceLevelManagersChangeCalendars() {
        assertThat(Api.as(port, "agent").post("/api/calendars", NIGHT_SHIFTS.formatted("agent-cal")).status()).isEqualTo(403);
        assertThat(Api.as(port, "customer1").post("/api/calendars", NIGHT_SHIFTS.formatted("c-cal")).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/calendars").status()).isEqualTo(401);
        assertThat(Api.as(port, "admin").post("/api/calendars", NIGHT_SHIFTS.formatted("admin-cal")).status()).isEqualTo(201);
    }

    @Test
    void aStaleUpdateIsRefusedAndTheFreshOneApplies() {
        Api slm = Api.as(port, "slm");
        long version = slm.post("/api/calendars", NIGHT_SHIFTS.formatted("versioned")).json().get("version").asLong();
        String update = """
                {"name":"%s","zone":"Europe/Berlin","periods":[{"day":"TUESDAY","start":"09:00","end":"17:00"}],"version":%d}""";

        Api.Response fresh = slm.put("/api/calendars/versioned", update.formatted("First", version));
        assertThat(fresh.status()).isEqualTo(200);
        Api.Response stale = slm.put("/api/calendars/versioned", update.formatted("Second", version));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(slm.get("/api/calendars/versioned").json().get("name").asString()).isEqualTo("First");
        assertThat(slm.get("/api/calendars/versioned/due?start=" + encode("2025-03-03T09:00:00+01:00") + "&duration=PT1H")
                .json().get("due").asString()).as("the engine follows the change").isEqualTo("2025-03-04T10:00:00+01:00");
    }

    @Test
    void holidayFileImportIsAllOrNothing() {
        Api slm = Api.as(port, "slm");
        long version = slm.post("/api/calendars", NIGHT_SHIFTS.formatted("imports")).json().get("version").asLong();

        Api.Response bad = slm.post("/api/calendars/imports/holidays?version=" + version, "text/csv", """
                2027-01-01,HOLIDAY,New Year
                2027-13-01,HOLIDAY,Nonsense
                2027-02-06,SOMETIMES,Nonsense
                """);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("2").contains("3");
        assertThat(slm.get("/api/calendars/imports").json().get("holidays")).hasSize(1);

        Api.Response good = slm.post("/api/calendars/imports/holidays?version=" + version, "text/csv", """
                # next year's notice
                2027-01-01,HOLIDAY,New Year
                2027-02-06,WORKDAY,Make-up day,FRIDAY
                """);
        assertThat(good.status()).isEqualTo(200);
        JsonNode calendar = slm.get("/api/calendars/imports").json();
        assertThat(calendar.get("holidays")).hasSize(2);
        assertThat(calendar.get("workdays").get(0).get("worksAs").asString()).isEqualTo("FRIDAY");
        assertThat(slm.get("/api/calendars/imports/holidays").body()).contains("2027-01-01").contains("2025-12-25");
    }

    @Test
    void aCalendarAndItsDaysAreNamedInBothLanguagesAndReadInTheCallersLanguage() {
        assertThat(Api.as(port, "slm").post("/api/calendars", """
                {"code":"plant","nameZh":"工厂班次","nameEn":"Plant shifts","zone":"Asia/Shanghai",
                 "periods":[{"day":"MONDAY","start":"08:00","end":"16:00"}],
                 "holidays":[{"date":"2026-10-01","nameZh":"国庆节","nameEn":"National Day"},
                             {"date":"2026-10-02","nameEn":"Second day"}],
                 "workdays":[{"date":"2026-10-10","nameZh":"调休","worksAs":"FRIDAY"}]}""").status()).isEqualTo(201);

        JsonNode zh = Api.as(port, "agent").inLanguage("zh-CN").get("/api/calendars/plant").json();
        assertThat(zh.get("name").asString()).isEqualTo("工厂班次");
        assertThat(zh.get("nameZh").asString()).isEqualTo("工厂班次");
        assertThat(zh.get("nameEn").asString()).isEqualTo("Plant shifts");
        assertThat(names(zh)).containsExactly("国庆节 国庆节/National Day", "Second day null/Second day", "调休 调休/null");
        JsonNode en = Api.as(port, "agent").inLanguage("en").get("/api/calendars/plant").json();
        assertThat(en.get("name").asString()).isEqualTo("Plant shifts");
        assertThat(names(en)).containsExactly("National Day 国庆节/National Day", "Second day null/Second day", "调休 调休/null");
        assertThat(Api.as(port, "agent").inLanguage("zh-CN").get("/api/calendars").rows().values())
                .filteredOn(c -> c.get("code").asString().equals("cn-standard"))
                .extracting(c -> c.get("name").asString()).containsExactly("中国标准工作日");
    }

    @Test
    void aCalendarNeedsANameInOneLanguageAtLeastAndEveryNameFitsItsColumn() {
        Api slm = Api.as(port, "slm");
        assertThat(fields(slm.post("/api/calendars", """
                {"code":"nameless","zone":"UTC","periods":[{"day":"MONDAY","start":"09:00","end":"12:00"}]}""")))
                .containsExactly("nameZh", "nameEn");
        assertThat(fields(slm.post("/api/calendars", """
                {"code":"long","nameZh":"%s","nameEn":"Long","zone":"UTC",
                 "holidays":[{"date":"2026-01-01","nameEn":"New\\nYear"}]}""".formatted("长".repeat(201)))))
                .containsExactlyInAnyOrder("nameZh", "holidays[0].nameEn");
    }

    @Test
    void aClientThatSendsOneNameNamesBothLanguages() {
        Api.Response response = Api.as(port, "slm").post("/api/calendars", """
                {"code":"one-name","name":"Night shifts","zone":"UTC",
                 "periods":[{"day":"MONDAY","start":"09:00","end":"12:00"}],
                 "holidays":[{"date":"2026-01-01","name":"元旦 New Year"}]}""");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode created = response.json();
        assertThat(created.get("nameZh").asString()).isEqualTo("Night shifts");
        assertThat(created.get("nameEn").asString()).isEqualTo("Night shifts");
        assertThat(names(created)).containsExactly("元旦 New Year 元旦 New Year/元旦 New Year");
    }

    @Test
    void theHolidayFileCarriesBothNamesAndAFileWithOneNameADayIsStillRead() {
        Api slm = Api.as(port, "slm");
        long version = slm.post("/api/calendars", NIGHT_SHIFTS.formatted("named-days")).json().get("version").asLong();

        assertThat(slm.post("/api/calendars/named-days/holidays?version=" + version, "text/csv", """
                2027-01-01,HOLIDAY,元旦,New Year's Day,
                2027-02-06,WORKDAY,春节调休上班,,FRIDAY
                2027-05-01,HOLIDAY,劳动节 Labour Day
                """).status()).isEqualTo(200);

        assertThat(names(slm.inLanguage("en").get("/api/calendars/named-days").json())).containsExactly(
                "null null/null", "New Year's Day 元旦/New Year's Day", "劳动节 Labour Day 劳动节 Labour Day/劳动节 Labour Day",
                "春节调休上班 春节调休上班/null");
        assertThat(slm.get("/api/calendars/named-days/holidays").body()).contains(
                "2027-01-01,HOLIDAY,元旦,New Year's Day,\n", "2027-02-06,WORKDAY,春节调休上班,,FRIDAY\n",
                "2027-05-01,HOLIDAY,劳动节 Labour Day,劳动节 Labour Day,\n");
    }

    /** Each holiday's, then each make-up day's names as "name nameZh/nameEn". */
    private static List<String> names(JsonNode calendar) {
        List<String> names = new ArrayList<>();
        for (String list : List.of("holidays", "workdays")) {
            calendar.get(list).forEach(d -> names.add(d.get("name").asString(null) + " " + d.get("nameZh").asString(null)
                    + "/" + d.get("nameEn").asString(null)));
        }
        return names;
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
