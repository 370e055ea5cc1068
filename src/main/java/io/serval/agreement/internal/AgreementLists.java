package io.serval.agreement.internal;

import io.serval.agreement.AgreementSummary;
import io.serval.agreement.AgreementTaskView;
import io.serval.web.ListQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * The agreement list and the work queue's open tasks as their pages and the API show them: filtered, ordered and
 * paged alike. {@code *Order} gives the order a {@link ListQuery} asked for, or the list's default one.
 */
final class AgreementLists {

    /** The kinds of task on the work queue, in the order the filter offers them. */
    static final List<String> TASK_KINDS = List.of(AgreementTask.REVISE_UNDERPINNING, AgreementTask.REVISE_CHILD_SLA,
            AgreementTask.UC_REVIEW);

    private static final List<String> AGREEMENT_KEYS = List.of("code", "name", "type", "party", "status", "review");
    private static final List<String> TASK_KEYS = List.of("kind", "agreement", "since");

    private AgreementLists() {
    }

    /** By type (OLA, SLA, UC) unless another order is asked for. */
    static ListQuery agreementOrder(ListQuery asked) {
        return asked.sortedBy(AGREEMENT_KEYS, "type", false);
    }

    static Page<AgreementSummary> agreements(List<AgreementSummary> rows, ListQuery order) {
        Comparator<AgreementSummary> code = Comparator.comparing(AgreementSummary::code);
        return order.page(rows, Map.of(
                "code", code,
                "name", ListQuery.byText(AgreementSummary::name).thenComparing(code),
                "type", Comparator.comparing(AgreementSummary::type).thenComparing(code),
                "party", Comparator.comparing(AgreementSummary::party, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(code),
                "status", Comparator.comparing(AgreementSummary::status).thenComparing(code),
                "review", Comparator.comparing(AgreementSummary::nextReviewDue,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(code)));
    }

    /** Newest first unless another order is asked for. */
    static ListQuery taskOrder(ListQuery asked) {
        return asked.sortedBy(TASK_KEYS, "since", true);
    }

    /** The tasks of one kind (all when blank) whose agreement or description contains {@code q}. */
    static Page<AgreementTaskView> tasks(List<AgreementTaskView> open, String kind, String q, ListQuery order) {
        Comparator<AgreementTaskView> since = Comparator.comparing(AgreementTaskView::createdAt)
                .thenComparing(AgreementTaskView::id);
        return order.page(open.stream()
                .filter(t -> kind == null || kind.isBlank() || t.kind().equalsIgnoreCase(kind.trim()))
                .filter(t -> ListQuery.matches(q, t.agreement(), t.description()))
                .toList(), Map.of(
                "kind", Comparator.comparing(AgreementTaskView::kind).thenComparing(since.reversed()),
                "agreement", Comparator.comparing(AgreementTaskView::agreement).thenComparing(since.reversed()),
                "since", since));
    }
}
