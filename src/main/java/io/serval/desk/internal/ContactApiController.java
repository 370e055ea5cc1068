package io.serval.desk.internal;

import io.serval.desk.ContactChannel;
import io.serval.desk.ContactFilter;
import io.serval.desk.ContactQueries;
import io.serval.desk.ContactService;
import io.serval.desk.ContactView;
import io.serval.desk.LogContact;
import io.serval.web.FlatPage;
import io.serval.web.ListQuery;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contact records over REST: the same rules and permissions as the pages. */
@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts", description = "Calls, e-mails, visits and call-backs with customers, and the tickets they concern")
class ContactApiController {

    static final Map<String, Sort> ORDERS = Map.of(
            "at", Sort.by("at", "id"),
            "channel", Sort.by("channel").and(Sort.by(Sort.Direction.DESC, "at", "id")),
            "organisation", Sort.by("organisation").and(Sort.by(Sort.Direction.DESC, "at", "id")));

    private final ContactService contacts;
    private final ContactQueries queries;

    ContactApiController(ContactService contacts, ContactQueries queries) {
        this.contacts = contacts;
        this.queries = queries;
    }

    /** Records a contact; with {@code raise}, opens the ticket from it in the same transaction. */
    @PostMapping
    ResponseEntity<ContactView> log(@RequestBody LogContact contact) {
        ContactView logged = contacts.log(contact);
        return ResponseEntity.created(URI.create("/api/contacts/" + logged.id())).body(logged);
    }

    @GetMapping
    FlatPage<ContactView> list(@Parameter(description = "searches the summary and the contact's name") @RequestParam(required = false) String q,
            @RequestParam(required = false) ContactChannel channel, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String customer, @RequestParam(required = false) Long ticket, ListQuery list) {
        ContactFilter filter = new ContactFilter(q, channel, organisation, customer, ticket);
        return FlatPage.of(list.sortedBy(ORDERS.keySet(), "at", true).fetch(ORDERS, page -> queries.list(filter, page)));
    }

    @GetMapping("/{id}")
    ContactView get(@PathVariable long id) {
        return queries.get(id);
    }
}
