package io.serval.desk.internal;

import io.serval.desk.NewComment;
import io.serval.desk.RaiseTicket;
import io.serval.desk.Severity;
import io.serval.desk.TicketChange;
import io.serval.desk.TicketStatus;
import io.serval.desk.TicketType;
import io.serval.desk.TicketView;
import io.serval.desk.Transition;
import io.serval.core.Texts;
import org.springframework.web.multipart.MultipartFile;

/** The fields of the desk's forms, each turned into the command the API takes too. */
final class TicketForms {

    private TicketForms() {
    }

    /** Raise a ticket, with a file; {@code customer} only when the desk raises it for someone. */
    public static class Raise {
        private TicketType type = TicketType.INCIDENT;
        private String service;
        private String subject;
        private String description;
        private Severity impact = Severity.MEDIUM;
        private Severity urgency = Severity.MEDIUM;
        private String category;
        private String customer;
        private MultipartFile file;

        RaiseTicket command() {
            return new RaiseTicket(type, subject, description, service, impact, urgency, Texts.blankToNull(category),
                    Texts.blankToNull(customer));
        }

        public TicketType getType() { return type; }
        public void setType(TicketType type) { this.type = type; }
        public String getService() { return service; }
        public void setService(String service) { this.service = service; }
        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Severity getImpact() { return impact; }
        public void setImpact(Severity impact) { this.impact = impact; }
        public Severity getUrgency() { return urgency; }
        public void setUrgency(Severity urgency) { this.urgency = urgency; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getCustomer() { return customer; }
        public void setCustomer(String customer) { this.customer = customer; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
    }

    /** A reply (or, from the desk, an internal note) with a file. */
    public static class Reply {
        private String text;
        private boolean internal;
        private MultipartFile file;

        NewComment command() {
            return new NewComment(text, internal);
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isInternal() { return internal; }
        public void setInternal(boolean internal) { this.internal = internal; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
    }

    /**
     * One of the moves of the ticket page; {@code action} names the form it came from (take, escalate, resolve…)
     * so that its errors show there.
     */
    public static class Move {
        private String action;
        private TicketStatus to;
        private String comment;
        private String group;
        private String assignee;
        private String supplier;

        Transition command() {
            return new Transition(to, Texts.blankToNull(comment), Texts.blankToNull(assignee), Texts.blankToNull(group),
                    Texts.blankToNull(supplier));
        }

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public TicketStatus getTo() { return to; }
        public void setTo(TicketStatus to) { this.to = to; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getAssignee() { return assignee; }
        public void setAssignee(String assignee) { this.assignee = assignee; }
        public String getSupplier() { return supplier; }
        public void setSupplier(String supplier) { this.supplier = supplier; }
    }

    /** What the ticket concerns (desk only); shows and keeps all four, with the version read. */
    public static class Change {
        private Severity impact;
        private Severity urgency;
        private String service;
        private String category;
        private Long version;

        static Change of(TicketView ticket) {
            Change form = new Change();
            form.impact = ticket.impact();
            form.urgency = ticket.urgency();
            form.service = ticket.service();
            form.category = ticket.category();
            form.version = ticket.version();
            return form;
        }

        TicketChange command() {
            return new TicketChange(impact, urgency, service, category == null ? "" : category, version);
        }

        public Severity getImpact() { return impact; }
        public void setImpact(Severity impact) { this.impact = impact; }
        public Severity getUrgency() { return urgency; }
        public void setUrgency(Severity urgency) { this.urgency = urgency; }
        public String getService() { return service; }
        public void setService(String service) { this.service = service; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }
}
