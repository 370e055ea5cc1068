package io.serval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.PageSession;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Wrong passwords lock the user name after five tries (and the client address after thirty), for the form and the
 * API alike, in the database every node shares; locks are audited and an administrator lifts them.
 */
@ServalTest
class LoginThrottleTest {

    private static final String LOCKED = "urn:serval:problem:login-locked";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetFailures() {
        clock.reset();
        jdbc.update("delete from login_throttle");
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameEvenForItsRightPassword() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(Api.as(port, "agent", "wrong").get("/api/me").status()).isEqualTo(401);
        }
        Api.Response fifth = Api.as(port, "agent", "wrong").get("/api/me");
        Api.Response right = Api.as(port, "agent").get("/api/me");

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.contentType()).startsWith("application/problem+json");
        assertThat(right.json().get("type").asString()).isEqualTo(LOCKED);
        assertThat(right.json().get("lockedUntil").asString()).isNotBlank();
        assertThat(Api.as(port, "duty").get("/api/me").status()).as("other users are not locked").isEqualTo(200);
    }

    @Test
    void thirtyWrongPasswordsAtOnceLockTheUserNameOnceAndAreAuditedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(pool.submit(() -> Api.as(port, "engineer", "guess").get("/api/me").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(401, 429).contains(429);
        assertThat(Api.as(port, "engineer").get("/api/me").status()).isEqualTo(429);
        JsonNode audit = Api.as(port, "admin").get("/api/audit?type=LoginLock&key=user:engineer").rows();
        assertThat(audit.size()).isEqualTo(1);
        assertThat(audit.get(0).get("action").asString()).isEqualTo("CREATE");
    }

    @Test
    void theLockEndsByItselfAfterTheLockDuration() {
        lock("dispatcher");
        assertThat(Api.as(port, "dispatcher").get("/api/me").status()).isEqualTo(429);

        clock.setTo(clock.instant().plus(Duration.ofMinutes(16)));

        assertThat(Api.as(port, "dispatcher").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksAUserThroughTheApiAndTheAuditLogSaysSo() {
        lock("brm");
        Api admin = Api.as(port, "admin");
        JsonNode locks = admin.get("/api/login-locks").json();
        assertThat(locks.findValuesAsString("subject")).contains("brm");

        assertThat(Api.as(port, "slm").delete("/api/login-locks/users/brm").status()).isEqualTo(403);
        assertThat(admin.delete("/api/login-locks/users/brm").status()).isEqualTo(204);
        assertThat(admin.delete("/api/login-locks/users/brm").status()).isEqualTo(404);

        assertThat(Api.as(port, "brm").get("/api/me").status()).isEqualTo(200);
        JsonNode audit = admin.get("/api/audit?type=LoginLock&key=user:brm").rows();
        assertThat(audit.findValuesAsString("action")).containsExactlyInAnyOrder("CREATE", "DELETE");
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("admin");
    }

    @Test
    void theLoginFormSaysTheNameIsLockedInBothLanguagesAndTheUsersPageUnlocksIt() {
        lock("survey");
        PageSession browser = new PageSession(port);
        assertThat(browser.logIn("survey", "demo").redirect()).isEqualTo("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("id=\"login-locked\"").contains("locked until");
        assertThat(browser.inLanguage("zh-CN").get("/login?locked").body()).contains("id=\"login-locked\"").contains("登录已被暂时锁定");

        PageSession admin = new PageSession(port);
        admin.logIn("admin", "demo");
        assertThat(admin.get("/admin/users").body()).contains("id=\"locked-survey\"");
        assertThat(admin.post("/admin/users/unlock", Map.of("kind", "USER", "subject", "survey")).redirect())
                .isEqualTo("/admin/users");
        assertThat(admin.get("/admin/users").body()).doesNotContain("id=\"locked-survey\"");

        assertThat(new PageSession(port).logIn("survey", "demo").redirect()).isEqualTo("/");
    }

    @Test
    void thirtyFailuresFromOneAddressLockItForEveryUserName() {
        for (int i = 0; i < 30; i++) {
            Api.as(port, "nobody" + i, "wrong").get("/api/me");
        }

        Api.Response someoneElse = Api.as(port, "quality").get("/api/me");

        assertThat(someoneElse.status()).isEqualTo(429);
        assertThat(someoneElse.json().get("type").asString()).isEqualTo(LOCKED);
    }

    @Test
    void aRightPasswordForgetsEarlierFailuresOfThatName() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.as(port, "finance", "wrong").get("/api/me");
        }
        assertThat(Api.as(port, "finance").get("/api/me").status()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(Api.as(port, "finance", "wrong").get("/api/me").status()).isEqualTo(401);
        }
    }

    @Test
    void anAbsurdlyLongUserNameIsCountedLikeAnyOther() {
        assertThat(Api.as(port, "x".repeat(500), "wrong").get("/api/me").status()).isEqualTo(401);
    }

    private void lock(String username) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.as(port, username, "wrong").get("/api/me");
        }
    }
}
