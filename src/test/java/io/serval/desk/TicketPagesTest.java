package io.serval.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The desk's pages: who sees which ticket, what a customer never reads, and forms that save all or nothing. */
@ServalTest
class TicketPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long raise(String subject) {
        Api.Response raised = Api.as(port, "customer1").post("/api/tickets", """
                {"type":"INCIDENT","subject":"%s","description":"打印时卡纸","service":"DESKTOP","impact":"LOW","urgency":"LOW"}"""
                .formatted(subject));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("id").asLong();
    }

    @Test
    void fromTheTicketPageTheDeskPushesATicketUpAndDeclaresAMajorIncident() throws Exception {
        long id = raise("整栋楼断网");
        mvc.perform(get("/tickets/" + id).with(as("agent"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"push-form\""), containsString("id=\"major-form\""))));
        mvc.perform(get("/tickets/" + id).with(as("customer1")))
                .andExpect(content().string(not(containsString("id=\"push-form\""))));

        mvc.perform(post("/tickets/" + id + "/hierarchical").with(as("agent")).with(csrf()).param("to", "DUTY_MANAGER"))
                .andExpect(redirectedUrl("/tickets/" + id))
                .andExpect(flash().attributeExists("problems")); // a reason is required
        mvc.perform(post("/tickets/" + id + "/hierarchical").with(as("agent")).with(csrf()).param("to", "DUTY_MANAGER")
                        .param("reason", "客户投诉升级 / escalated by the customer"))
                .andExpect(redirectedUrl("/tickets/" + id)).andExpect(flash().attribute("flash", "desk.escalated"));
        assertThat(Api.as(port, "agent").get("/api/tickets/" + id + "/escalations").body()).contains("HIERARCHICAL");

        mvc.perform(post("/tickets/" + id + "/major").with(as("agent")).with(csrf()).param("reason", "整栋楼 / whole building"))
                .andExpect(redirectedUrl("/tickets/" + id));
        assertThat(Api.as(port, "agent").get("/api/tickets/" + id).json().get("major").asBoolean()).isTrue();
        mvc.perform(get("/tickets/" + id).with(as("agent")))
                .andExpect(content().string(containsString("id=\"major-link\" href=\"/desk/major/" + id + "\"")));
        mvc.perform(post("/tickets/" + id + "/major").with(as("customer1")).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theQueueLeadsToTheCallFormTheContactsAndForDutyManagersTheirView() throws Exception {
        mvc.perform(get("/tickets").with(as("agent"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"queue-call\" href=\"/desk/calls/new\""),
                        containsString("id=\"queue-contacts\" href=\"/desk/contacts\""), not(containsString("id=\"queue-duty\"")))));
        mvc.perform(get("/tickets").with(as("duty"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"queue-duty\" href=\"/desk/duty\"")));
    }

    @Test
    void anotherCustomerFindsNeitherTheTicketPageNorItsFileNorItInTheList() throws Exception {
        long id = raise("机密打印机 secret printer");
        long file = Api.as(port, "customer1").upload("/api/tickets/" + id + "/attachments", "file", "note.txt", "text/plain",
                "only for CUST-A".getBytes(StandardCharsets.UTF_8)).json().get("id").asLong();

        mvc.perform(get("/tickets/" + id).with(as("customer1"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("secret printer"), containsString("note.txt"))));
        mvc.perform(get("/tickets/" + id + "/attachments/" + file).with(as("customer1"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string("only for CUST-A"));

        mvc.perform(get("/tickets/" + id).with(as("customer2"))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("secret printer"))));
        mvc.perform(get("/tickets/" + id + "/attachments/" + file).with(as("customer2"))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("only for CUST-A"))));
        mvc.perform(post("/tickets/" + id + "/transitions").with(as("customer2")).with(csrf()).param("to", "CLOSED"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tickets").param("q", "secret").with(as("customer2"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("secret printer"))));
        mvc.perform(get("/tickets").param("q", "secret").with(as("customer1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("secret printer")));
        mvc.perform(get("/tickets/" + id).with(as("provider1"))).andExpect(status().isForbidden());
        mvc.perform(get("/tickets").with(as("provider1"))).andExpect(status().isForbidden());
    }

    @Test
    void internalNotesAreMarkedForTheDeskAndNeverOnTheCustomersPage() throws Exception {
        long id = raise("VPN drops");
        mvc.perform(multipart("/tickets/" + id + "/comments").with(as("agent")).with(csrf())
                        .param("text", "客户的路由器很旧 old router").param("internal", "true"))
                .andExpect(redirectedUrl("/tickets/" + id));
        mvc.perform(multipart("/tickets/" + id + "/comments").with(as("agent")).with(csrf())
                        .param("text", "Please restart the router"))
                .andExpect(redirectedUrl("/tickets/" + id));

        mvc.perform(get("/tickets/" + id).with(as("agent")).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("old router"), containsString("comment-note"),
                        containsString("Internal note"), containsString("Please restart the router"))));
        mvc.perform(get("/tickets/" + id).with(as("customer1")).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please restart the router"), not(containsString("old router")),
                        not(containsString("comment-note")))));
        mvc.perform(multipart("/tickets/" + id + "/comments").with(as("customer1")).with(csrf())
                        .param("text", "sneaky").param("internal", "true").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only the service desk writes internal notes.")));
        assertThat(Api.as(port, "agent").get("/api/tickets/" + id + "/comments").body()).doesNotContain("sneaky");
    }

    @Test
    void aTicketWhoseFileIsRefusedIsNotRaisedAndTheFormSaysWhyAtTheFile() throws Exception {
        long before = Api.as(port, "agent").get("/api/tickets").json().get("totalElements").asLong();
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        mvc.perform(multipart("/tickets/new").file(new MockMultipartFile("file", "holiday.png", "image/png", executable))
                        .with(as("customer1")).with(csrf()).header("Accept-Language", "en")
                        .param("type", "INCIDENT").param("service", "DESKTOP").param("subject", "Holiday photo")
                        .param("description", "See the file").param("impact", "LOW").param("urgency", "LOW"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("cannot be attached"), containsString("is-invalid"),
                        containsString("value=\"Holiday photo\""))));
        assertThat(Api.as(port, "agent").get("/api/tickets").json().get("totalElements").asLong()).isEqualTo(before);

        mvc.perform(multipart("/tickets/new").with(as("customer1")).with(csrf()).header("Accept-Language", "en")
                        .param("type", "INCIDENT").param("service", "").param("subject", "")
                        .param("description", "x").param("impact", "LOW").param("urgency", "LOW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(Api.as(port, "agent").get("/api/tickets").json().get("totalElements").asLong()).isEqualTo(before);
    }

    @Test
    void theQueueShowsTheUnassignedAndTheAgentsOwnTicketsAndFindsChineseText() throws Exception {
        long id = raise("五楼彩色打印机缺墨");
        raise("共享邮箱容量已满");
        mvc.perform(get("/tickets").param("view", "unassigned").with(as("agent")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("五楼彩色打印机缺墨"), containsString("未分派"))));
        mvc.perform(get("/tickets").with(as("agent"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("aria-current=\"page\""), not(containsString("五楼彩色打印机缺墨")))));
        mvc.perform(post("/tickets/" + id + "/transitions").with(as("agent")).with(csrf()).param("to", "ASSIGNED"))
                .andExpect(redirectedUrl("/tickets/" + id));
        mvc.perform(get("/tickets").param("view", "mine").with(as("agent")))
                .andExpect(content().string(containsString("五楼彩色打印机缺墨")));
        mvc.perform(get("/tickets").param("view", "all").param("q", "打印机").with(as("agent")))
                .andExpect(content().string(allOf(containsString("五楼彩色打印机缺墨"), not(containsString("共享邮箱容量已满")))));
        mvc.perform(post("/tickets/" + id + "/transitions").with(as("agent")).with(csrf()).header("Accept-Language", "en")
                        .param("action", "escalate").param("to", "ASSIGNED").param("group", "NETWORK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why the ticket goes to NETWORK.")));
        mvc.perform(post("/tickets/" + id + "/transitions").with(as("agent")).with(csrf()).header("Accept-Language", "en")
                        .param("action", "close").param("to", "CLOSED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("it can move to")));
    }
}
