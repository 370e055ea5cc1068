package io.serval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Customers and providers only ever see their own organisation's records, through the API and the pages. */
@ServalTest
class OrganisationScopingTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void customerListsOnlyTheirOwnOrganisation() {
        JsonNode organisations = Api.as(port, "customer1").get("/api/organisations").rows();
        assertThat(codes(organisations, "code")).containsExactly("CUST-A");
    }

    @Test
    void customerCannotReadAnotherCustomersOrganisation() {
        Api.Response response = Api.as(port, "customer1").get("/api/organisations/CUST-B");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Customer B");
    }

    @Test
    void customerSeesOnlyUsersOfTheirOwnOrganisation() {
        JsonNode users = Api.as(port, "customer1").get("/api/users?size=500").rows();
        assertThat(codes(users, "username")).containsExactly("customer1");
        assertThat(Api.as(port, "customer1").get("/api/users/customer2").status()).isEqualTo(404);
        assertThat(Api.as(port, "customer1").get("/api/users?organisation=CUST-B").rows()).isEmpty();
    }

    @Test
    void providerSeesOnlyTheirOwnOrganisation() {
        Api provider = Api.as(port, "provider1");
        assertThat(codes(provider.get("/api/organisations").rows(), "code")).containsExactly("PROV-1");
        assertThat(provider.get("/api/organisations/PROV-2").status()).isEqualTo(404);
        assertThat(provider.get("/api/users/provider2").status()).isEqualTo(404);
    }

    @Test
    void internalStaffSeeEveryOrganisation() {
        List<String> codes = codes(Api.as(port, "agent").get("/api/organisations").rows(), "code");
        assertThat(codes).contains("CUST-A", "CUST-B", "PROV-1", "PROV-2", "SERVAL", "DESK", "NETWORK");
    }

    @Test
    void customerCannotReadTheAuditLog() {
        assertThat(Api.as(port, "customer1").get("/api/audit").status()).isEqualTo(403);
    }

    @Test
    void customerPagesShowOnlyTheirOwnOrganisation() throws Exception {
        var customer1 = user(users.loadUserByUsername("customer1"));
        mvc.perform(get("/organisations").with(customer1))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("CUST-A")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("CUST-B"))));
        mvc.perform(get("/organisations/CUST-B").with(customer1)).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/CUST-A").with(customer1))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("customer1")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("customer2"))));
        mvc.perform(get("/admin/users").with(customer1)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(customer1)).andExpect(status().isForbidden());
        mvc.perform(get("/calendars").with(customer1)).andExpect(status().isForbidden());
    }

    private static List<String> codes(JsonNode array, String field) {
        List<String> codes = new ArrayList<>();
        array.forEach(node -> codes.add(node.get(field).asString()));
        return codes;
    }
}
