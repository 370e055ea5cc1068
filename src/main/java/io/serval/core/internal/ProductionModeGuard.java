package io.serval.core.internal;

import io.serval.core.ServalProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/** Production refuses the embedded database: it is for demos and a single desk, not for real records. */
@Component
class ProductionModeGuard implements InitializingBean {

    private final ServalProperties properties;
    private final DataSourceProperties dataSource;

    ProductionModeGuard(ServalProperties properties, DataSourceProperties dataSource) {
        this.properties = properties;
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        String url = dataSource.getUrl();
        if (!properties.demo() && url != null && url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("serval.mode=production refuses the embedded H2 database (" + url
                    + "); set SERVAL_DB_URL to a PostgreSQL database");
        }
    }
}
