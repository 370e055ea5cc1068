package io.serval.identity.internal;

import io.serval.identity.IdentityService;
import io.serval.identity.OrganisationKind;
import io.serval.identity.OrganisationView;
import io.serval.identity.UserFilter;
import io.serval.identity.UserView;
import io.serval.web.ListQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

/**
 * The organisation and user lists as their pages and the API show them: filtered, ordered and paged alike.
 * {@code *Order} gives the order a {@link ListQuery} asked for, or the list's default one.
 */
final class IdentityLists {

    private static final Map<String, Sort> USER_SORTS = Map.of("username", Sort.by("username"),
            "displayName", Sort.by("displayName", "username"), "enabled", Sort.by("enabled", "username"));

    private IdentityLists() {
    }

    /** By code unless another order is asked for. */
    static ListQuery organisationOrder(ListQuery asked) {
        return asked.sortedBy(List.of("code", "name", "kind"), "code", false);
    }

    /** The organisations of {@code kind} (all when null) whose code or name contains {@code q}. */
    static Page<OrganisationView> organisations(List<OrganisationView> visible, String q, OrganisationKind kind,
            ListQuery order) {
        Comparator<OrganisationView> code = Comparator.comparing(OrganisationView::code);
        return order.page(visible.stream()
                .filter(o -> kind == null || o.kind() == kind)
                .filter(o -> ListQuery.matches(q, o.code(), o.nameZh(), o.nameEn())).toList(), Map.of(
                "code", code,
                "name", ListQuery.byText(OrganisationView::name).thenComparing(code),
                "kind", Comparator.comparing(OrganisationView::kind).thenComparing(code)));
    }

    /** By user name unless another order is asked for. */
    static ListQuery userOrder(ListQuery asked) {
        return asked.sortedBy(USER_SORTS.keySet(), "username", false);
    }

    static Page<UserView> users(IdentityService identity, UserFilter filter, ListQuery order) {
        return order.fetch(USER_SORTS, page -> identity.users(filter, page));
    }
}
