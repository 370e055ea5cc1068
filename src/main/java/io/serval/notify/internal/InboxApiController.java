package io.serval.notify.internal;

import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications; another user's answer 404. */
@RestController
@Tag(name = "Notifications")
class InboxApiController {

    private final InboxService inbox;

    InboxApiController(InboxService inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "The caller's notifications, newest first, the text in the caller's language",
            description = "sort: created (default, newest first); unread=true for unread ones only; q searches the "
                    + "details (ticket number, subject, …)")
    @GetMapping("/api/notifications")
    PagedModel<NotificationView> page(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) String q, ListQuery list) {
        return new PagedModel<>(inbox.page(list, unread, q));
    }

    @Operation(summary = "How many of the caller's notifications are unread")
    @GetMapping("/api/notifications/unread")
    Map<String, Long> unread() {
        return Map.of("unread", inbox.unread());
    }

    @Operation(summary = "Marks one of the caller's notifications read (404 for anyone else's)")
    @PostMapping("/api/notifications/{id}/read")
    NotificationView markRead(@PathVariable long id) {
        return inbox.markRead(id);
    }

    @Operation(summary = "Marks all the caller's notifications read; answers how many were unread")
    @PostMapping("/api/notifications/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }
}
