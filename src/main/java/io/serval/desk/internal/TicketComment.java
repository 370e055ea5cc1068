package io.serval.desk.internal;

import io.serval.desk.CommentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply (the customer sees it) or an internal note (only the desk does). */
@Entity
@Table(name = "ticket_comment")
class TicketComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean internal;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketComment() {
    }

    TicketComment(long ticketId, String text, boolean internal, String author, Instant createdAt) {
        this.ticketId = ticketId;
        this.text = text;
        this.internal = internal;
        this.author = author;
        this.createdAt = createdAt;
    }

    CommentView view() {
        return new CommentView(id, text, internal, author, createdAt);
    }
}
