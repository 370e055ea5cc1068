package io.serval;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.calendar.CalendarService;
import io.serval.calendar.CalendarSummary;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
}
