package io.serval.core;

import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on: PostgreSQL in production, where set-wise statements (arrays unnested)
 * and planner settings are worth their dialect, or the embedded H2 of the demo, where portable SQL is enough.
 */
@Component
public class DatabaseProduct {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    DatabaseProduct(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether it is PostgreSQL (asked of the database once). */
    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(new JdbcTemplate(dataSource).execute(
                    (ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
