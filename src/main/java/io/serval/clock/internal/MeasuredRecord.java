package io.serval.clock.internal;

import io.serval.agreement.Metric;
import java.time.Instant;
import java.util.List;

/**
 * A measured record after a change, as every record type's feed hands it to the keeper: what it is (type, id,
 * number), whose and what it is about (customer, service, priority), who has it (team, assignee), which metrics
 * measure a record of its kind, and where it stands ({@code snapshot}) since {@code at}.
 */
record MeasuredRecord(String type, long id, String number, String customer, String service, String priority,
        String group, String assignee, List<Metric> metrics, RecordSnapshot snapshot, Instant at) {
}
