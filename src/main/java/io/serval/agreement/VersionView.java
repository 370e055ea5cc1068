package io.serval.agreement;

import java.time.Instant;

/** One version in an agreement's history. */
public record VersionView(int number, String status, String note, Instant createdAt, String createdBy,
        Instant submittedAt, String submittedBy, Instant approvedAt, String approvedBy, Instant publishedAt,
        String publishedBy, AgreementDocument document) {
}
