package io.serval.agreement;

import java.util.List;

/**
 * What changed between two versions of an agreement, field by field. Rows of a list are matched by what identifies
 * them (targets and clauses by code, escalations by their share, …), so that a reordered list is no change.
 * {@code field}, {@code before} and {@code after} are the document's path and values
 * ({@code targets[RES-P1].duration}, {@code PT4H}); {@code label}, {@code beforeText} and {@code afterText} say the
 * same in the reader's language ("Target RES-P1: Target", "4 h").
 */
public record VersionDiff(String agreement, int from, int to, List<Change> changes) {

    public record Change(String field, String before, String after, String label, String beforeText, String afterText) {
    }
}
