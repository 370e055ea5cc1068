/**
 * The service desk: tickets (incidents, service requests, enquiries, suggestions) raised by customers in the
 * portal or by agents, their lifecycle, priority from the customer's SLA, comments and attachments. Other modules
 * follow tickets through the events published here ({@link io.serval.desk.TicketRaised} …), never through the
 * desk's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service desk")
package io.serval.desk;
