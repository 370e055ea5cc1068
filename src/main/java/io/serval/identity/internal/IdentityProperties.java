package io.serval.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code serval.admin.*}: the first administrator, created when there is no user at all. */
@ConfigurationProperties("serval.admin")
record IdentityProperties(@DefaultValue("admin") String username, String initialPassword) {
}
