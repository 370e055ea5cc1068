package io.serval.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for a test class (GreenMail on a free port of this machine) and the mail it received:
 * <pre>
 * static final int SMTP_PORT = TestMail.freePort();
 * &#64;RegisterExtension static final GreenMailExtension smtp = TestMail.server(SMTP_PORT);
 * &#64;DynamicPropertySource static void mailServer(DynamicPropertyRegistry r) { TestMail.use(r, SMTP_PORT); }
 * </pre>
 */
public final class TestMail {

    private TestMail() {
    }

    /** A port nobody listens on at the moment. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GreenMail SMTP server on 127.0.0.1:{@code port}, to register as a static extension. */
    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"));
    }

    /** Sends the application's mail to the server on {@code port}. */
    public static void use(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }

    /** The first of {@code messages} sent to the address {@code to}. */
    public static MimeMessage find(MimeMessage[] messages, String to) {
        return find(messages, to, "");
    }

    /** The first of {@code messages} sent to the address {@code to} whose subject contains {@code subjectPart}. */
    public static MimeMessage find(MimeMessage[] messages, String to, String subjectPart) {
        return Arrays.stream(messages).filter(m -> recipient(m).equals(to) && subject(m).contains(subjectPart))
                .findFirst().orElseThrow(() -> new AssertionError("no mail to " + to + " about \"" + subjectPart
                        + "\" among " + messages.length + " received"));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
