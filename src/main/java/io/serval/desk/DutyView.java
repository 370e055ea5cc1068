package io.serval.desk;

import java.time.Instant;
import java.util.List;

/**
 * What the duty manager watches: tickets nobody took in time ({@code unacceptedBefore}: raised before then and
 * still new), rejected tickets, and open major incidents.
 */
public record DutyView(Instant unacceptedBefore, List<TicketView> unaccepted, List<TicketView> rejected,
        List<TicketView> majorIncidents) {
}
