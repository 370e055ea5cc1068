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
class CatalogVersionsTest {

    @LocalServerPort
    int port;

    @Test
    void demoCatalogIsPublishedAsVersionOneWithEveryServiceAdded() {
        Api customer = Api.as(port, "customer1");
        JsonNode versions = customer.get("/api/catalog/versions").rows();
        assertThat(versions.get(versions.size() - 1).get("number").asInt()).isEqualTo(1);
        JsonNode first = customer.get("/api/catalog/versions/1").json();
        assertThat(CatalogApiTest.codes(first.get("services"))).contains("EMAIL", "POWER-REPAIR");
        JsonNode diff = customer.get("/api/catalog/versions/1/diff").json();
        assertThat(diff.get("previous").isNull()).isTrue();
        assertThat(CatalogApiTest.codes(diff.get("added"))).hasSize(first.get("services").size());
        assertThat(customer.get("/api/catalog/versions/999").status()).isEqualTo(404);
    }

    @Test
    void publishingAfterAChangeCreatesAVersionWhoseDiffShowsTheChangedFields() {
        Api slm = Api.as(port, "slm");
        ObjectNode email = (ObjectNode) slm.get("/api/services/EMAIL").json();
        email.put("owner", "admin");
        ((tools.jackson.databind.node.ArrayNode) email.get("components")).add("Backup MX");
        ((ObjectNode) email.get("packages").get(0)).put("calendar", "cn-standard");
        assertThat(slm.put("/api/services/EMAIL", email.toString()).status()).isEqualTo(200);
        ObjectNode erp = (ObjectNode) slm.get("/api/services/ERP").json();
        erp.put("status", "RETIRED");
        assertThat(slm.put("/api/services/ERP", erp.toString()).status()).isEqualTo(200);
        assertThat(slm.post("/api/services", """
                {"code":"PRINT","nameEn":"Printing","owner":"slm","calendar":"cn-standard"}""").status()).isEqualTo(201);

        JsonNode pending = slm.get("/api/catalog/unpublished-changes").json();
        assertThat(pending.get("version").isNull()).isTrue();
        assertThat(CatalogApiTest.codes(pending.get("added"))).containsExactly("PRINT");

        Api.Response published = slm.post("/api/catalog/versions", """
                {"note":"E-mail owner handed over, ERP retired"}""");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        int number = published.json().get("number").asInt();
        assertThat(published.json().get("publishedBy").asString()).isEqualTo("slm");
        assertThat(published.json().get("note").asString()).isEqualTo("E-mail owner handed over, ERP retired");

        JsonNode diff = Api.as(port, "customer2").get("/api/catalog/versions/" + number + "/diff").json();
        assertThat(diff.get("previous").asInt()).isEqualTo(number - 1);
        assertThat(CatalogApiTest.codes(diff.get("added"))).containsExactly("PRINT");
        assertThat(CatalogApiTest.codes(diff.get("removed"))).containsExactly("ERP");
        assertThat(CatalogApiTest.codes(diff.get("changed"))).containsExactly("EMAIL");
        List<String> changes = new ArrayList<>();
        diff.get("changed").get(0).get("fields").forEach(f ->
                changes.add(f.get("field").asString() + ": " + text(f.get("before")) + " -> " + text(f.get("after"))));
        assertThat(changes).containsExactly("owner: slm -> admin", "components: - -> Backup MX",
                "packages[PREMIUM].calendar: 24x7 -> cn-standard");

        JsonNode snapshot = slm.get("/api/catalog/versions/" + number).json();
        assertThat(CatalogApiTest.codes(snapshot.get("services"))).contains("PRINT").doesNotContain("ERP");
        assertThat(slm.get("/api/catalog/versions/" + (number - 1)).body()).as("older versions stay as published")
                .contains("\"ERP\"");
        assertThat(slm.get("/api/catalog/unpublished-changes").json().get("changed")).isEmpty();
        assertThat(Api.as(port, "customer1").get("/api/catalog/unpublished-changes").status())
                .as("work in progress is for those who publish").isEqualTo(403);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "-" : value.asString();
    }
}
