package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, a trigram index for the ticket search (LIKE '%打印机%' on {@code ticket.search_text}), which a
 * B-tree cannot serve. The extension pg_trgm (trusted: the database owner may install it) is kept in the schema
 * {@code public}, shared by every schema of the database, so that cleaning one schema never drops it under
 * another's index. The embedded H2 database of the demo has no such index type and scans its few thousand rows.
 */
public class V11_1__ticket_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            String schema = null;
            try (ResultSet found = sql.executeQuery(
                    "select extnamespace::regnamespace::text from pg_extension where extname = 'pg_trgm'")) {
                if (found.next()) {
                    schema = found.getString(1);
                }
            }
            if (schema == null) {
                sql.execute("create extension pg_trgm schema public");
            } else if (!"public".equals(schema)) {
                sql.execute("alter extension pg_trgm set schema public");
            }
            sql.execute("create index ix_ticket_search on ticket using gin (search_text public.gin_trgm_ops)");
        }
    }
}
