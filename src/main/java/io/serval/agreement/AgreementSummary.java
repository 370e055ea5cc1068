package io.serval.agreement;

import java.time.LocalDate;

/** A line of the agreement list. */
public record AgreementSummary(String code, String type, String level, String name, String party, String parent,
        String status, int versionNumber, Integer publishedVersion, boolean needsRevision, LocalDate nextReviewDue) {
}
