package io.serval.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Serval seeds its start-up data before the web server takes a request, and reports ready only after that. */
@ServalTest
class SeedingBeforeTrafficTest {

    @LocalServerPort
    int port;

    @Test
    void theWebServerWasNotListeningWhileTheStartUpDataWasSeeded() {
        assertThat(SeedingWitness.firstSeed()).as("the first seeding ran").isNotNull();
        assertThat(SeedingWitness.firstSeed().serverPort()).as("server port known while seeding").isNull();
        assertThat(SeedingWitness.firstSeed().readiness()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
    }

    @Test
    void theReadinessProbeReportsReadyOnceSeeded() {
        Api.Response readiness = Api.anonymous(port).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }
}
