package io.serval.core;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks PostgreSQL to plan the statements of the current transaction for the values they run with ({@code
 * plan_cache_mode = force_custom_plan}), for a list whose best plan depends on them: a search word found in every
 * tenth ticket reads the newest tickets and stops after a page, a rare one goes through the trigram index; a busy
 * queue is read newest first, a small one through its own index. After five runs of a prepared statement
 * PostgreSQL would otherwise switch to one generic plan for all values, guessed from averages, which can read the
 * whole table for a rare value. Only such lists ask: every other statement keeps its cached plan, as planning a
 * join costs more than running it. The embedded H2 database of the demo has no plan cache to steer.
 */
@Component
public class PlansForValues {

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    PlansForValues(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** Plans the rest of the current transaction's statements for their values (until it ends). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void inThisTransaction() {
        if (database.isPostgres()) {
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
        }
    }
}
