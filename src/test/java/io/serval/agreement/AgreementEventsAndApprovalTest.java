package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The agreement, as the aggregate that owns its versions, announces what other modules must know: a version in
 * force, the targets that changed with it, a termination; a listener in another module gets them through the
 * event publication registry after the commit. With four-eyes approval (the production default) nobody approves
 * what they wrote or submitted.
 */
@ServalTest
@TestPropertySource(properties = "serval.agreements.four-eyes=true")
@Import(AgreementEventsAndApprovalTest.OtherModule.class)
class AgreementEventsAndApprovalTest {

    /** Stands for the clock engine: a listener in another module. */
    @TestConfiguration
    static class OtherModule {

        private final List<Object> announced = new CopyOnWriteArrayList<>();
        private final List<Object> received = new CopyOnWriteArrayList<>();

        // read through methods: the bean is a transactional proxy, whose own fields are empty
        List<Object> announced() {
            return announced;
        }

        List<Object> received() {
            return received;
        }

        void forget() {
            announced.clear();
            received.clear();
        }

        @EventListener({AgreementPublished.class, AgreementTargetsChanged.class, AgreementTerminated.class})
        void announced(Object event) {
            announced.add(event);
        }

        @ApplicationModuleListener
        void on(AgreementTargetsChanged changed) {
            received.add(changed);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    OtherModule otherModule;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishingAnnouncesTheVersionInForceAndTheTargetsItChanges() throws InterruptedException {
        otherModule.forget(); // what loading the demo agreements announced
        long completedBefore = completed();
        Api slm = Api.as(port, "slm");
        Api admin = Api.as(port, "admin");
        JsonNode sla = slm.get("/api/agreements/SLA-CUST-A").json();
        assertThat(slm.put("/api/agreements/SLA-CUST-A/targets/RES-P1",
                "{\"duration\":\"PT3H\",\"version\":" + sla.get("version").asLong() + "}").status()).isEqualTo(200);
        assertThat(slm.post("/api/agreements/SLA-CUST-A/submit", "").status()).isEqualTo(200);
        assertThat(admin.post("/api/agreements/SLA-CUST-A/approve", "").status()).isEqualTo(200);
        int published = admin.post("/api/agreements/SLA-CUST-A/publish", "").json().get("versionNumber").asInt();

        AgreementTargetsChanged expected = new AgreementTargetsChanged("SLA-CUST-A", AgreementType.SLA, published, List.of("RES-P1"));
        assertThat(otherModule.announced()).containsExactly(
                new AgreementPublished("SLA-CUST-A", AgreementType.SLA, published, published - 1), expected);

        for (int i = 0; i < 100 && !otherModule.received().contains(expected); i++) {
            Thread.sleep(50);
        }
        assertThat(otherModule.received()).containsExactly(expected);
        for (int i = 0; i < 100 && completed() == completedBefore; i++) {
            Thread.sleep(50);
        }
        assertThat(completed()).as("the registry stored the publication and completed it").isEqualTo(completedBefore + 1);

        assertThat(admin.post("/api/agreements/SLA-A-EMAIL/terminate", "{\"reason\":\"ended\"}").status()).isEqualTo(200);
        assertThat(otherModule.announced()).last().isEqualTo(new AgreementTerminated("SLA-A-EMAIL", AgreementType.SLA, 1));
    }

    private long completed() {
        return jdbc.sql("select count(*) from event_publication where event_type like '%AgreementTargetsChanged' and completion_date is not null")
                .query(Long.class).single();
    }

    @Test
    void nobodyApprovesWhatTheyWroteOrSubmitted() {
        Api slm = Api.as(port, "slm");
        JsonNode sla = slm.get("/api/agreements/SLA-CUST-B").json();
        assertThat(slm.put("/api/agreements/SLA-CUST-B/targets/RES-P1",
                "{\"duration\":\"PT3H\",\"version\":" + sla.get("version").asLong() + "}").status()).isEqualTo(200);
        assertThat(slm.post("/api/agreements/SLA-CUST-B/submit", "").status()).isEqualTo(200);

        Api.Response refused = slm.post("/api/agreements/SLA-CUST-B/approve", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("agreement.rule.fourEyes").contains("someone else must approve it");
        assertThat(slm.get("/api/agreements/SLA-CUST-B").json().get("status").asString()).isEqualTo("IN_REVIEW");

        assertThat(Api.as(port, "admin").post("/api/agreements/SLA-CUST-B/approve", "").status()).isEqualTo(200);
        assertThat(slm.get("/api/agreements/SLA-CUST-B").json().get("status").asString()).isEqualTo("APPROVED");
    }
}
