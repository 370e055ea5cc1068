package io.serval.clock.internal;

import static io.serval.clock.internal.FiredRecords.cst;
import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.Api;
import io.serval.support.ServalTest;
import io.serval.support.TestClock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A breach's cause: Customer A's P1 on DESKTOP (SLA-CUST-A RES-P1, 4 h on cn-standard) sits with the service desk
 * (demo OLA-DESK RES-P1, 3 h) and then waits for a supplier (a UC created here through the agreement API,
 * UC-PROV-2-IT RES-P1, 2 h on 24x7) or goes to the network team (demo OLA-NETWORK RES-P1, 3 h on 24x7). When the SLA
 * clock breaches, the threshold pass records the cause (SUPPLIER with the UC whose clock breached too, or INTERNAL
 * naming the team that spent the most) and the shares per party; the API shows the per-team and supplier clocks by
 * their OLA and UC codes.
 */
@ServalTest
class BreachCauseTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ThresholdPass pass;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void supplierContractAndNothingElseDue() {
        Api slm = Api.as(port, "slm");
        if (slm.get("/api/agreements/UC-PROV-2-IT").status() == 404) {
            assertThat(slm.post("/api/agreements", """
                    {"type":"UC","code":"UC-PROV-2-IT","nameZh":"服务商二桌面支持合同","nameEn":"Provider 2 desktop support",
                     "provider":"PROV-2","calendar":"24x7","validFrom":"2026-01-01",
                     "targets":[{"code":"RES-P1","metric":"RESOLUTION","priority":"P1","duration":"PT2H",
                                 "underpins":[{"agreement":"SLA-CUST-A","target":"RES-P1"}]}]}""").status()).isEqualTo(201);
            slm.post("/api/agreements/UC-PROV-2-IT/submit", "");
            slm.post("/api/agreements/UC-PROV-2-IT/approve", "");
            assertThat(slm.post("/api/agreements/UC-PROV-2-IT/publish", "").json().get("status").asString())
                    .isEqualTo("PUBLISHED");
        }
        FiredRecords.drain(pass, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A P1 raised on Monday at 09:00 and taken by the agent (service desk) at 09:05. */
    FiredRecords.Ticket p1TakenByTheDesk(String subject) {
        clock.freeze(cst("2026-11-23T09:00"));
        FiredRecords.Ticket ticket = FiredRecords.raise(port, "customer1", "DESKTOP", "HIGH", "HIGH", subject, "RESOLUTION");
        assertThat(ticket.priority()).isEqualTo("P1");
        clock.freeze(cst("2026-11-23T09:05"));
        FiredRecords.take(port, ticket.id());
        return ticket;
    }

    List<String> shares(long clock) {
        return jdbc.queryForList("""
                select party_kind || ' ' || party || ' ' || party_org || ' ' || business_seconds from clock_breach_share
                where clock_id = ? order by business_seconds desc""", String.class, clock);
    }

    @Test
    void aBreachWhileASupplierWhoseOwnClockBreachedHeldTheTicketIsTheSuppliers() {
        FiredRecords.Ticket ticket = p1TakenByTheDesk("打印服务器宕机 Print server down");
        clock.freeze(cst("2026-11-23T10:05"));
        FiredRecords.move(port, ticket.id(), "{\"to\":\"PENDING_SUPPLIER\",\"supplier\":\"PROV-2\",\"comment\":\"等备件 Spare part\"}");

        clock.freeze(cst("2026-11-23T13:30")); // the SLA's 4 h ran out at 13:00, the UC's 2 h at 12:05
        pass.fireDue();
        Api agent = Api.as(port, "agent");
        JsonNode sla = FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "SLA");
        assertThat(sla.get("breached").asBoolean()).isTrue();
        assertThat(sla.get("fired")).extracting(JsonNode::asInt).containsExactly(50, 75, 90, 100);
        assertThat(sla.get("causeKind").asString()).isEqualTo("SUPPLIER");
        assertThat(sla.get("causeParty").asString()).isEqualTo("UC-PROV-2-IT");
        assertThat(FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "UC-PROV-2-IT").get("notes"))
                .extracting(n -> n.get("kind").asString()).contains("STARTED");
        assertThat(sla.get("notes")).anySatisfy(n -> {
            assertThat(n.get("kind").asString()).isEqualTo("BREACH_CAUSE");
            assertThat(n.get("args")).extracting(JsonNode::asString).containsExactly("SUPPLIER", "UC-PROV-2-IT");
        });
        // 10:05-13:30 on 24x7 for the supplier, 09:05-10:05 on cn-standard for the desk
        assertThat(shares(sla.get("id").asLong())).containsExactly("UC UC-PROV-2-IT PROV-2 12300", "OLA OLA-DESK DESK 3600");

