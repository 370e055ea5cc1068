package io.serval.core.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.serval.core.SystemActor;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class PersistenceConfig {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(SystemActor.current());
    }

    /**
     * On PostgreSQL, every statement is planned for the values it is run with ({@code plan_cache_mode =
     * force_custom_plan}). The best plan of a list depends on them: a search word found in every tenth ticket reads
     * the newest tickets and stops after a page, a rare one goes through the trigram index; the queue of a status
     * with few tickets through the queue index. After five runs of a prepared statement PostgreSQL would otherwise
     * switch to one generic plan for all values, guessed from averages, which can read the whole table for a rare
     * value. Planning costs a fraction of a millisecond. A connection-init-sql of the operator's is left alone.
     */
    @Bean
    static BeanPostProcessor postgresPlansForTheirValues() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
                    pool.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
                }
                return bean;
            }
        };
    }
}
