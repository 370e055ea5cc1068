package io.serval.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ServalTest
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CalendarService calendars;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void formCreatesACalendarFromTheWeeklyGrid() throws Exception {
        mvc.perform(post("/calendars/new").with(as("slm")).with(csrf())
                        .param("code", "desk-shifts").param("nameZh", "服务台班次").param("nameEn", "Desk shifts")
                        .param("zone", "Asia/Shanghai")
                        .param("periods[0].day", "SATURDAY").param("periods[0].start", "08:00").param("periods[0].end", "20:00")
                        .param("periods[1].day", "SATURDAY").param("periods[1].start", "20:00").param("periods[1].end", "08:00")
                        .param("holidays[0].date", "2026-10-01").param("holidays[0].nameZh", "国庆节")
                        .param("holidays[0].nameEn", "National Day")
                        .param("workdays[0].date", "2026-10-10").param("workdays[0].worksAs", "SATURDAY"))
                .andExpect(redirectedUrl("/calendars/desk-shifts"));

        CalendarDefinition saved = calendars.definition("desk-shifts");
        assertThat(saved.periods()).hasSize(2);
        assertThat(saved.nameZh()).isEqualTo("服务台班次");
        assertThat(saved.nameEn()).isEqualTo("Desk shifts");
        assertThat(saved.holidays()).singleElement().satisfies(h -> {
            assertThat(h.nameZh()).isEqualTo("国庆节");
            assertThat(h.nameEn()).isEqualTo("National Day");
        });
        assertThat(saved.workdays()).singleElement().extracting(CalendarDefinition.Day::worksAs).isEqualTo("SATURDAY");
        mvc.perform(get("/calendars/desk-shifts").with(as("agent")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("20:00–08:00 +1")));
    }

    @Test
    void overlappingPeriodIsShownOnItsRowAndNothingIsSaved() throws Exception {
        mvc.perform(post("/calendars/new").with(as("slm")).with(csrf()).header("Accept-Language", "en")
                        .param("code", "clash").param("nameEn", "Clash").param("zone", "Asia/Shanghai")
                        .param("periods[0].day", "MONDAY").param("periods[0].start", "09:00").param("periods[0].end", "18:00")
                        .param("periods[1].day", "MONDAY").param("periods[1].start", "17:00").param("periods[1].end", "19:00")
                        .param("periods[2].day", "TUESDAY").param("periods[2].start", "9 am").param("periods[2].end", "18:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("9 am&quot; is not a time of day")))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(calendars.exists("clash")).isFalse();
    }

    @Test
    void agentsMayReadButNotEditCalendars() throws Exception {
        mvc.perform(get("/calendars/cn-standard").with(as("agent"))).andExpect(status().isOk());
        mvc.perform(get("/calendars/cn-standard/edit").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(post("/calendars/cn-standard/edit").with(as("agent")).with(csrf()).param("nameEn", "hijack"))
                .andExpect(status().isForbidden());
        assertThat(calendars.definition("cn-standard").name()).isNotEqualTo("hijack");
    }

    @Test
    void calculatorShowsTheDueTimeInTheCalendarsZone() throws Exception {
        mvc.perform(get("/calendars/cn-standard/calculate").with(as("agent")).header("Accept-Language", "en")
                        .param("start", "2025-09-30T17:00").param("hours", "2").param("to", "2025-10-09T10:00"))
                .andExpect(content().string(Matchers.containsString("2025-10-09 10:00:00")))
                .andExpect(content().string(Matchers.containsString("2:00:00")));
    }

    @Test
    void holidayFileImportRefusesTheWholeFileOnABadLine() throws Exception {
        long before = calendars.definition("cn-standard").holidays().size();
        var file = new MockMultipartFile("file", "2027.csv", "text/csv",
                "2027-01-01,HOLIDAY,元旦\n2027-02-30,HOLIDAY,bad\n".getBytes(StandardCharsets.UTF_8));
        String version = String.valueOf(calendars.definition("cn-standard").version());
        mvc.perform(multipart("/calendars/cn-standard/import").file(file).param("version", version).with(as("slm")).with(csrf()))
                .andExpect(redirectedUrl("/calendars/cn-standard"))
                .andExpect(flash().attribute("importErrors", Matchers.hasSize(1)));
        assertThat(calendars.definition("cn-standard").holidays()).hasSize((int) before);

        var good = new MockMultipartFile("file", "2027.csv", "text/csv",
                "2027-01-01,HOLIDAY,元旦\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/calendars/cn-standard/import").file(good).param("version", version).with(as("slm")).with(csrf()))
                .andExpect(flash().attribute("flash", "calendar.import.done"));
        assertThat(calendars.definition("cn-standard").holidays()).hasSize((int) before + 1);
    }
}
