package io.serval.clock.internal;

import io.serval.clock.ClockState;
import io.serval.clock.ClockView;
import io.serval.core.Reason;
import io.serval.web.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A clock in the reader's words, for the timeline and the near-breach list ({@code ${@clockWords.target(c)}}):
 * its target and limit ("P1 resolution time 4 h"), its party, durations in business or calendar time, the notes
 * on its timeline, and the shares of its target spent.
 */
@Component("clockWords")
public class ClockWords {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Durations durations;
    private final Clock clock;

    ClockWords(MessageSource messages, Durations durations, Clock clock) {
        this.messages = messages;
        this.durations = durations;
        this.clock = clock;
    }

    /** The target and its limit: "P1 resolution time 4 h" / "P1 解决时间 4 小时". */
    public String target(ClockView c) {
        Reason metric = Reason.of("clock.metric." + c.metric(), c.metric());
        String limit = durations.businessTime(c.limit());
        return c.priority() == null ? text(Reason.of("clock.targetAnyPriority", "{0} {1}", metric, limit))
                : text(Reason.of("clock.target", "{0} {1} {2}", c.priority(), metric, limit));
    }

    /** Whose commitment: the SLA, or the OLA's or UC's code. */
    public String party(ClockView c) {
        return text(Reason.of("clock.party." + c.partyKind(), "{0}", c.party()));
    }

    /** Business time, always something ("0 min" rather than nothing), without a sign. */
    public String business(long seconds) {
        long shown = Math.abs(seconds);
        if (shown == 0) {
            return text(Reason.of("unit.minutes", "{0} min", 0));
        }
        return durations.businessTime(Duration.ofSeconds(shown).toString());
    }

    /** Calendar time of a segment, up to now while it lasts. */
    public String calendar(ClockView.Segment s) {
        return calendarTime(calendarSeconds(s));
    }

    /** Calendar time of all the segments together: the clock's life so far. */
    public String calendarTotal(ClockView c) {
        return calendarTime(c.segments().stream().mapToLong(this::calendarSeconds).sum());
    }

    /** Business time spent paused: shown for checking, never counted. */
    public String pausedTotal(ClockView c) {
        return business(c.segments().stream().filter(s -> "PAUSED".equals(s.state()))
                .mapToLong(ClockView.Segment::businessSeconds).sum());
    }

    /**
     * What is left of the target ("1 h 30 min left"), by how much it is over ("20 min over"), or, once met, what was
     * to spare ("5 min to spare").
     */
    public String left(ClockView c) {
        long left = c.limitSeconds() - c.elapsedSeconds();
        String key = left < 0 ? "clock.over" : c.state() == ClockState.MET ? "clock.spare" : "clock.left";
        return text(Reason.of(key, "{0}", business(left)));
    }

    public boolean over(ClockView c) {
        return c.elapsedSeconds() > c.limitSeconds();
    }

    /** The share of the target spent, in percent (past 100 once over). */
    public long percent(ClockView c) {
        return c.limitSeconds() <= 0 ? 0 : c.elapsedSeconds() * 100 / c.limitSeconds();
    }

    /** The share for a progress bar: at most the whole bar. */
    public long bar(ClockView c) {
        return Math.min(100, percent(c));
    }

    /**
     * A note on the timeline in words; a breach's cause names the kind of party in words as well; an instant among
     * the arguments is shown in the configured zone, a time limit (ISO-8601) as business time, none as "-".
     */
    public String note(ClockView.Note n) {
        List<String> args = n.args();
        Object[] shown = args.stream().map(this::argument).toArray();
        if ("BREACH_CAUSE".equals(n.kind()) && !args.isEmpty()) {
            String party = args.size() > 1 && !args.get(1).isBlank() ? args.get(1) : null;
            shown = new Object[] {Reason.of("clock.cause." + args.get(0), args.get(0)),
                    party == null ? Reason.of("clock.cause.unnamed", "-") : party};
        }
        String fallback = n.kind() + (args.isEmpty() ? "" : " " + String.join(" ", args));
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"clock.note." + n.kind()}, shown,
                fallback), LocaleContextHolder.getLocale());
    }

    private String argument(String arg) {
        if (arg.isEmpty()) {
            return "-";
        }
        try {
            if (arg.startsWith("PT")) {
                return durations.businessTime(arg);
            }
            if (arg.length() > 10 && arg.charAt(10) == 'T' && arg.endsWith("Z")) {
                return SHOWN.format(Instant.parse(arg).atZone(clock.getZone()));
            }
        } catch (DateTimeParseException notOne) {
            // shown as written
        }
        return arg;
    }

    private long calendarSeconds(ClockView.Segment s) {
        Instant end = s.to() == null ? clock.instant() : s.to();
        return Math.max(0, Duration.between(s.from(), end).getSeconds());
    }

    private String calendarTime(long seconds) {
        return seconds == 0 ? text(Reason.of("unit.minutes", "{0} min", 0))
                : durations.format(Duration.ofSeconds(seconds).toString());
    }

    private String text(Reason reason) {
        return messages.getMessage(reason, LocaleContextHolder.getLocale());
    }
}
