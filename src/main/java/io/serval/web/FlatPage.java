package io.serval.web;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A page of an API list with its totals at the top level ({@code content}, {@code totalElements}, …), the shape the
 * desk's lists promise their clients; the other lists answer Spring's {@code PagedModel} ({@code content},
 * {@code page}).
 */
public record FlatPage<T>(List<T> content, long totalElements, int totalPages, int number, int size) {

    public static <T> FlatPage<T> of(Page<T> page) {
        return new FlatPage<>(page.getContent(), page.getTotalElements(), page.getTotalPages(), page.getNumber(),
                page.getSize());
    }
}
