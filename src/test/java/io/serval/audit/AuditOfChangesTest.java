package io.serval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The audit log keeps changes of any size, and that a password or a language changed. */
@ServalTest
class AuditOfChangesTest {

    @LocalServerPort
    int port;

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
