package io.serval.web;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A page of an API list with its totals at the top level ({@code content}, {@code totalElements}, …), the shape the
 * desk's lists promise their clients; the other lists answer Spring's {@code PagedModel} ({@code content},
 * {@code page}). {@code totalExact} is false when the list counted its matches only up to a bound
 * ({@link CappedPage}): there are then more than {@code totalElements}, and a next page.
 */
public record FlatPage<T>(List<T> content, long totalElements, int totalPages, int number, int size, boolean totalExact) {

    public static <T> FlatPage<T> of(Page<T> page) {
        return new FlatPage<>(page.getContent(), page.getTotalElements(), page.getTotalPages(), page.getNumber(),
                page.getSize(), CappedPage.totalExact(page));
    }
}
