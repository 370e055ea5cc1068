package io.serval.web.internal;

import io.serval.web.CappedPage;
import io.serval.web.ListQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the shared pager and sortable column headers ({@code fragments/list}): the current page's address with
 * one parameter changed and every filter kept ({@code ${@lists.page(2)}}, {@code ${@lists.sort(list, 'name')}}),
 * and whether a page's total is exact ({@code ${@lists.exact(page)}}).
 */
@Component("lists")
public class ListLinks {

    /** The current address showing page {@code number} (from 0). */
    public String page(int number) {
        return link(current().replaceQueryParam("page", number));
    }

    /** Whether the page's total is the number of matches, or only "more than" it ({@link CappedPage}). */
    public boolean exact(Page<?> page) {
        return CappedPage.totalExact(page);
    }

    /**
     * The current address sorted by {@code key}, from the first page: ascending, or descending when the list is
     * already sorted ascending by that key.
     */
    public String sort(ListQuery list, String key) {
        boolean descending = key.equals(list.sort()) && !list.descending();
        return link(current().replaceQueryParam("page").replaceQueryParam("sort", key)
                .replaceQueryParam("dir", descending ? "desc" : "asc"));
    }

    /** The request's path and query as the browser sent them (already encoded), without the language switch. */
    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang");
    }

    private static String link(UriComponentsBuilder builder) {
        try {
            return builder.build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            return builder.build().encode().toUriString();
        }
    }
}
