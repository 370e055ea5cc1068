package io.serval.agreement;

import java.time.LocalDate;

/** A line of the agreement list; {@code name} is the name in the reader's language. */
public record AgreementSummary(String code, String type, String level, String name, String nameZh, String nameEn,
        String party, String parent,
        String status, int versionNumber, Integer publishedVersion, boolean needsRevision, LocalDate nextReviewDue) {
}
