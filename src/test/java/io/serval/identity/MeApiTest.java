package io.serval.identity;

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
class MeApiTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "admin, ADMIN, SERVAL",
            "agent, AGENT, DESK",
            "duty, DUTY_MANAGER, DESK",
            "slm, SERVICE_LEVEL_MANAGER, SERVAL",
            "brm, BUSINESS_RELATIONSHIP_MANAGER, SERVAL",
            "quality, QUALITY_MANAGER, SERVAL",
            "finance, ACCOUNTS_PAYABLE, SERVAL",
            "customer1, CUSTOMER, CUST-A",
            "customer2, CUSTOMER, CUST-B",
            "provider1, PROVIDER, PROV-1",
            "provider2, PROVIDER, PROV-2"})
    void demoUsersHoldTheirRolesAndOrganisation(String username, String role, String organisation) {
        JsonNode me = Api.as(port, username).get("/api/me").json();
        assertThat(me.get("username").asString()).isEqualTo(username);
        assertThat(roles(me)).contains(role);
        assertThat(me.get("organisation").asString()).isEqualTo(organisation);
        assertThat(me.get("language").asString()).isIn("zh-CN", "en");
    }

    @Test
    void languageFollowsTheBrowserUntilTheUserChoosesOne() {
        assertThat(Api.as(port, "agent").inLanguage("zh-CN,zh;q=0.9").get("/api/me").json().get("language").asString())
                .isEqualTo("zh-CN");
        assertThat(Api.as(port, "agent").inLanguage("en-US").get("/api/me").json().get("language").asString())
                .isEqualTo("en");

        assertThat(Api.as(port, "agent").put("/api/me/language", "{\"language\":\"en\"}").status()).isEqualTo(204);

        assertThat(Api.as(port, "agent").inLanguage("zh-CN").get("/api/me").json().get("language").asString())
                .as("the user's choice wins over the browser's").isEqualTo("en");
    }

    @Test
    void unsupportedLanguageIsRefusedByField() {
        Api.Response response = Api.as(port, "agent").put("/api/me/language", "{\"language\":\"fr\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("language");
    }

    @Test
    void wrongPasswordAndNoCredentialsAnswer401ProblemJson() {
        Api.Response wrong = Api.as(port, "agent", "nope").get("/api/me");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous(port).get("/api/me").status()).isEqualTo(401);
    }

    private static List<String> roles(JsonNode me) {
        List<String> roles = new ArrayList<>();
        me.get("roles").forEach(r -> roles.add(r.asString()));
        return roles;
    }
}
