package io.serval.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@ServalTest
class ServiceRequirementApiTest {

    private static final String SPEC = """
            {"organisation":"%s","service":"%s","expectations":"Desks fixed within the day",
             "availableTimes":"Working days 09:00-18:00","calendar":"cn-standard","continuity":"Spare laptops on site",
             "functions":"PCs, printers","baselines":"2024: 40 calls a month","availabilityPercent":99.5,
             "maxFailures":3,"failurePeriod":"P1M","meanTimeBetweenFailures":"P10D","maxFailureDuration":"PT4H",
             "responseTime":"PT30M","turnaroundTime":"P2D","answeringAgreement":"SLA-CUST-A"}""";

    @LocalServerPort
    int port;

    @Test
    void customersSeeOnlyTheirOwnOrganisationsSpecifications() {
        Api staff = Api.as(port, "agent");
        assertThat(organisations(staff.get("/api/service-requirements").rows())).contains("CUST-A", "CUST-B");
        long ofCustomerB = staff.get("/api/service-requirements?organisation=CUST-B&service=NETWORK").rows().get(0).get("id").asLong();
        long ofCustomerA = staff.get("/api/service-requirements?organisation=CUST-A").rows().get(0).get("id").asLong();

        Api customer1 = Api.as(port, "customer1");
        assertThat(organisations(customer1.get("/api/service-requirements").rows())).containsOnly("CUST-A");
        assertThat(customer1.get("/api/service-requirements?organisation=CUST-B").rows()).isEmpty();
        assertThat(customer1.get("/api/service-requirements/" + ofCustomerB).status()).isEqualTo(404);
        JsonNode own = customer1.get("/api/service-requirements/" + ofCustomerA).json();
        assertThat(own.get("service").asString()).isEqualTo("EMAIL");
        assertThat(own.get("responseTime").asString()).isEqualTo("PT15M");
        assertThat(Api.as(port, "provider1").get("/api/service-requirements").rows()).isEmpty();
    }

    @Test
    void businessRelationshipManagerRecordsAndRevisesASpecification() {
        Api brm = Api.as(port, "brm");
        Api.Response created = brm.post("/api/service-requirements", SPEC.formatted("CUST-A", "DESKTOP"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode spec = created.json();
        assertThat(spec.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.5");
        assertThat(spec.get("turnaroundTime").asString()).isEqualTo("P2D");
        assertThat(spec.get("organisationName").asString()).isEqualTo("Customer A");

        ObjectNode changed = (ObjectNode) spec;
        changed.put("responseTime", "pt20m");
        Api.Response updated = brm.put("/api/service-requirements/" + spec.get("id").asLong(), changed.toString());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("responseTime").asString()).isEqualTo("PT20M");
        assertThat(Api.as(port, "customer1").get("/api/service-requirements?service=DESKTOP").rows()).hasSize(1);

        changed.put("responseTime", "PT25M");
        assertThat(brm.put("/api/service-requirements/" + spec.get("id").asLong(), changed.toString()).status())
                .as("the version read before the first update is stale").isEqualTo(409);
        assertThat(fields(brm.post("/api/service-requirements", SPEC.formatted("CUST-A", "DESKTOP"))))
                .as("one specification per customer and service").containsExactly("service");
    }

    @Test
    void badMeasuresAreRefusedNamingTheField() {
        Api slm = Api.as(port, "slm");
        Api.Response refused = slm.post("/api/service-requirements", """
                {"organisation":"PROV-1","service":"NOPE","calendar":"mars","availabilityPercent":120,"maxFailures":-1,
                 "failurePeriod":"monthly","meanTimeBetweenFailures":"PT0S","maxFailureDuration":"4 hours",
                 "responseTime":"PT-5M","turnaroundTime":"P1M"}""");
        assertThat(fields(refused)).containsExactlyInAnyOrder("organisation", "service", "calendar",
                "availabilityPercent", "maxFailures", "failurePeriod", "meanTimeBetweenFailures", "maxFailureDuration",
                "responseTime", "turnaroundTime");
    }

    @Test
    void onlyAdministratorsServiceLevelAndRelationshipManagersWriteSpecifications() {
        for (String username : List.of("customer1", "agent", "provider1")) {
            assertThat(Api.as(port, username).post("/api/service-requirements", SPEC.formatted("CUST-A", "ERP")).status())
                    .as(username).isEqualTo(403);
        }
        assertThat(Api.as(port, "admin").post("/api/service-requirements", SPEC.formatted("CUST-B", "ERP")).status())
                .isEqualTo(201);
    }

    private static List<String> organisations(JsonNode specs) {
        List<String> organisations = new ArrayList<>();
        specs.forEach(s -> organisations.add(s.get("organisation").asString()));
        return organisations;
    }

    private static List<String> fields(Api.Response problem) {
        return CatalogApiTest.fields(problem);
    }
}
