package io.serval.notify;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to tell one user: the kind, its arguments, where in the application it leads, and whether it goes by
 * e-mail as well as to the inbox; {@code holdUntil} (or null) holds the e-mail back until then (quiet hours: a
 * non-urgent warning waits for the recipient's working hours). Arguments are values shown as they are (a ticket number, a subject) or message
 * keys shown in the reader's language (a status): the notice stores keys and arguments, never a sentence.
 * <pre>{@code
 * Notice.to("customer1", NoticeKind.TICKET_STATUS_CHANGED)
 *         .with("number", "INC-2026-000123").with("subject", subject)
 *         .withKey("status", "ticket.status.RESOLVED")
 *         .link("/tickets/123").byEmail().build();
 * }</pre>
 */
public record Notice(String recipient, NoticeKind kind, Map<String, Argument> arguments, String link, boolean email,
        Instant holdUntil) {

    /** Longest value an argument keeps (a longer one is cut): notices tell, the record holds the whole text. */
    public static final int VALUE_LENGTH = 500;
    public static final int MAX_ARGUMENTS = 10;
    public static final int LINK_LENGTH = 500;

    /** An argument: a value shown as it is, or a message key shown in the reader's language. */
    public sealed interface Argument permits Value, Key {
    }

    public record Value(String text) implements Argument {

        public Value {
            text = text == null ? "" : text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH - 1) + "…" : text;
        }
    }

    public record Key(String key) implements Argument {

        public Key {
            Objects.requireNonNull(key, "key");
        }
    }

    public Notice {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("a notice needs a recipient");
        }
        Objects.requireNonNull(kind, "kind");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments == null ? Map.of() : arguments));
        if (arguments.size() > MAX_ARGUMENTS) {
            throw new IllegalArgumentException("at most " + MAX_ARGUMENTS + " arguments");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > LINK_LENGTH)) {
            throw new IllegalArgumentException("a link is a path in the application: " + link);
        }
    }

    public static Builder to(String recipient, NoticeKind kind) {
        return new Builder(recipient, kind);
    }

    public static final class Builder {

        private final String recipient;
        private final NoticeKind kind;
        private final Map<String, Argument> arguments = new LinkedHashMap<>();
        private String link;
        private boolean email;
        private Instant holdUntil;

        private Builder(String recipient, NoticeKind kind) {
            this.recipient = recipient;
            this.kind = kind;
        }

        /** A value shown as it is. */
        public Builder with(String name, Object value) {
            arguments.put(name, new Value(value == null ? "" : value.toString()));
            return this;
        }

        /** A message key shown in the reader's language (e.g. a status). */
        public Builder withKey(String name, String key) {
            arguments.put(name, new Key(key));
            return this;
        }

        /** The path in the application the notice leads to, e.g. {@code /tickets/123}. */
        public Builder link(String path) {
            this.link = path;
            return this;
        }

        /** Also send it by e-mail. */
        public Builder byEmail() {
            this.email = true;
            return this;
        }

        /** Holds the e-mail back until {@code instant} (null: send at once). */
        public Builder holdUntil(Instant instant) {
            this.holdUntil = instant;
            return this;
        }

        public Notice build() {
            return new Notice(recipient, kind, arguments, link, email, holdUntil);
        }
    }
}
