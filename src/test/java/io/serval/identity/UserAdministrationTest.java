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
        admin.put("/api/organisations/PROV-2", "{\"nameZh\":\"服务商二\",\"nameEn\":\"Provider Two\",\"kind\":\"PROVIDER\","
                + "\"version\":" + version + "}");

        Api.Response audit = admin.get("/api/audit?type=Organisation&key=PROV-2");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        JsonNode entry = audit.json().get("content").get(0);
        assertThat(entry.get("actor").asString()).isEqualTo("admin");
        assertThat(entry.get("action").asString()).isEqualTo("UPDATE");
        assertThat(entry.get("changes").values()).as("both names, not the one shown to the admin")
                .extracting(c -> c.get("field").asString() + ": " + c.get("after").asString())
                .containsExactlyInAnyOrder("nameZh: 服务商二", "nameEn: Provider Two");
    }

    @Test
    void anOrganisationNamedInBothLanguagesIsReadInTheCallersLanguage() {
        Api admin = Api.as(port, "admin");
        assertThat(admin.post("/api/organisations", """
                {"code":"BILINGUAL","nameZh":"双语客户","nameEn":"Bilingual customer","kind":"CUSTOMER"}""").status())
                .isEqualTo(201);

        JsonNode zh = Api.as(port, "admin").inLanguage("zh-CN").get("/api/organisations/BILINGUAL").json();
        assertThat(zh.get("name").asString()).isEqualTo("双语客户");
        assertThat(zh.get("nameZh").asString()).isEqualTo("双语客户");
        assertThat(zh.get("nameEn").asString()).isEqualTo("Bilingual customer");
        assertThat(Api.as(port, "admin").inLanguage("en").get("/api/organisations/BILINGUAL").json().get("name").asString())
                .isEqualTo("Bilingual customer");
        assertThat(Api.as(port, "admin").inLanguage("zh-CN").get("/api/organisations").rows().values())
                .filteredOn(o -> o.get("code").asString().equals("DESK"))
                .extracting(o -> o.get("name").asString()).containsExactly("服务台");
    }

    @Test
    void anOrganisationNamedInOneLanguageShowsThatNameInTheOther() {
        Api admin = Api.as(port, "admin");
        JsonNode created = admin.post("/api/organisations", """
                {"code":"ENGLISH-ONLY","nameEn":"English only","kind":"CUSTOMER"}""").json();
        assertThat(created.get("nameZh").isNull()).isTrue();
        assertThat(Api.as(port, "admin").inLanguage("zh-CN").get("/api/organisations/ENGLISH-ONLY").json().get("name")
                .asString()).isEqualTo("English only");

        long version = created.get("version").asLong();
        assertThat(admin.put("/api/organisations/ENGLISH-ONLY", """
                {"nameZh":"只有中文","kind":"CUSTOMER","version":%d}""".formatted(version)).status()).isEqualTo(200);
        assertThat(Api.as(port, "admin").inLanguage("en").get("/api/organisations/ENGLISH-ONLY").json().get("name")
                .asString()).isEqualTo("只有中文");
    }

    @Test
    void anOrganisationNeedsANameThatFitsItsColumnInOneLanguageAtLeast() {
        Api admin = Api.as(port, "admin");
        assertThat(fields(admin.post("/api/organisations", """
                {"code":"NAMELESS","nameZh":" ","kind":"CUSTOMER"}""").json())).containsExactly("nameZh", "nameEn");
        Api.Response tooLong = admin.post("/api/organisations", """
                {"code":"LONG","nameZh":"%s","nameEn":"two\\nlines","kind":"CUSTOMER"}""".formatted("长".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").values()).extracting(e -> e.get("field").asString() + " " + e.get("code").asString())
                .containsExactly("nameZh validation.tooLong", "nameEn validation.singleLine");
        assertThat(admin.get("/api/organisations/LONG").status()).isEqualTo(404);
    }

    @Test
    void aClientThatSendsOneNameNamesBothLanguages() {
        JsonNode created = Api.as(port, "admin").post("/api/organisations", """
                {"code":"ONE-NAME","name":"客户丙 Customer C","kind":"CUSTOMER"}""").json();
        assertThat(created.get("nameZh").asString()).isEqualTo("客户丙 Customer C");
        assertThat(created.get("nameEn").asString()).isEqualTo("客户丙 Customer C");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
