package io.serval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.PageSession;
import io.serval.support.PageSession.Page;
import io.serval.support.ServalTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A change to a user's status, roles or password takes effect on the next request of a page session they already
 * have open, not at their next login: the session ends and they are sent to log in again.
 */
@ServalTest
class StaleSessionTest {

    private static final String PASSWORD = "second-admin-pass";
    private static final Map<String, String> NEW_ORGANISATION = Map.of("code", "STALE-ORG", "nameEn", "Should not exist",
            "kind", "CUSTOMER");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api admin;
    private String deputy;

    @BeforeEach
    void aSecondAdministrator() {
        admin = Api.as(port, "admin");
        deputy = "deputy" + System.nanoTime() % 1_000_000;
        Api.Response created = admin.post("/api/users", """
                {"username":"%s","displayName":"Deputy","organisation":"SERVAL","roles":["ADMIN"],"password":"%s"}"""
                .formatted(deputy, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aDemotedAdministratorsOpenFormCanNoLongerCreateAnOrganisation() {
        PageSession page = loggedInWithTheOrganisationFormOpen();

        change("""
                {"displayName":"Deputy","organisation":"SERVAL","roles":["AGENT"],"enabled":true,"version":%d}""");
        Page submitted = page.post("/admin/organisations/new", NEW_ORGANISATION);

        assertThat(submitted.status()).isEqualTo(302);
        assertThat(submitted.redirect()).isEqualTo("/login?changed");
        assertThat(admin.get("/api/organisations/STALE-ORG").status()).isEqualTo(404);
        assertThat(page.get("/").redirect()).as("the session is over").endsWith("/login");
    }

    @Test
    void aDisabledUserIsLoggedOutOfTheirOpenSessionAndRefusedByTheApi() {
        PageSession page = loggedInWithTheOrganisationFormOpen();
        assertThat(Api.as(port, deputy, PASSWORD).get("/api/me").status()).isEqualTo(200);

        change("""
                {"displayName":"Deputy","organisation":"SERVAL","roles":["ADMIN"],"enabled":false,"version":%d}""");

        assertThat(page.post("/admin/organisations/new", NEW_ORGANISATION).redirect()).isEqualTo("/login?changed");
        assertThat(admin.get("/api/organisations/STALE-ORG").status()).isEqualTo(404);
        assertThat(Api.as(port, deputy, PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(new PageSession(port).logIn(deputy, PASSWORD).redirect()).isEqualTo("/login?error");
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedWithTheOldOne() {
        PageSession page = loggedInWithTheOrganisationFormOpen();

        change("""
                {"displayName":"Deputy","organisation":"SERVAL","roles":["ADMIN"],"enabled":true,
                 "password":"a-brand-new-pass","version":%d}""");

        assertThat(page.get("/admin/organisations/new").redirect()).isEqualTo("/login?changed");
        Page login = page.get("/login?changed");
        assertThat(login.body()).contains("id=\"login-changed\"");
    }

    @Test
    void aChangeMadeOnAnotherNodeIsSeenToo() {
        PageSession page = loggedInWithTheOrganisationFormOpen();

        // another node shares the database only: it changed the roles and counted up the credentials version
        jdbc.update("delete from app_user_role where user_id = (select id from app_user where username = ?)", deputy);
        jdbc.update("insert into app_user_role (user_id, role) select id, 'AGENT' from app_user where username = ?", deputy);
        jdbc.update("update app_user set credentials_version = credentials_version + 1 where username = ?", deputy);

        assertThat(page.post("/admin/organisations/new", NEW_ORGANISATION).redirect()).isEqualTo("/login?changed");
        assertThat(admin.get("/api/organisations/STALE-ORG").status()).isEqualTo(404);
    }

    @Test
    void anHtmxRequestOfAStaleSessionSendsTheWholePageToTheLogin() {
        PageSession page = loggedInWithTheOrganisationFormOpen();
        change("""
                {"displayName":"Deputy","organisation":"SERVAL","roles":["AGENT"],"enabled":true,"version":%d}""");

        Page answer = page.htmx("/calendars/cn-standard");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("HX-Redirect")).isEqualTo("/login?changed");
    }

    @Test
    void changesThatGrantOrTakeNothingKeepTheSessionOpen() {
        PageSession page = loggedInWithTheOrganisationFormOpen();

        change("""
                {"displayName":"Deputy Renamed","email":"deputy@example.com","organisation":"SERVAL","roles":["ADMIN"],
                 "language":"en","enabled":true,"version":%d}""");
        Page created = page.post("/admin/organisations/new", Map.of("code", "KEPT-ORG", "nameEn", "Kept", "kind", "CUSTOMER"));

        assertThat(created.redirect()).isEqualTo("/organisations/KEPT-ORG");
    }

    private PageSession loggedInWithTheOrganisationFormOpen() {
        PageSession page = new PageSession(port);
        assertThat(page.logIn(deputy, PASSWORD).redirect()).isEqualTo("/");
        assertThat(page.get("/admin/organisations/new").status()).isEqualTo(200);
        return page;
    }

    /** The administrator edits the deputy through the API; {@code %d} takes the version they read. */
    private void change(String userJson) {
        JsonNode current = admin.get("/api/users/" + deputy).json();
        Api.Response changed = admin.put("/api/users/" + deputy, userJson.formatted(current.get("version").asLong()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }
}
