package io.serval.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which page of a list to show, how many rows and in which order, read the same way on every list page and every
 * list of the API from the query parameters {@code page} (from 0), {@code size}, {@code sort} and {@code dir}
 * ({@code asc}/{@code desc}). Values out of bounds are brought back within them rather than refused: a size above
 * the reader's maximum shows the maximum, an unknown sort key the list's default order, and a page past the end
 * the last page on a page, an empty page in the API (so that a client reading until an empty page stops).
 * A controller declares a {@code ListQuery} parameter and says which sort keys its list knows.
 */
public record ListQuery(int page, int size, String sort, boolean descending, Reader reader) {

    public static final int DEFAULT_SIZE = Reader.PAGE.defaultSize;
    public static final int MAX_SIZE = Reader.PAGE.maxSize;

    /** Who reads the list: a person on a page, or a program through the API (larger pages). */
    public enum Reader {
        PAGE(25, 100), API(50, 500);

        public final int defaultSize;
        public final int maxSize;

        Reader(int defaultSize, int maxSize) {
            this.defaultSize = defaultSize;
            this.maxSize = maxSize;
        }
    }

    public ListQuery {
        reader = reader == null ? Reader.PAGE : reader;
    }

    /** Reads the raw parameters of a list page (any of them may be null or rubbish). */
    public static ListQuery of(String page, String size, String sort, String dir) {
        return of(page, size, sort, dir, Reader.PAGE);
    }

    /** Reads the raw parameters for {@code reader} (any of them may be null or rubbish). */
    public static ListQuery of(String page, String size, String sort, String dir, Reader reader) {
        int p = number(page, 0);
        int s = number(size, reader.defaultSize);
        String key = sort == null || sort.isBlank() ? null : sort.trim();
        return new ListQuery(Math.max(p, 0), s <= 0 ? reader.defaultSize : Math.min(s, reader.maxSize), key,
                "desc".equalsIgnoreCase(dir == null ? "" : dir.trim()), reader);
    }

    /**
     * This query with a sort key the list knows: the one asked for if it is one of {@code known}, otherwise
     * {@code fallback} in its usual direction ({@code fallbackDescending}).
     */
    public ListQuery sortedBy(Collection<String> known, String fallback, boolean fallbackDescending) {
        if (sort != null && known.contains(sort)) {
            return this;
        }
        return new ListQuery(page, size, fallback, fallbackDescending, reader);
    }

    /**
     * The page of a list held in memory, ordered by the comparator of the sort key (call {@link #sortedBy} first);
     * a page past the end is the last page (on a page) or empty (in the API).
     */
    public <T> Page<T> page(List<T> all, Map<String, Comparator<T>> orders) {
        Comparator<T> order = orders.get(sort);
        if (order == null) {
            throw new IllegalArgumentException("unknown sort key " + sort + "; call sortedBy first");
        }
        List<T> sorted = all.stream().sorted(descending ? order.reversed() : order).toList();
        int last = Math.max((sorted.size() - 1) / size, 0);
        PageRequest shown = request(reader == Reader.PAGE ? Math.min(page, last) : page, Sort.unsorted());
        int from = (int) Math.min(shown.getOffset(), sorted.size());
        return new PageImpl<>(sorted.subList(from, Math.min(from + size, sorted.size())), shown, sorted.size());
    }

    /**
     * A page read from the database with the {@link Sort} of the sort key; a page past the end is read again as
     * the last page (on a page) or answered empty (in the API).
     */
    public <T> Page<T> fetch(Map<String, Sort> orders, Function<Pageable, Page<T>> query) {
        Sort order = orders.get(sort);
        if (order == null) {
            throw new IllegalArgumentException("unknown sort key " + sort + "; call sortedBy first");
        }
        Sort directed = descending ? Sort.by(order.stream().map(o -> o.with(o.getDirection().isAscending()
                ? Sort.Direction.DESC : Sort.Direction.ASC)).toList()) : order;
        Page<T> found = query.apply(request(page, directed));
        if (reader == Reader.PAGE && found.getTotalPages() > 0 && found.getNumber() >= found.getTotalPages()) {
            return query.apply(request(found.getTotalPages() - 1, directed));
        }
        return found;
    }

    /** Whether any of {@code fields} contains the search text {@code q} (ignoring case); an empty search matches all. */
    public static boolean matches(String q, String... fields) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String wanted = q.trim().toLowerCase(Locale.ROOT);
        for (String field : fields) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Orders by a text as the user's language sorts it (Chinese names by pinyin), empty values last. */
    public static <T> Comparator<T> byText(Function<T, String> text) {
        Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
        return Comparator.comparing(text, Comparator.nullsLast(collator::compare));
    }

    private PageRequest request(int number, Sort order) {
        return Paging.of(number, size, reader.maxSize, order);
    }

    private static int number(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
