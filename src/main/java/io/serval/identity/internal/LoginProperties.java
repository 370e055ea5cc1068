package io.serval.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code serval.login.*}: how many wrong passwords within {@code failureWindow} lock a user name, or a client
 * address, for {@code lockDuration}. The address limit is higher: several people may share one address.
 */
@ConfigurationProperties("serval.login")
record LoginProperties(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("PT15M") Duration failureWindow, @DefaultValue("PT15M") Duration lockDuration) {
}
