package io.serval.clock.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Why an SLA clock breached (plain Java): how its time was spent, per party whose own clock ran beside it (OLA
 * teams while the record sat with them, UC suppliers while it waited for them), and whose it was. A supplier is the
 * cause when its UC clock breached too, or when it held the record longest; otherwise the provider itself
 * (internal), naming the OLA team that spent the most, if any team has an OLA.
 */
public final class BreachAttribution {

    public record Share(Party party, long seconds) {
    }

    /** {@code kind} INTERNAL or SUPPLIER; {@code party} the OLA or UC code, or null (no team clock ran). */
    public record Cause(String kind, String party, List<Share> shares) {
    }

    /** A party's clock beside the SLA clock: its business time and whether it breached its own target. */
    public record PartyClock(Party party, long seconds, boolean breached) {
    }

    private BreachAttribution() {
    }

    /** The cause of {@code sla}'s breach from the record's other clocks of the same metric, as they stand at {@code at}. */
    static Cause of(StoredClock sla, List<StoredClock> recordClocks, java.time.Instant at) {
        return attribute(recordClocks.stream().filter(c -> !c.isSla() && c.terms().metric() == sla.terms().metric())
                .map(c -> new PartyClock(c.party, c.clock.elapsed(at).getSeconds(), c.clock.breached(at))).toList());
    }

    public static Cause attribute(List<PartyClock> partyClocks) {
        List<Share> shares = new ArrayList<>();
        partyClocks.stream().filter(p -> p.seconds() > 0)
                .sorted(Comparator.comparingLong(PartyClock::seconds).reversed().thenComparing(p -> p.party().code()))
                .forEach(p -> shares.add(new Share(p.party(), p.seconds())));
        Optional<PartyClock> breachedSupplier = partyClocks.stream()
                .filter(p -> p.party().kind() == Party.Kind.UC && p.breached())
                .max(Comparator.comparingLong(PartyClock::seconds));
        if (breachedSupplier.isPresent()) {
            return new Cause("SUPPLIER", breachedSupplier.get().party().code(), shares);
        }
        if (!shares.isEmpty() && shares.get(0).party().kind() == Party.Kind.UC) {
            return new Cause("SUPPLIER", shares.get(0).party().code(), shares);
        }
        return shares.stream().filter(s -> s.party().kind() == Party.Kind.OLA).findFirst()
                .map(s -> new Cause("INTERNAL", s.party().code(), shares))
                .orElse(new Cause("INTERNAL", null, shares));
    }
}
