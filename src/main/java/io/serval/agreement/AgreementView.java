package io.serval.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as shown: its current version's content, where it stands in change control, and whether a
 * change of an SLA it underpins asks for its revision.
 */
public record AgreementView(
        String code,
        String type,
        String status,
        int versionNumber,
        Integer publishedVersion,
        boolean needsRevision,
        List<String> revisionReasons,
        LocalDate nextReviewDue,
        Instant updatedAt,
        String updatedBy,
        long version,
        AgreementDocument document) {
}
