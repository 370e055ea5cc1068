package io.serval.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The due-date calculator answers every problem in place of the answer, in the user's language, and warns when a
 * span reaches years for which the calendar lists no holidays (2024-2026 are listed for cn-standard); the API
 * gives the same warnings.
 */
@ServalTest
class DueDateCalculatorTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anEnormousDurationIsRefusedInPlaceNotAServerError() throws Exception {
        MockHttpServletResponse answer = calculate("en", "start", "2026-03-02T09:00", "hours", "99999999");
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(body(answer)).contains("id=\"calc-error\"", "The due date would lie after the year 9999")
                .doesNotContain("id=\"calc-due\"");
        assertThat(Api.as(port, "agent").get("/api/calendars/cn-standard/due?start=2026-03-02T09:00&duration=PT99999999H")
                .json().get("errors").get(0).get("code").asString()).isEqualTo("validation.duration.tooLong");
    }

    @Test
    void anEmptyStartSaysWhatIsMissingInTheUsersLanguage() throws Exception {
        assertThat(body(calculate("en", "start", "", "hours", "4"))).contains("Enter the start date and time.");
        assertThat(body(calculate("zh-CN", "hours", "4"))).contains("请填写开始日期和时间。");
        assertThat(body(calculate("en", "start", "2026-03-02T09:00", "hours", "four")))
                .contains("“four” is not a whole number.");
    }

    @Test
    void anEndBeforeTheStartIsRefusedNotShownAsNegativeTime() throws Exception {
        String html = body(calculate("en", "start", "2026-03-03T09:00", "hours", "1", "to", "2026-03-02T09:00"));
        assertThat(html).contains("“Until” is before the start").doesNotContain("-9:00:00", "id=\"calc-elapsed\"");
    }

    @Test
    void aSpanIntoAYearWithoutHolidayDataIsWarnedOnThePageAndInTheApi() throws Exception {
        String html = body(calculate("en", "start", "2026-12-31T09:00", "hours", "40"));
        assertThat(html).contains("id=\"calc-warnings\"", "lists no holidays or make-up working days for 2027");
        assertThat(body(calculate("zh-CN", "start", "2026-12-31T09:00", "hours", "40"))).contains("没有 2027 年的节假日");
        assertThat(body(calculate("en", "start", "2026-03-02T09:00", "hours", "4"))).doesNotContain("calc-warnings");

        JsonNode due = Api.as(port, "agent").inLanguage("zh-CN")
                .get("/api/calendars/cn-standard/due?start=2029-01-02T09:00&duration=PT4H").json();
        assertThat(due.get("due").asString()).isEqualTo("2029-01-02T13:00:00+08:00");
        assertThat(due.get("warnings")).hasSize(1);
        assertThat(due.get("warnings").get(0).get("code").asString()).isEqualTo("calendar.warning.noHolidays");
        assertThat(due.get("warnings").get(0).get("message").asString()).contains("2029");

        JsonNode elapsed = Api.as(port, "agent")
                .get("/api/calendars/cn-standard/elapsed?from=2025-06-02T09:00&to=2028-01-03T10:00").json();
        assertThat(elapsed.get("seconds").asLong()).isPositive();
        assertThat(elapsed.get("warnings").get(0).get("message").asString()).contains("2027–2028");
        JsonNode listed = Api.as(port, "agent")
                .get("/api/calendars/cn-standard/elapsed?from=2025-06-03T09:00&to=2025-06-04T09:00").json();
        assertThat(listed.get("warnings")).isEmpty();
        assertThat(listed.get("duration").asString()).isEqualTo("PT9H");
    }

    @Test
    void weekdaysAreWrittenInTheUsersLanguage() throws Exception {
        assertThat(body(calculate("zh-CN", "start", "2026-03-05T09:00", "hours", "1"))).contains("2026-03-05 10:00:00 (周四)");
        assertThat(body(calculate("en", "start", "2026-03-05T09:00", "hours", "1"))).contains("2026-03-05 10:00:00 (Thu)");
    }

    @Test
    void customersReadACalendarWithoutItsEditingControls() throws Exception {
        String html = mvc.perform(get("/calendars/cn-standard").with(user(users.loadUserByUsername("customer1")))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"week-grid\"", "id=\"calculator\"")
                .doesNotContain("id=\"edit-calendar\"", "id=\"import-form\"", "id=\"nav-api\"");
    }

    private MockHttpServletResponse calculate(String language, String... params) throws Exception {
        var request = get("/calendars/cn-standard/calculate").with(user(users.loadUserByUsername("agent")))
                .header("Accept-Language", language);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
