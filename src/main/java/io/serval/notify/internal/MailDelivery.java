package io.serval.notify.internal;

import io.serval.core.NotFoundException;
import io.serval.identity.IdentityService;
import io.serval.identity.UserView;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails of the outbox that are due, each in its recipient's language, and records every attempt. Safe on
 * several nodes at once: a node sends only the mails it claimed, and a claim is taken by one node only. Sending
 * happens outside any transaction, so a slow mail server holds no database lock.
 */
@Component
public class MailDelivery {

    static final String NO_SERVER = "mail.reason.noServer";
    static final String NO_ADDRESS = "mail.reason.noAddress";
    static final String UNKNOWN_RECIPIENT = "mail.reason.unknownRecipient";
    static final String SEND_FAILED = "mail.reason.sendFailed";
    /** Recipients who never chose a language read Chinese, as the pages do. */
    static final Locale DEFAULT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final int ERROR_LENGTH = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    /** What one run did. */
    public record Report(int sent, int retrying, int failed, int notSent) {

        public int total() {
            return sent + retrying + failed + notSent;
        }
    }

    private final Outbox outbox;
    private final MailAttempts attempts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final IdentityService identity;
    private final NoticeTexts texts;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MailDelivery(Outbox outbox, MailAttempts attempts, ObjectProvider<JavaMailSender> mailSender,
            IdentityService identity, NoticeTexts texts, MailProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.attempts = attempts;
        this.mailSender = mailSender;
        this.identity = identity;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Sends what is due now (at most a batch) and says what became of it. */
    public Report sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        int notSent = 0;
        for (long id : outbox.findDue(now, PageRequest.of(0, properties.batchSize()))) {
            if (!claim(id, now)) {
                continue;
            }
            switch (deliver(id)) {
                case SENT -> sent++;
                case PENDING -> retrying++;
                case FAILED -> failed++;
                default -> notSent++;
            }
        }
        Report report = new Report(sent, retrying, failed, notSent);
        if (report.total() > 0) {
            LOG.info("Mail outbox: {} sent, {} to retry, {} failed, {} not sent", sent, retrying, failed, notSent);
        }
        return report;
    }

    private boolean claim(long id, Instant now) {
        Integer claimed = transaction.execute(s -> outbox.claim(id, now, now.plus(properties.claimTimeout())));
        return claimed != null && claimed == 1;
    }

    /** Sends one claimed mail and records the attempt; answers the mail's status after it. */
    private MailStatus deliver(long id) {
        OutboxMail mail = outbox.findById(id).orElseThrow();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return record(id, (m, now) -> m.notSent(null, NO_SERVER, now));
        }
        UserView reader;
        try {
            reader = identity.user(mail.getRecipient());
        } catch (NotFoundException e) {
            return record(id, (m, now) -> m.refused(UNKNOWN_RECIPIENT, now));
        }
        String address = reader.email();
        if (address == null || address.isBlank()) {
            return record(id, (m, now) -> m.notSent(null, NO_ADDRESS, now));
        }
        try {
            sender.send(message(sender, mail, reader));
            return record(id, (m, now) -> m.sent(address, now));
        } catch (MailException | MessagingException e) {
            String error = describe(e);
            LOG.warn("Mail {} to {} failed: {}", id, mail.getRecipient(), error);
            return record(id, (m, now) -> m.failed(address, SEND_FAILED, error, now, properties.maxAttempts(),
                    properties.backoff(), properties.maxBackoff()));
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail, UserView reader) throws MessagingException {
        Locale language = reader.language() == null ? DEFAULT_LANGUAGE : Locale.forLanguageTag(reader.language());
        String url = mail.getLink() == null ? null : properties.baseUrl().replaceAll("/+$", "") + mail.getLink();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(reader.email());
        helper.setSubject(texts.subject(mail.getKind(), mail.getArguments(), language));
        helper.setText(texts.body(mail.getKind(), mail.getArguments(), language, reader.displayName(), url));
        return message;
    }

    private MailStatus record(long id, Outcome outcome) {
        return transaction.execute(s -> {
            OutboxMail mail = outbox.findById(id).orElseThrow();
            attempts.save(outcome.apply(mail, clock.instant()));
            return mail.getStatus();
        });
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text.toString();
    }

    private interface Outcome {
        MailAttempt apply(OutboxMail mail, Instant now);
    }
}
