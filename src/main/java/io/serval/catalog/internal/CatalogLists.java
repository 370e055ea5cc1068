package io.serval.catalog.internal;

import io.serval.catalog.CatalogVersionSummary;
import io.serval.catalog.ServiceRequirementView;
import io.serval.catalog.ServiceView;
import io.serval.web.ListQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * The catalog's lists (services, published versions, requirement specifications) as their pages and the API show
 * them: filtered, ordered and paged alike. {@code *Order} gives the order a {@link ListQuery} asked for, or the
 * list's default one.
 */
final class CatalogLists {

    private CatalogLists() {
    }

    /** By name unless another order is asked for. */
    static ListQuery serviceOrder(ListQuery asked) {
        return asked.sortedBy(List.of("name", "code"), "name", false);
    }

    static Page<ServiceView> services(List<ServiceView> found, ListQuery order) {
        return order.page(found, Map.of(
                "name", ListQuery.byText(ServiceView::name).thenComparing(ServiceView::code),
                "code", Comparator.comparing(ServiceView::code)));
    }

    /** Newest first unless another order is asked for. */
    static ListQuery versionOrder(ListQuery asked) {
        return asked.sortedBy(List.of("number", "publishedBy", "services"), "number", true);
    }

    /** The versions whose note or publisher contains {@code q}. */
    static Page<CatalogVersionSummary> versions(List<CatalogVersionSummary> all, String q, ListQuery order) {
        Comparator<CatalogVersionSummary> number = Comparator.comparingInt(CatalogVersionSummary::number);
        return order.page(all.stream().filter(v -> ListQuery.matches(q, v.note(), v.publishedBy())).toList(), Map.of(
                "number", number,
                "publishedBy", Comparator.comparing(CatalogVersionSummary::publishedBy,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(number.reversed()),
                "services", Comparator.comparingInt(CatalogVersionSummary::services).thenComparing(number.reversed())));
    }

    /** By customer unless another order is asked for. */
    static ListQuery requirementOrder(ListQuery asked) {
        return asked.sortedBy(List.of("customer", "service", "agreement"), "customer", false);
    }

    /**
     * The specifications whose customer, service, expectations or answering agreement contains {@code q};
     * with {@code unanswered} only those no agreement answers yet.
     */
    static Page<ServiceRequirementView> requirements(List<ServiceRequirementView> all, String q, boolean unanswered,
            ListQuery order) {
        Comparator<ServiceRequirementView> customer = ListQuery.byText(ServiceRequirementView::organisationName);
        Comparator<ServiceRequirementView> service = ListQuery.byText(ServiceRequirementView::serviceName);
        return order.page(all.stream()
                .filter(r -> !unanswered || r.answeringAgreement() == null)
                .filter(r -> ListQuery.matches(q, r.organisationName(), r.serviceName(), r.expectations(),
                        r.answeringAgreement()))
                .toList(), Map.of(
                "customer", customer.thenComparing(service),
                "service", service.thenComparing(customer),
                "agreement", ListQuery.byText(ServiceRequirementView::answeringAgreement).thenComparing(customer)));
    }
}
