package io.serval.notify.internal;

import org.springframework.stereotype.Component;

/** The unread count on the navbar's bell ({@code ${@inboxBadge.unread()}} in the layout). */
@Component("inboxBadge")
public class InboxBadge {

    private final InboxService inbox;

    InboxBadge(InboxService inbox) {
        this.inbox = inbox;
    }

    public long unread() {
        return inbox.unread();
    }
}
