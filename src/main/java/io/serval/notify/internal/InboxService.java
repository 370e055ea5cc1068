package io.serval.notify.internal;

import io.serval.core.NotFoundException;
import io.serval.core.Texts;
import io.serval.identity.CurrentUser;
import io.serval.identity.ServalPrincipal;
import io.serval.web.ListQuery;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's inbox: only their own notifications, in their language; another user's notification does
 * not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
class InboxService {

    /** Newest first. */
    static final Map<String, Sort> SORTS = Map.of("created", Sort.by("createdAt", "id"));

    private final Inbox inbox;
    private final NoticeTexts texts;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(Inbox inbox, NoticeTexts texts, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.texts = texts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    static ListQuery order(ListQuery asked) {
        return asked.sortedBy(SORTS.keySet(), "created", true);
    }

    /** A page of the user's notifications: only unread ones if {@code onlyUnread}, those whose details contain {@code q}. */
    Page<NotificationView> page(ListQuery list, boolean onlyUnread, String q) {
        String me = me();
        String text = Texts.blankToNull(q);
        return order(list).fetch(SORTS, page -> inbox.search(me, onlyUnread, text, page).map(this::view));
    }

    long unread() {
        return currentUser.principal().map(p -> inbox.countByRecipientAndReadAtIsNull(p.getUsername())).orElse(0L);
    }

    @Transactional
    NotificationView markRead(long id) {
        Notification notification = inbox.findByIdAndRecipient(id, me())
                .orElseThrow(() -> new NotFoundException("Notification", id));
        notification.markRead(clock.instant());
        return view(notification);
    }

    @Transactional
    int markAllRead() {
        return inbox.markAllRead(me(), clock.instant());
    }

    private String me() {
        return currentUser.principal().map(ServalPrincipal::getUsername).orElseThrow();
    }

    private NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), StoredArguments.stored(n.getArguments()),
                texts.subject(n.getKind(), n.getArguments(), LocaleContextHolder.getLocale()), n.getLink(),
                n.getCreatedAt(), n.getReadAt() != null, n.getReadAt());
    }
}