        JsonNode uc = FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "UC-PROV-2-IT");
        assertThat(uc.get("partyKind").asString()).isEqualTo("UC");
        assertThat(uc.get("partyOrganisation").asString()).isEqualTo("PROV-2");
        assertThat(uc.get("state").asString()).isEqualTo("RUNNING");
        assertThat(uc.get("breached").asBoolean()).isTrue();
        assertThat(uc.get("elapsedSeconds").asLong()).isEqualTo(12300);
        JsonNode desk = FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "OLA-DESK");
        assertThat(desk.get("partyKind").asString()).isEqualTo("OLA");
        assertThat(desk.get("partyOrganisation").asString()).isEqualTo("DESK");
        assertThat(desk.get("state").asString()).isEqualTo("PAUSED");
        assertThat(desk.get("elapsedSeconds").asLong()).isEqualTo(3600);
        assertThat(Api.as(port, "customer1").get("/api/tickets/" + ticket.id() + "/clocks").json())
                .allSatisfy(c -> assertThat(c.get("party").asString()).isEqualTo("SLA"));

        // resolved at 14:00: the stopped clock keeps the supplier as its cause, the shares counted to the stop
        clock.freeze(cst("2026-11-23T14:00"));
        FiredRecords.move(port, ticket.id(), "{\"to\":\"RESOLVED\",\"comment\":\"备件已换 Part replaced\"}");
        JsonNode stopped = FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "SLA");
        assertThat(stopped.get("state").asString()).isEqualTo("BREACHED");
        assertThat(stopped.get("causeKind").asString()).isEqualTo("SUPPLIER");
        assertThat(stopped.get("causeParty").asString()).isEqualTo("UC-PROV-2-IT");
        assertThat(shares(sla.get("id").asLong())).containsExactly("UC UC-PROV-2-IT PROV-2 14100", "OLA OLA-DESK DESK 3600");
    }

    @Test
    void aBreachWhileTheTeamsHeldTheTicketIsInternalAndNamesTheTeamThatSpentTheMost() {
        FiredRecords.Ticket ticket = p1TakenByTheDesk("核心交换机告警 Core switch alarm");
        clock.freeze(cst("2026-11-23T10:05"));
        FiredRecords.move(port, ticket.id(),
                "{\"to\":\"ASSIGNED\",\"assignee\":\"engineer\",\"group\":\"NETWORK\",\"comment\":\"网络问题 Network issue\"}");

        clock.freeze(cst("2026-11-23T13:30"));
        pass.fireDue();
        Api agent = Api.as(port, "agent");
        JsonNode sla = FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "SLA");
        assertThat(sla.get("breached").asBoolean()).isTrue();
        assertThat(sla.get("causeKind").asString()).isEqualTo("INTERNAL");
        assertThat(sla.get("causeParty").asString()).isEqualTo("OLA-NETWORK");
        assertThat(shares(sla.get("id").asLong()))
                .containsExactly("OLA OLA-NETWORK NETWORK 12300", "OLA OLA-DESK DESK 3600");
        assertThat(FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "OLA-NETWORK").get("state").asString())
                .isEqualTo("RUNNING");
        assertThat(FiredRecords.clock(agent, ticket.id(), "RESOLUTION", "OLA-DESK").get("state").asString())
                .isEqualTo("PAUSED");
    }
}
