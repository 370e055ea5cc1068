package io.serval.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.support.ServalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every connection to PostgreSQL plans a statement for the values it runs with, never with one generic plan. */
@ServalTest
class PostgresPlansForTheirValuesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyConnectionPlansForTheValuesItIsGiven() {
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }
}
