package io.serval.agreement;

import java.util.List;

/** What changed between two versions of an agreement, field by field (targets keyed by their code). */
public record VersionDiff(String agreement, int from, int to, List<Change> changes) {

    public record Change(String field, String before, String after) {
    }
}
