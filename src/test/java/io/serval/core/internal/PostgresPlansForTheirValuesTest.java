package io.serval.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.core.PlansForValues;
import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A list that asks for it is planned for the values it runs with, until its transaction ends; every other statement
 * keeps PostgreSQL's cached plans.
 */
@ServalTest
class PostgresPlansForTheirValuesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlansForValues plans;

    @Test
    void aListThatAsksIsPlannedForItsValuesUntilItsTransactionEnds() {
        assertThat(mode()).isEqualTo("auto");
        String inside = transactions.execute(tx -> {
            plans.inThisTransaction();
            return mode();
        });
        assertThat(inside).isEqualTo("force_custom_plan");
        assertThat(mode()).isEqualTo("auto");
    }

    private String mode() {
        return jdbc.queryForObject("show plan_cache_mode", String.class);
    }
}
