package io.serval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServalTest
class UserAdministrationTest {

    @LocalServerPort
    int port;

    @Test
    void adminCreatesAUserWhoCanThenLogIn() {
        Api.Response created = Api.as(port, "admin").post("/api/users", """
                {"username":"customer3","displayName":"Carol","email":"carol@example.com","organisation":"CUST-A",
                 "roles":["CUSTOMER"],"enabled":true,"password":"s3cret-pass"}""");
        assertThat(created.status()).isEqualTo(201);

        JsonNode me = Api.as(port, "customer3", "s3cret-pass").get("/api/me").json();
        assertThat(me.get("organisation").asString()).isEqualTo("CUST-A");
    }

    @Test
    void invalidUserIsRefusedFieldByFieldAndNothingIsSaved() {
        Api.Response response = Api.as(port, "admin").post("/api/users", """
                {"username":"Bad Name","displayName":"","organisation":"NOPE","roles":[],"password":"short"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.json())).contains("username", "displayName", "organisation", "roles", "password");
    }

    @Test
    void aCustomerRoleNeedsACustomerOrganisation() {
        Api.Response response = Api.as(port, "admin").post("/api/users", """
                {"username":"mixed","displayName":"Mixed","organisation":"PROV-1","roles":["CUSTOMER"],"password":"long-enough"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).containsExactly("roles");
        assertThat(Api.as(port, "admin").get("/api/users/mixed").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageUsersAndOrganisations() {
        String user = """
                {"username":"sneaky","displayName":"S","organisation":"SERVAL","roles":["ADMIN"],"password":"long-enough"}""";
        assertThat(Api.as(port, "slm").post("/api/users", user).status()).isEqualTo(403);
        assertThat(Api.as(port, "customer1").post("/api/users", user).status()).isEqualTo(403);
        assertThat(Api.as(port, "agent").post("/api/organisations", "{\"code\":\"X\",\"name\":\"X\",\"kind\":\"CUSTOMER\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void aStaleEditIsRefusedWithConflict() {
        Api admin = Api.as(port, "admin");
        JsonNode organisation = admin.get("/api/organisations/CUST-B").json();
        long version = organisation.get("version").asLong();

        assertThat(admin.put("/api/organisations/CUST-B",
                "{\"name\":\"Customer B Ltd\",\"kind\":\"CUSTOMER\",\"version\":" + version + "}").status()).isEqualTo(200);
        Api.Response stale = admin.put("/api/organisations/CUST-B",
                "{\"name\":\"Customer B Group\",\"kind\":\"CUSTOMER\",\"version\":" + version + "}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("/api/organisations/CUST-B").json().get("name").asString()).isEqualTo("Customer B Ltd");
    }

    @Test
    void changesAreAuditedWithBeforeAndAfter() {
        Api admin = Api.as(port, "admin");
        long version = admin.get("/api/organisations/PROV-2").json().get("version").asLong();
        admin.put("/api/organisations/PROV-2", "{\"name\":\"Provider Two\",\"kind\":\"PROVIDER\",\"version\":" + version + "}");

        Api.Response audit = admin.get("/api/audit?type=Organisation&key=PROV-2");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        JsonNode entry = audit.json().get("content").get(0);
        assertThat(entry.get("actor").asString()).isEqualTo("admin");
        assertThat(entry.get("action").asString()).isEqualTo("UPDATE");
        JsonNode change = entry.get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("name");
        assertThat(change.get("after").asString()).isEqualTo("Provider Two");
        assertThat(change.get("before").asString()).isNotEqualTo("Provider Two");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
