/**
 * Business calendars (SPEC §4): weekly working periods, holidays and make-up working days in a time zone.
 * {@link io.serval.calendar.BusinessCalendar} is the plain-Java engine every clock and due date uses;
 * {@link io.serval.calendar.CalendarService} keeps calendars and hands out their engines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package io.serval.calendar;
