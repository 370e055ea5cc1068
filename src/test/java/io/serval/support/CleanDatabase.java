package io.serval.support;

import io.serval.core.Seeding;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Isolates test classes: before each class, every table but Flyway's history is emptied and the seeds run
 * again (built-in calendars, administrator, demo users). Identities are not restarted, so ids never repeat.
 */
public class CleanDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        reseed(SpringExtension.getApplicationContext(context));
    }

    /** Empties every table but Flyway's history and runs the seeds again, as before each class. */
    public static void reseed(ApplicationContext spring) {
        JdbcTemplate jdbc = spring.getBean(JdbcTemplate.class);
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'
                """, String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("truncate table " + String.join(", ", tables) + " cascade");
        }
        spring.getBean(Seeding.class).seedAll();
    }
}
