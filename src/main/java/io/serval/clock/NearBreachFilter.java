package io.serval.clock;

import io.serval.core.Texts;
import java.util.List;

/**
 * Which running clocks the near-breach list shows: of one support group, customer, priority, metric or party
 * ({@code SLA} or an OLA/UC code); a null or blank value does not filter.
 */
public record NearBreachFilter(String group, String customer, String priority, String metric, String party) {

    public NearBreachFilter {
        group = Texts.blankToNull(group);
        customer = Texts.blankToNull(customer);
        priority = Texts.blankToNull(priority);
        metric = Texts.blankToNull(metric);
        party = Texts.blankToNull(party);
    }

    /** The values the filters can take among the running clocks, for a page's selects. */
    public record Choices(List<String> priorities, List<String> metrics, List<String> parties) {
    }
}
