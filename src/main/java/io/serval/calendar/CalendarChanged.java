package io.serval.calendar;

/**
 * A calendar's working time changed: its zone, weekly working periods, holidays or make-up working days (an edit,
 * an imported holiday notice); {@code version} is the calendar's stored version with the change. A change of its
 * names or description alone is not one. Published through Spring Modulith's event publication registry: a listener
 * in another module runs after the commit and is retried until it completes.
 */
public record CalendarChanged(String code, long version) {
}
