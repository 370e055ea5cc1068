package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

class ListQueryTest {

    private static final List<Integer> SIXTY = IntStream.rangeClosed(1, 60).boxed().toList();
    private static final Map<String, Comparator<Integer>> ORDERS = Map.of("number", Comparator.naturalOrder());

    @Test
    void aPagePastTheEndShowsTheLastPage() {
        Page<Integer> page = ListQuery.of("1000", null, null, null).sortedBy(ORDERS.keySet(), "number", false)
                .page(SIXTY, ORDERS);
        assertThat(page.getNumber()).isEqualTo(2);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getContent()).containsExactly(51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
    }

    @Test
    void rubbishAndOutOfBoundsParametersAreBroughtWithinBounds() {
        assertThat(ListQuery.of("abc", "-3", " ", "sideways")).isEqualTo(new ListQuery(0, ListQuery.DEFAULT_SIZE, null, false, ListQuery.Reader.PAGE));
        assertThat(ListQuery.of("-5", "100000", "name", "DESC")).isEqualTo(new ListQuery(0, ListQuery.MAX_SIZE, "name", true, ListQuery.Reader.PAGE));
    }

    @Test
    void anUnknownSortKeyFallsBackToTheListsOwnOrder() {
        assertThat(ListQuery.of(null, null, "password", "asc").sortedBy(List.of("when"), "when", true))
                .isEqualTo(new ListQuery(0, ListQuery.DEFAULT_SIZE, "when", true, ListQuery.Reader.PAGE));
        assertThat(ListQuery.of(null, null, "when", "asc").sortedBy(List.of("when"), "when", true).descending()).isFalse();
    }

    @Test
    void descendingReversesTheOrderAndAnEmptyListIsOnePageOfNothing() {
        Page<Integer> page = ListQuery.of(null, "5", "number", "desc").page(SIXTY, ORDERS);
        assertThat(page.getContent()).containsExactly(60, 59, 58, 57, 56);
        Page<Integer> empty = ListQuery.of("4", null, "number", null).page(List.of(), ORDERS);
        assertThat(empty.getNumber()).isZero();
        assertThat(empty.getTotalElements()).isZero();
    }

    @Test
    void theApiReadsLargerPagesAndAnswersAPagePastTheEndWithNothing() {
        ListQuery api = ListQuery.of("1000", "100000", "number", null, ListQuery.Reader.API);
        assertThat(api.size()).isEqualTo(ListQuery.Reader.API.maxSize);
        assertThat(ListQuery.of(null, null, null, null, ListQuery.Reader.API).size())
                .isEqualTo(ListQuery.Reader.API.defaultSize);
        Page<Integer> past = api.page(SIXTY, ORDERS);
        assertThat(past.getContent()).isEmpty();
        assertThat(past.getNumber()).isEqualTo(1000);
        assertThat(past.getTotalElements()).isEqualTo(60);
        assertThat(past.getTotalPages()).isEqualTo(1);
    }

    @Test
    void theLargestPageNumberNeitherOverflowsTheOffsetNorFails() {
        Page<Integer> page = ListQuery.of(String.valueOf(Integer.MAX_VALUE), "100", "number", null).page(SIXTY, ORDERS);
        assertThat(page.getNumber()).isZero();
        assertThat(page.getContent()).hasSize(60);
        Page<Integer> api = ListQuery.of(String.valueOf(Integer.MAX_VALUE), "500", "number", null, ListQuery.Reader.API)
                .page(SIXTY, ORDERS);
        assertThat(api.getContent()).isEmpty();
        assertThat(api.getPageable().getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aDatabasePagePastTheEndIsReadAgainAsTheLastPageOnAPageButNotInTheApi() {
        Map<String, org.springframework.data.domain.Sort> sorts = Map.of("number", org.springframework.data.domain.Sort.by("n"));
        java.util.function.Function<org.springframework.data.domain.Pageable, Page<Integer>> query = pageable -> {
            int from = (int) Math.min(pageable.getOffset(), SIXTY.size());
            return new org.springframework.data.domain.PageImpl<>(SIXTY.subList(from,
                    Math.min(from + pageable.getPageSize(), SIXTY.size())), pageable, SIXTY.size());
        };
        Page<Integer> page = ListQuery.of("7", "25", "number", null).fetch(sorts, query);
        assertThat(page.getNumber()).isEqualTo(2);
        assertThat(page.getContent()).startsWith(51).hasSize(10);
        Page<Integer> api = ListQuery.of("7", "25", "number", null, ListQuery.Reader.API).fetch(sorts, query);
        assertThat(api.getContent()).isEmpty();
    }

    @Test
    void searchTextMatchesAnyFieldIgnoringCase() {
        assertThat(ListQuery.matches("mail", "EMAIL", null)).isTrue();
        assertThat(ListQuery.matches("  ", "x")).isTrue();
        assertThat(ListQuery.matches("erp", "EMAIL", "企业邮箱")).isFalse();
    }
}
