package io.serval.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServalTest
class CatalogApiTest {

    private static final String VPN = """
            {"code":"%s","nameZh":"远程办公","nameEn":"Remote working","descriptionEn":"Work from home as at the office.",
             "owner":"slm","components":["VPN gateway","Laptops"],"deliveryNotes":"Service desk sets it up.",
             "calendar":"cn-standard",
             "packages":[{"code":"PREMIUM","nameZh":"金牌","nameEn":"Premium","calendar":"24x7","description":"24 h hotline"},
                         {"code":"BASIC","nameEn":"Basic","description":"Office hours"}]}""";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"customer1", "provider1", "agent", "engineer", "slm"})
    void everyRoleBrowsesTheCatalog(String username) {
        Api.Response response = Api.as(port, username).get("/api/services");
        assertThat(response.status()).isEqualTo(200);
        assertThat(codes(response.rows())).contains("EMAIL", "DESKTOP", "NETWORK", "ERP", "POWER-REPAIR", "METER-INSTALL");
        response.rows().forEach(s -> assertThat(s.get("name").asString()).isNotBlank());
        assertThat(Api.as(port, username).get("/api/services/EMAIL").json().get("packages")).hasSize(3);
    }

    @Test
    void nameFollowsTheCallersLanguage() {
        assertThat(Api.as(port, "customer1").inLanguage("zh-CN").get("/api/services/EMAIL").json().get("name").asString())
                .isEqualTo("企业邮箱");
        assertThat(Api.as(port, "customer1").inLanguage("en").get("/api/services/EMAIL").json().get("name").asString())
                .isEqualTo("Corporate e-mail");
    }

    @Test
    void searchFindsServicesByTextAndStatus() {
        Api agent = Api.as(port, "agent");
        assertThat(codes(agent.get("/api/services?q=meter").rows())).containsExactly("METER-INSTALL");
        assertThat(codes(agent.get("/api/services?q=%E6%8A%A2%E4%BF%AE").rows())).as("抢修").containsExactly("POWER-REPAIR");
        assertThat(codes(agent.get("/api/services?q=oracle").rows())).as("a component").containsExactly("ERP");
        assertThat(codes(agent.get("/api/services?q=meter&status=RETIRED").rows())).isEmpty();
        assertThat(agent.get("/api/services?status=GONE").status()).isEqualTo(400);
    }

    @Test
    void serviceLevelManagerCreatesReadsAndUpdatesAService() {
        Api slm = Api.as(port, "slm");
        Api.Response created = slm.post("/api/services", VPN.formatted("VPN"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode vpn = created.json();
        assertThat(vpn.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(vpn.get("packages").get(1).get("calendar").asString())
                .as("a package without a calendar runs on the service's").isEqualTo("cn-standard");
        assertThat(vpn.get("components")).hasSize(2);

        JsonNode read = slm.get("/api/services/VPN").json();
        String changed = read.toString().replace("\"Remote working\"", "\"Remote work\"");
        Api.Response updated = slm.put("/api/services/VPN", changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("nameEn").asString()).isEqualTo("Remote work");
        assertThat(updated.json().get("version").asLong()).isGreaterThan(read.get("version").asLong());
        assertThat(Api.as(port, "customer1").inLanguage("en").get("/api/services?q=remote%20work").rows().get(0).get("name").asString())
                .isEqualTo("Remote work");
    }

    @Test
    void invalidServiceIsRefusedNamingEveryField() {
        Api slm = Api.as(port, "slm");
        Api.Response refused = slm.post("/api/services", """
                {"code":"bad code","owner":"nobody","calendar":"mars","components":["a","A"],
                 "packages":[{"code":"GOLD","nameEn":"Gold","calendar":"venus"},{"code":"GOLD","nameEn":"Gold again"}]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactlyInAnyOrder("code", "nameZh", "nameEn", "owner", "calendar",
                "components[1]", "packages[0].calendar", "packages[1].code");
        assertThat(fields(slm.post("/api/services", VPN.formatted("EMAIL")))).containsExactly("code");
        assertThat(slm.get("/api/services/bad%20code").status()).isEqualTo(404);
    }

    @Test
    void aStaleUpdateIsRefusedWith409() {
        Api slm = Api.as(port, "slm");
        JsonNode read = slm.post("/api/services", VPN.formatted("STALE")).json();
        assertThat(slm.put("/api/services/STALE", read.toString().replace("Remote working", "First")).status()).isEqualTo(200);

        Api.Response stale = slm.put("/api/services/STALE", read.toString().replace("Remote working", "Second"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(slm.get("/api/services/STALE").json().get("nameEn").asString()).isEqualTo("First");
    }

    @Test
    void onlyAdministratorsAndServiceLevelManagersChangeTheCatalog() {
        for (String username : List.of("agent", "customer1", "provider1", "brm")) {
            assertThat(Api.as(port, username).post("/api/services", VPN.formatted("X-" + username)).status())
                    .as(username).isEqualTo(403);
            assertThat(Api.as(port, username).put("/api/services/EMAIL", VPN.formatted("EMAIL")).status())
                    .as(username).isEqualTo(403);
            assertThat(Api.as(port, username).post("/api/catalog/versions", "{}").status()).as(username).isEqualTo(403);
        }
        assertThat(Api.anonymous(port).get("/api/services").status()).isEqualTo(401);
        assertThat(Api.as(port, "admin").post("/api/services", VPN.formatted("BY-ADMIN")).status()).isEqualTo(201);
        assertThat(Api.as(port, "agent").get("/api/services/NOPE").status()).isEqualTo(404);
    }

    @Test
    void retiringAServiceKeepsItReadable() {
        Api slm = Api.as(port, "slm");
        JsonNode read = slm.post("/api/services", VPN.formatted("OLD")).json();
        ((tools.jackson.databind.node.ObjectNode) read).put("status", "RETIRED");
        assertThat(slm.put("/api/services/OLD", read.toString()).status()).isEqualTo(200);
        assertThat(codes(slm.get("/api/services?status=RETIRED").rows())).containsExactly("OLD");
        assertThat(codes(slm.get("/api/services?status=ACTIVE").rows())).doesNotContain("OLD");
    }

    static List<String> codes(JsonNode services) {
        List<String> codes = new ArrayList<>();
        services.forEach(s -> codes.add(s.get("code").asString()));
        return codes;
    }

    static List<String> fields(Api.Response problem) {
        assertThat(problem.status()).as(problem.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
