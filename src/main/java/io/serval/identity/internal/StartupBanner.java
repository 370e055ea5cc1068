package io.serval.identity.internal;

import io.serval.core.ServalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Serval where to open it and, in demo mode, how to log in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final ServalProperties serval;
    private final IdentityProperties admin;

    StartupBanner(Environment environment, ServalProperties serval, IdentityProperties admin) {
        this.environment = environment;
        this.serval = serval;
        this.admin = admin;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        StringBuilder text = new StringBuilder("\n\n  Serval is running at http://localhost:").append(port).append(path).append("/\n");
        if (serval.demo()) {
            text.append("  Demo logins (password \"").append(DemoIdentitySeed.DEMO_PASSWORD).append("\"): ")
                    .append(admin.username()).append(", ")
                    .append(String.join(", ", DemoIdentitySeed.usernames())).append("\n");
        }
        log.info(text.toString());
    }
}
