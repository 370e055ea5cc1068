package io.serval.notify.internal;

import io.serval.web.ListQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page: the user's notifications, newest first, filtered (unread, a ticket number or subject), marked
 * read one by one or all at once.
 */
@Controller
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String page(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) String q,
            ListQuery list, Model model) {
        model.addAttribute("notifications", inbox.page(list, unread, q));
        model.addAttribute("list", InboxService.order(list));
        model.addAttribute("unread", unread);
        model.addAttribute("q", q);
        model.addAttribute("unreadCount", inbox.unread());
        return "notify/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(@PathVariable long id) {
        inbox.markRead(id);
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    String markAllRead(RedirectAttributes redirect) {
        inbox.markAllRead();
        redirect.addFlashAttribute("flash", "inbox.allMarked");
        return "redirect:/inbox";
    }
}
