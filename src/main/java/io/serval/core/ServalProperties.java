package io.serval.core;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Product-wide settings ({@code serval.*}). */
@ConfigurationProperties("serval")
public record ServalProperties(@DefaultValue("DEMO") ServalMode mode, @DefaultValue("Asia/Shanghai") ZoneId defaultZone) {

    public boolean demo() {
        return mode == ServalMode.DEMO;
    }
}
