package io.serval.desk.internal;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.Texts;
import io.serval.desk.ContactFilter;
import io.serval.desk.ContactView;
import io.serval.desk.LogContact;
import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.Role;
import io.serval.identity.UserView;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Writes and reads contact records; who may read which is {@link DeskAccess}' concern. */
@Component
public class ContactLog {

    /** Who the contact was with: a customer user (their organisation), or a name for someone without an account. */
    public record Who(String customer, String name, String phone, String email, String organisation) {
    }

    private final ContactRecords contacts;
    private final Tickets tickets;
    private final IdentityService identity;
    private final Clock clock;

    ContactLog(ContactRecords contacts, Tickets tickets, IdentityService identity, Clock clock) {
        this.contacts = contacts;
        this.tickets = tickets;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * The customer user named, or the name with a phone number or an e-mail address and a customer organisation.
     * @throws InvalidInputException naming every field that is missing or unknown
     */
    public Who who(LogContact c) {
        String username = Texts.blankToNull(c.customer());
        String phone = Texts.blankToNull(c.phone());
        String email = Texts.blankToNull(c.email());
        if (username != null) {
            UserView customer = customer(username)
                    .orElseThrow(() -> new InvalidInputException(FieldProblem.of("customer", "desk.customer.unknown",
                            "there is no customer ''{0}''", username)));
            return new Who(customer.username(), null, phone, email, customer.organisation());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.blankToNull(c.name());
        if (name == null) {
            problems.add(FieldProblem.of("customer", "desk.contact.whoRequired",
                    "name the customer (user name), or the caller's name for someone without an account"));
        }
        if (phone == null && email == null) {
            problems.add(FieldProblem.of("phone", "desk.contact.reachRequired", "give a phone number or an e-mail address"));
        }
        String organisation = Texts.blankToNull(c.organisation());
        if (organisation == null) {
            problems.add(FieldProblem.of("organisation", "validation.required", "is required"));
        } else if (identity.findOrganisation(organisation).filter(o -> o.kind() == OrganisationKind.CUSTOMER).isEmpty()) {
            problems.add(FieldProblem.of("organisation", "desk.contact.organisationUnknown",
                    "there is no customer organisation ''{0}''", organisation));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Who(null, name, phone, email, organisation);
    }

    private Optional<UserView> customer(String username) {
        try {
            UserView user = identity.user(username);
            boolean isCustomer = user.roles().contains(Role.CUSTOMER) && identity.findOrganisation(user.organisation())
                    .filter(o -> o.kind() == OrganisationKind.CUSTOMER).isPresent();
            return isCustomer ? Optional.of(user) : Optional.empty();
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** Saves the contact, not yet linked; {@link #link} links it once its subject exists. */
    public ContactView record(LogContact c, Who who, Instant at, String actor) {
        ContactRecord saved = contacts.save(new ContactRecord(c.channel(), who.customer(), who.name(), who.phone(),
                who.email(), who.organisation(), at, c.summary().strip(), actor, clock.instant()));
        return saved.view(null);
    }

    /** Links the contact to the ticket it concerns (none when {@code ticketId} is null). */
    public ContactView link(ContactView contact, Long ticketId) {
        ContactRecord record = contacts.findVisible(contact.id(), null).orElseThrow();
        if (ticketId == null) {
            return contact;
        }
        record.concerns(ContactRecord.TICKET, ticketId);
        return views(List.of(contacts.save(record))).get(0);
    }

    public Optional<ContactView> find(long id, String organisation) {
        return contacts.findVisible(id, organisation).map(c -> views(List.of(c)).get(0));
    }

    /** {@code organisation}: null for all, else that organisation's. */
    public Page<ContactView> search(String organisation, ContactFilter f, Pageable pageable) {
        String q = Texts.blankToNull(f.q());
        Page<ContactRecord> page = contacts.search(organisation, f.channel(), Texts.blankToNull(f.customer()), f.ticket(),
                q == null ? null : "%" + q.toLowerCase(Locale.ROOT) + "%", pageable);
        return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    public List<ContactView> forTicket(Ticket ticket) {
        return contacts.findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(ContactRecord.TICKET, ticket.getId()).stream()
                .map(c -> c.view(ticket.getNumber())).toList();
    }

    /** The contacts with the numbers of the tickets they concern, read at once. */
    private List<ContactView> views(List<ContactRecord> records) {
        List<Long> ids = records.stream().map(ContactRecord::ticketId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> numbers = ids.isEmpty() ? Map.of() : tickets.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Ticket::getId, Ticket::getNumber));
        return records.stream().map(c -> c.view(c.ticketId() == null ? null : numbers.get(c.ticketId()))).toList();
    }
}
