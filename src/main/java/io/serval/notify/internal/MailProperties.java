package io.serval.notify.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of notifications ({@code serval.mail.*}); the SMTP server itself is {@code spring.mail.*} (no
 * {@code spring.mail.host}: mails are recorded as not sent).
 *
 * @param from         the sender address of every mail
 * @param baseUrl      the application's address, put before a notice's link in a mail
 * @param maxAttempts  attempts before a mail is FAILED
 * @param backoff      wait after the first failed attempt, doubled after each further one
 * @param maxBackoff   the longest wait between two attempts
 * @param pollInterval how often the outbox is looked at for due mails
 * @param batchSize    most mails one run of the sender takes
 * @param claimTimeout how long a node's claim on a mail lasts; a node that stops sending leaves it to another then
 */
@ConfigurationProperties("serval.mail")
public record MailProperties(@DefaultValue("serval@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration backoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT5M") Duration claimTimeout) {
}
