package io.serval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens act as their owner with the owner's current rights, until they expire or are revoked; the
 * token is shown once and never stored.
 */
@ServalTest
class ApiTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonNode issue(Api as, String body) {
        Api.Response created = as.post("/api/me/tokens", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aTokenActsAsItsOwnerUntilItIsRevoked() {
        Api customer = Api.as(port, "customer1");
        JsonNode created = issue(customer, "{\"name\":\"脚本 / script\",\"days\":30}");
        String token = created.get("token").asString();
        assertThat(token).startsWith("srv_").hasSizeGreaterThan(40);

        Api bearer = Api.withToken(port, token);
        assertThat(bearer.get("/api/me").json().get("username").asString()).isEqualTo("customer1");
        assertThat(bearer.get("/api/tickets").status()).isEqualTo(200);
        assertThat(bearer.get("/api/admin/mail").status()).as("the owner's rights, no more").isEqualTo(403);

        JsonNode listed = customer.get("/api/me/tokens").json().get(0);
        assertThat(listed.get("name").asString()).isEqualTo("脚本 / script");
        assertThat(listed.path("token").isNull() || listed.path("token").isMissingNode()).as("shown once").isTrue();
        assertThat(Api.as(port, "customer2").get("/api/me/tokens").json().size()).isZero();
        assertThat(Api.as(port, "customer2").delete("/api/me/tokens/" + created.get("id").asLong()).status()).isEqualTo(404);

        assertThat(customer.delete("/api/me/tokens/" + created.get("id").asLong()).status()).isEqualTo(204);
        Api.Response refused = bearer.get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenExpiresAndAWrongOneIsRefused() {
        String token = issue(Api.as(port, "agent"), "{\"name\":\"queue monitor\",\"days\":1}").get("token").asString();
        assertThat(Api.withToken(port, token).get("/api/me").status()).isEqualTo(200);
        clock.setTo(clock.instant().plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(Api.withToken(port, token).get("/api/me").status()).isEqualTo(401);
        assertThat(Api.withToken(port, "srv_nonsense").get("/api/me").status()).isEqualTo(401);
        assertThat(Api.as(port, "agent").post("/api/me/tokens", "{\"name\":\"\",\"days\":0}").body())
                .contains("\"name\"");
    }

    @Test
    void aTokensLastUseIsNotedAtMostOnceAMinute() {
        Api owner = Api.as(port, "appsupport");
        JsonNode created = issue(owner, "{\"name\":\"poller\",\"days\":5}");
        String token = created.get("token").asString();
        assertThat(lastUsed(owner, created.get("id").asLong())).as("not used yet").isNull();

        assertThat(Api.withToken(port, token).get("/api/me").status()).isEqualTo(200);
        Instant first = lastUsed(owner, created.get("id").asLong());
        assertThat(first).isNotNull();
        clock.setTo(first.plusSeconds(59));
        assertThat(Api.withToken(port, token).get("/api/me").status()).isEqualTo(200);
        assertThat(lastUsed(owner, created.get("id").asLong())).as("within the minute: no write").isEqualTo(first);
        clock.setTo(first.plusSeconds(61));
        assertThat(Api.withToken(port, token).get("/api/me").status()).isEqualTo(200);
        assertThat(lastUsed(owner, created.get("id").asLong())).isAfterOrEqualTo(first.plusSeconds(61));
    }

    private static Instant lastUsed(Api owner, long id) {
        for (JsonNode token : owner.get("/api/me/tokens").json()) {
            if (token.get("id").asLong() == id) {
                JsonNode at = token.path("lastUsedAt");
                return at.isMissingNode() || at.isNull() ? null : Instant.parse(at.asString());
            }
        }
        throw new AssertionError("no token " + id);
    }

    @Test
    void aDisabledOwnersTokenStopsWorking() {
        Api admin = Api.as(port, "admin");
        String token = issue(Api.as(port, "dispatcher"), "{\"name\":\"sync\"}").get("token").asString();
        JsonNode user = admin.get("/api/users/dispatcher").json();
        String body = user.toString().replace("\"enabled\":true", "\"enabled\":false");
        assertThat(admin.put("/api/users/dispatcher", body).status()).as(body).isEqualTo(200);
        assertThat(Api.withToken(port, token).get("/api/me").status()).isEqualTo(401);
    }
}
