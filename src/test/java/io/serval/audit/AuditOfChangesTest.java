package io.serval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit log keeps changes of any size, that a password or a language changed, and both names of a record named
 * in two languages.
 */
@ServalTest
class AuditOfChangesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aRenameKeepsBothNamesLabelledInTheReadersLanguageNotTheNameTheEditorSaw() throws Exception {
        Api admin = Api.as(port, "admin").inLanguage("zh-CN");
        ObjectNode organisation = (ObjectNode) admin.get("/api/organisations/CUST-A").json();
        organisation.put("nameZh", "客户甲集团");
        organisation.put("nameEn", "Customer A Group");
        assertThat(admin.put("/api/organisations/CUST-A", organisation.toString()).status()).isEqualTo(200);

        JsonNode entry = admin.get("/api/audit?type=Organisation&key=CUST-A").json().get("content").get(0);
        assertThat(entry.get("changes").values()).extracting(c -> c.get("field").asString() + ": "
                + c.get("before").asString() + " → " + c.get("after").asString())
                .containsExactlyInAnyOrder("nameZh: 客户甲 → 客户甲集团", "nameEn: Customer A → Customer A Group");
        for (String[] language : new String[][] {{"zh-CN", "中文名称", "英文名称"}, {"en", "Chinese name", "English name"}}) {
            mvc.perform(get("/audit").param("type", "Organisation").param("key", "CUST-A")
                            .with(user(users.loadUserByUsername("admin"))).header("Accept-Language", language[0]))
                    .andExpect(content().string(Matchers.allOf(Matchers.containsString(language[1]),
                            Matchers.containsString(language[2]), Matchers.containsString("Customer A Group"))));
        }
    }

    @Test
    void aPasswordChangeIsAuditedWithoutTheHash() {
        Api admin = Api.as(port, "admin");
        ObjectNode user = (ObjectNode) admin.get("/api/users/engineer").json();
        user.put("password", "a-new-secret");

        assertThat(admin.put("/api/users/engineer", user.toString()).status()).isEqualTo(200);

        JsonNode entry = admin.get("/api/audit?type=User&key=engineer").rows().get(0);
        assertThat(entry.get("changes").toString()).contains("passwordChanged").doesNotContain("$2a$")
                .doesNotContain("a-new-secret");
    }

    @Test
    void aLanguageChangeIsAudited() {
        assertThat(Api.as(port, "duty").put("/api/me/language", "{\"language\":\"en\"}").status()).isEqualTo(204);

        JsonNode entry = Api.as(port, "admin").get("/api/audit?type=User&key=duty").rows().get(0);
        assertThat(entry.get("actor").asString()).isEqualTo("duty");
        assertThat(entry.get("changes").get(0).get("field").asString()).isEqualTo("language");
        assertThat(entry.get("changes").get(0).get("after").asString()).isEqualTo("en");
    }

    @Test
    void aChangeLargerThanAnyFixedColumnIsAudited() {
        StringBuilder holidays = new StringBuilder();
        for (int day = 0; day < 1000; day++) {
            holidays.append(day == 0 ? "" : ",").append("{\"date\":\"%s\",\"name\":\"%s\"}"
                    .formatted(LocalDate.of(2030, 1, 1).plusDays(day), "假日 holiday ".repeat(14)));
        }
        Api.Response created = Api.as(port, "slm").post("/api/calendars", """
                {"code":"large","name":"Large","zone":"Asia/Shanghai","description":"%s",
                 "periods":[{"day":"MONDAY","start":"09:00","end":"18:00"}],"holidays":[%s]}"""
                .formatted("d".repeat(2000), holidays));

        assertThat(created.status()).isEqualTo(201);
        assertThat(Api.as(port, "admin").get("/api/audit?type=Calendar&key=large").json()
                .get("page").get("totalElements").asInt()).isEqualTo(1);
    }
}
