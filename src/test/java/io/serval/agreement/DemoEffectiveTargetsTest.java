package io.serval.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import io.serval.agreement.internal.AgreementReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The effective target of every demo customer, service, priority and metric, pinned as the answers the lookup gave
 * before it was answered from the agreement read model: a faster lookup must not change a single answer.
 * (Percentages are written as plain numbers: the document's 99.0 is the column's 99.)
 */
@ServalTest
class DemoEffectiveTargetsTest {

    private static final List<String> PRIORITIES = List.of("", "P1", "P2", "P3", "P4", "P5");

    @LocalServerPort
    int port;

    @Autowired
    EffectiveTargets effectiveTargets;

    @Autowired
    Clock clock;

    @Autowired
    AgreementReadModel readModel;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyDemoLookupAnswersAsBefore() throws IOException {
        assertAnswersAsBefore();
    }

    @Test
    void theReadModelRebuiltFromTheDocumentsAnswersTheSame() throws IOException {
        transaction.executeWithoutResult(status -> {
            readModel.rebuild();
            assertThat(readModel.incomplete()).isFalse();
        });
        assertAnswersAsBefore();
    }

    private void assertAnswersAsBefore() throws IOException {
        Api slm = Api.as(port, "slm");
        List<String> customers = StreamSupport.stream(items(slm.get("/api/organisations?size=200").json()).spliterator(), false)
                .filter(o -> "CUSTOMER".equals(o.get("kind").asString())).map(o -> o.get("code").asString()).sorted().toList();
        List<String> services = StreamSupport.stream(items(slm.get("/api/services?size=200").json()).spliterator(), false)
                .map(s -> s.get("code").asString()).sorted().toList();
        assertThat(customers).as("demo customers").hasSizeGreaterThanOrEqualTo(2);
        assertThat(services).as("demo services").hasSizeGreaterThanOrEqualTo(3);

        List<String> answers = new ArrayList<>();
        for (String customer : customers) {
            for (String service : services) {
                for (Metric metric : Metric.values()) {
                    for (String priority : PRIORITIES) {
                        answers.add(String.join(",", customer, service, metric.name(), priority,
                                effectiveTargets.find(customer, service, priority, metric, LocalDate.now(clock))
                                        .map(DemoEffectiveTargetsTest::answer).orElse("none")));
                    }
                }
            }
        }

        assertThat(answers).as("answers found").anyMatch(a -> a.contains("PT"));
        String actual = String.join("\n", answers) + "\n";
        if (!actual.equals(pinned())) {
            Files.writeString(Path.of("target/demo-effective-targets.actual.csv"), actual); // to diff against the pinned file
        }
        assertThat(actual).isEqualTo(pinned());
        JsonNode viaApi = slm.get("/api/agreements/effective-target?customer=CUST-A&service=DESKTOP&priority=P2&metric=RESOLUTION").json();
        assertThat(answer(viaApi)).as("the API answers the same").isEqualTo("CORP-SLA RES-P2 PT16H - - - cn-standard SLA-CUST-A true");
    }

    /** A list answer, plain or paged. */
    private static JsonNode items(JsonNode list) {
        return list.isArray() ? list : list.get("content");
    }

    private static String answer(EffectiveTarget t) {
        return String.join(" ", t.agreement(), t.target(), Objects.toString(t.duration(), "-"),
                t.percent() == null ? "-" : t.percent().toString(), Objects.toString(t.count(), "-"),
                Objects.toString(t.period(), "-"), t.calendar(), t.appliedAgreement(), String.valueOf(t.inherited()));
    }

    private static String answer(JsonNode t) {
        return String.join(" ", t.get("agreement").asString(), t.get("target").asString(), t.path("duration").asString("-"),
                t.path("percent").asString("-"), t.path("count").asString("-"), t.path("period").asString("-"),
                t.get("calendar").asString(), t.get("appliedAgreement").asString(), String.valueOf(t.get("inherited").asBoolean()));
    }

    private static String pinned() throws IOException {
        try (InputStream in = DemoEffectiveTargetsTest.class.getResourceAsStream("/agreement/demo-effective-targets.csv")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
