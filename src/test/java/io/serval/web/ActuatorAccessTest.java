package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Load balancers read the health probes without logging in; metrics and the rest are for administrators. */
@ServalTest
class ActuatorAccessTest {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAnswerAnyone() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            Api.Response answer = Api.anonymous(port).get(probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().get("status").asString()).as(probe).isEqualTo("UP");
            assertThat(answer.json().has("components")).as(probe + " shows no details to strangers").isFalse();
        }
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(Api.anonymous(port).get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(Api.as(port, "customer1").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(Api.as(port, "agent").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void everyOtherEndpointIsForAdministratorsToo() {
        assertThat(Api.as(port, "customer1").get("/actuator/info").status()).isEqualTo(403);
        assertThat(Api.as(port, "customer1").get("/actuator").status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void administratorsSeeTheHealthDetails() {
        Api.Response health = Api.as(port, "admin").get("/actuator/health");
        assertThat(health.json().get("components").has("db")).isTrue();
    }
}
