package io.serval;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.calendar.CalendarService;
import io.serval.calendar.CalendarSummary;
import io.serval.desk.TicketFilter;
import io.serval.desk.TicketQueries;
import io.serval.desk.TicketView;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationView;
import java.time.Duration;
import java.time.Instant;
import io.serval.web.CappedPage;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The zero-setup mode: the same Flyway migrations and seeds run on H2 in PostgreSQL mode. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password="})
class EmbeddedDatabaseSmokeTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarService calendars;

    @Autowired
    IdentityService identity;

    @Autowired
    TicketQueries tickets;

    @Test
    void migrationsApplyOnH2AndDemoDataIsLoaded() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(calendars.list()).extracting(CalendarSummary::code).contains("24x7", "cn-standard");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('admin','customer1','provider2')",
                Integer.class)).isEqualTo(3);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void calendarsComputeAndOrganisationsReadOnH2() {
        Instant due = calendars.calendar("cn-standard").dueAt(Instant.parse("2025-01-24T09:00:00Z"), Duration.ofHours(2));
        assertThat(due).isEqualTo(Instant.parse("2025-01-26T02:00:00Z"));
        assertThat(identity.organisations()).extracting(OrganisationView::code).contains("CUST-A", "PROV-1");
    }

    /** The demo's 3,000 tickets: a list counts its matches up to 1,000 and says there are more. */
    @Test
    @WithMockUser(username = "agent", roles = "AGENT")
    void aLongTicketListIsCountedUpToABoundOnH2() {
        Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
        Page<TicketView> all = tickets.list(new TicketFilter(null, null, null, null, null, null, null, false),
                PageRequest.of(0, 25, newestFirst));
        assertThat(all.getContent()).hasSize(25).isSortedAccordingTo(Comparator.comparing(TicketView::createdAt).reversed());
        assertThat(all.getTotalElements()).isEqualTo(CappedPage.COUNT_LIMIT);
        assertThat(CappedPage.totalExact(all)).isFalse();
        assertThat(all.hasNext()).isTrue();

        String number = all.getContent().get(3).number();
        Page<TicketView> one = tickets.list(new TicketFilter(number.toLowerCase(), null, null, null, null, null, null, false),
                PageRequest.of(0, 25, newestFirst));
        assertThat(one.getContent()).extracting(TicketView::number).containsExactly(number);
        assertThat(one.getTotalElements()).isEqualTo(1);
        assertThat(CappedPage.totalExact(one)).isTrue();
    }
}
