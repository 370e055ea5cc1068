package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every update carries the version it was based on, the same way for every record type: none answers 428
 * (version-required, naming {@code version}), a string or a fraction 400, a stale one 409; nothing is saved.
 */
@ServalTest
class VersionRuleTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    /** Record type: where it is read and written, who may write it, and a field the test changes. */
    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("/api/organisations/CUST-B", null, "admin", "name"),
                Arguments.of("/api/users/agent", null, "admin", "displayName"),
                Arguments.of("/api/calendars/cn-standard", null, "slm", "description"),
                Arguments.of("/api/services/EMAIL", null, "slm", "deliveryNotes"),
                Arguments.of("/api/service-requirements/", "/api/service-requirements", "brm", "expectations"),
                Arguments.of("/api/agreements/", "/api/agreements", "slm", "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void anUpdateMustSayWhichVersionItWasBasedOn(String path, String list, String editor, String field) {
        Api api = Api.as(port, editor);
        String record = list == null ? path : path + firstKey(api, list);
        ObjectNode body = editable(api.get(record).json());
        String before = api.get(record).body();
        long version = body.get("version").asLong();

        body.remove("version");
        body.put(field, "without a version");
        Api.Response missing = api.put(record, body.toString());
        body.put("version", String.valueOf(version));
        Api.Response text = api.put(record, body.toString());
        body.put("version", version + 0.5);
        Api.Response fraction = api.put(record, body.toString());
        body.put("version", version + 7);
        Api.Response stale = api.put(record, body.toString());

        assertThat(missing.status()).as(missing.body()).isEqualTo(428);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:serval:problem:version-required");
        assertThat(BadInputTest.fields(missing)).containsExactly("version");
        assertThat(text.status()).isEqualTo(400);
        assertThat(BadInputTest.fields(text)).containsExactly("version");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(record).body()).isEqualTo(before);

        body.put("version", version);
        body.put(field, "with its version");
        assertThat(api.put(record, body.toString()).status()).isEqualTo(200);
    }

    @Test
    void aHolidayImportMustSayWhichVersionItWasBasedOn() {
        Api slm = Api.as(port, "slm");
        long version = slm.get("/api/calendars/cn-standard").json().get("version").asLong();
        String file = "2031-01-01,HOLIDAY,New Year\n";

        assertThat(slm.post("/api/calendars/cn-standard/holidays", "text/csv", file).status()).isEqualTo(428);
        assertThat(slm.post("/api/calendars/cn-standard/holidays?version=" + (version + 1), "text/csv", file).status())
                .isEqualTo(409);
        assertThat(slm.get("/api/calendars/cn-standard/holidays").body()).doesNotContain("2031-01-01");
        assertThat(slm.post("/api/calendars/cn-standard/holidays?version=" + version, "text/csv", file).status())
                .isEqualTo(200);
    }

    @Test
    void aFormThatLostItsVersionIsRefusedAndSavesNothing() throws Exception {
        mvc.perform(post("/admin/organisations/CUST-A/edit").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("nameEn", "Renamed without a version").param("kind", "CUSTOMER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));

        assertThat(Api.as(port, "admin").get("/api/organisations/CUST-A").json().get("name").asString())
                .isNotEqualTo("Renamed without a version");
    }

    /** The body to send back: an agreement is edited through its document. */
    private static ObjectNode editable(JsonNode read) {
        if (read.has("document")) {
            ObjectNode document = (ObjectNode) read.get("document");
            document.put("version", read.get("version").asLong());
            return document;
        }
        return (ObjectNode) read;
    }

    private static String firstKey(Api api, String list) {
        JsonNode first = api.get(list).rows().get(0);
        return first.has("id") ? first.get("id").asString() : first.get("code").asString();
    }
}
