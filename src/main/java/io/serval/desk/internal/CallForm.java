package io.serval.desk.internal;

import io.serval.desk.ContactChannel;
import io.serval.desk.LogContact;
import io.serval.desk.Severity;
import io.serval.desk.TicketType;

/** The call form: the contact and, in the same form, the ticket opened from it (field paths as {@link LogContact}'s). */
public class CallForm {

    private ContactChannel channel = ContactChannel.PHONE;
    private String customer;
    private String name;
    private String phone;
    private String email;
    private String organisation;
    private String summary;
    private boolean openTicket = true;
    private TicketPart raise = new TicketPart();

    LogContact command() {
        return new LogContact(channel, customer, name, phone, email, organisation, null, summary, null,
                openTicket ? new LogContact.NewTicket(raise.type, raise.subject, raise.description, raise.service,
                        raise.impact, raise.urgency, raise.category) : null);
    }

    /** The ticket to open: what it is about and how bad it is. */
    public static class TicketPart {
        private TicketType type = TicketType.INCIDENT;
        private String subject;
        private String description;
        private String service;
        private Severity impact = Severity.MEDIUM;
        private Severity urgency = Severity.MEDIUM;
        private String category;

        public TicketType getType() {
            return type;
        }

        public void setType(TicketType type) {
            this.type = type;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }

        public Severity getImpact() {
            return impact;
        }

        public void setImpact(Severity impact) {
            this.impact = impact;
        }

        public Severity getUrgency() {
            return urgency;
        }

        public void setUrgency(Severity urgency) {
            this.urgency = urgency;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isOpenTicket() {
        return openTicket;
    }

    public void setOpenTicket(boolean openTicket) {
        this.openTicket = openTicket;
    }

    public TicketPart getRaise() {
        return raise;
    }

    public void setRaise(TicketPart raise) {
        this.raise = raise == null ? new TicketPart() : raise;
    }
}
