/**
 * SLA clocks: one clock per applicable target for each measured record (tickets now; work orders and complaints
 * plug in the same way), run, paused and stopped by the record's state changes, which the record's module
 * publishes as events. Elapsed business time is derived from each clock's segments on the target's calendar,
 * exact to the second; thresholds fire once, through the event publication registry, and escalate by the
 * agreement's rules. Per-team (OLA) and supplier (UC) clocks run beside the SLA clock and tell a breach's cause.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA clocks")
package io.serval.clock;
