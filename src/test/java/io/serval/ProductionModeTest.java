package io.serval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production refuses the embedded database and a missing or well-known administrator password. */
class ProductionModeTest {

    @Test
    void productionRefusesTheEmbeddedDatabase() {
        assertThatThrownBy(() -> start("--serval.mode=production",
                "--spring.datasource.url=jdbc:h2:mem:prod1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--serval.admin.initial-password=a-long-secret"))
                .hasStackTraceContaining("refuses the embedded H2 database");
    }

    /** Beside the suite's own schema, so that parallel runs with their own SERVAL_TEST_SCHEMA do not collide. */
    private static final String SCHEMA = System.getenv().getOrDefault("SERVAL_TEST_SCHEMA", "serval_test") + "_prod_check";

    @Test
    void productionRefusesADefaultAdministratorPassword() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade"); // what an older run left
        }
        assertThatThrownBy(() -> start("--serval.mode=production",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
                "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.default-schema=" + SCHEMA, "--serval.admin.initial-password=demo"))
                .hasStackTraceContaining("serval.admin.initial-password");
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(ServalApplication.class).properties("server.port=0").run(args).close();
    }
}
