package io.serval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Serval: service level management and service desk, a modular monolith of feature packages. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"core", "web"})
public class ServalApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServalApplication.class, args);
    }
}
