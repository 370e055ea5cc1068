package io.serval.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.ServalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team's queue is read through the queue index even when the team has none of the tickets in that status, while
 * both the status and the team are common on their own (the planner would otherwise read every ticket newest first
 * looking for 25 that do not exist).
 */
@ServalTest
class QueuePlanTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEmptyQueueOfCommonValuesIsReadThroughTheQueueIndex() {
        transactions.executeWithoutResult(tx -> {
            // "assigned" only ever with NETWORK, DESK's tickets only ever "in progress" or closed
            jdbc.update("""
                    insert into ticket (number, ticket_type, subject, description, search_text, organisation_code,
                        customer_username, service_code, impact, urgency, priority, priority_source, status,
                        assignment_group, version, created_at, created_by, updated_at, updated_by)
                    select 'INC-2025-' || lpad(g::text, 7, '0'), 'INCIDENT', 'plan ' || g, 'plan', 'plan ' || g,
                           'CUST-A', 'customer1', 'DESKTOP', 'MEDIUM', 'MEDIUM', 'P3', 'DEFAULT',
                           (array['ASSIGNED', 'IN_PROGRESS', 'CLOSED', 'CLOSED'])[1 + g % 4],
                           (array['NETWORK', 'DESK'])[1 + g % 2], 0,
                           timestamp '2026-01-01' + g * interval '1 minute', 'plan', now(), 'plan'
                    from generate_series(1, 40000) g""");
            jdbc.execute("analyze ticket");
            List<String> plan = jdbc.queryForList("""
                    explain select * from ticket where status = 'ASSIGNED' and assignment_group = 'DESK'
                    order by created_at desc, id desc limit 25""", String.class);
            assertThat(String.join("\n", plan)).contains("ix_ticket_queue").doesNotContain("ix_ticket_created");
            tx.setRollbackOnly();
        });
    }
}
