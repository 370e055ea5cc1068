package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, statistics on how a ticket's status and team go together. Without them the planner multiplies the
 * two columns' frequencies as if they were independent: for a queue that is empty (no ticket "assigned" to a team
 * that only ever has them "in progress") it expects thousands of matches, reads the whole table newest first along
 * the creation-time index looking for 25 of them, and an empty queue costs the most. With them it sees the pair's
 * real frequency and reads the queue's own index. The embedded H2 database of the demo has no such statistics.
 */
public class V20__ticket_queue_statistics extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create statistics st_ticket_queue (dependencies, mcv) on status, assignment_group from ticket");
        }
    }
}
