package io.serval.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page requests from the numbers a caller sent: the size within 1 and the list's maximum, the page within what
 * the database's offset can reach. A page beyond the last answers an empty page, never an error.
 */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(int page, int size, int maxSize, Sort sort) {
        int boundedSize = Math.min(Math.max(size, 1), maxSize);
        int lastReachablePage = Integer.MAX_VALUE / boundedSize - 1;
        return PageRequest.of(Math.min(Math.max(page, 0), lastReachablePage), boundedSize, sort);
    }
}
