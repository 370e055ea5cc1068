package io.serval.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose matches were counted only up to a bound, so that a list with a hundred thousand matches
 * costs no more to show than one with a thousand: the reader counts at most {@link #countLimit} + 1 rows. When
 * there are more, {@link #getTotalElements()} is that bound and {@link #isTotalExact()} false ("more than 1,000"),
 * and the page always has a next one (the pager shows "41+" pages). The API says so as {@code totalExact}.
 */
public class CappedPage<T> extends PageImpl<T> {

    /** Lists count this many matches at most (more when a page further on asks for more). */
    public static final int COUNT_LIMIT = 1_000;

    private final boolean totalExact;

    private CappedPage(List<T> content, Pageable pageable, long total, boolean totalExact) {
        super(content, pageable, total);
        this.totalExact = totalExact;
    }

    /**
     * How many matches to count for {@code pageable} at most: {@link #COUNT_LIMIT}, or up to the end of the page
     * asked for when it lies beyond. A reader counts up to one row more, to know whether there are more.
     */
    public static long countLimit(Pageable pageable) {
        return pageable.isPaged() ? Math.max(COUNT_LIMIT, pageable.getOffset() + pageable.getPageSize()) : Long.MAX_VALUE;
    }

    /**
     * @param counted the matches counted, at most {@link #countLimit}{@code (pageable) + 1}; more than the limit
     *                means "more than the limit"
     */
    public static <T> CappedPage<T> of(List<T> content, Pageable pageable, long counted) {
        long limit = countLimit(pageable);
        return counted > limit ? new CappedPage<>(content, pageable, limit, false)
                : new CappedPage<>(content, pageable, counted, true);
    }

    /** Whether {@link #getTotalElements()} is the number of matches, or (false) only a lower bound of it. */
    public boolean isTotalExact() {
        return totalExact;
    }

    /** Whether the total of {@code page} is exact: always, unless it is a {@link CappedPage} that says otherwise. */
    public static boolean totalExact(Page<?> page) {
        return !(page instanceof CappedPage<?> capped) || capped.isTotalExact();
    }

    /** With more matches than counted, one page more than the count covers: a next page always exists. */
    @Override
    public int getTotalPages() {
        return totalExact ? super.getTotalPages() : super.getTotalPages() + 1;
    }

    @Override
    public <U> Page<U> map(java.util.function.Function<? super T, ? extends U> converter) {
        return new CappedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
                totalExact);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CappedPage<?> that && totalExact == that.totalExact && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(totalExact);
    }
}
