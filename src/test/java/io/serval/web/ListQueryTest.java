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
        assertThat(ListQuery.of("abc", "-3", " ", "sideways")).isEqualTo(new ListQuery(0, ListQuery.DEFAULT_SIZE, null, false));
        assertThat(ListQuery.of("-5", "100000", "name", "DESC")).isEqualTo(new ListQuery(0, ListQuery.MAX_SIZE, "name", true));
    }

    @Test
    void anUnknownSortKeyFallsBackToTheListsOwnOrder() {
        assertThat(ListQuery.of(null, null, "password", "asc").sortedBy(List.of("when"), "when", true))
                .isEqualTo(new ListQuery(0, ListQuery.DEFAULT_SIZE, "when", true));
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
    void searchTextMatchesAnyFieldIgnoringCase() {
        assertThat(ListQuery.matches("mail", "EMAIL", null)).isTrue();
        assertThat(ListQuery.matches("  ", "x")).isTrue();
        assertThat(ListQuery.matches("erp", "EMAIL", "企业邮箱")).isFalse();
    }
}
