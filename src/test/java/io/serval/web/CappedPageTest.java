package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

class CappedPageTest {

    private static List<Integer> rows(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void fewerMatchesThanTheLimitAreCountedExactly() {
        CappedPage<Integer> page = CappedPage.of(rows(25), PageRequest.of(0, 25), 60);
        assertThat(page.getTotalElements()).isEqualTo(60);
        assertThat(page.isTotalExact()).isTrue();
        assertThat(page.getTotalPages()).isEqualTo(3);
    }

    @Test
    void moreMatchesThanTheLimitSayMoreThanTheLimitAndAlwaysHaveANextPage() {
        CappedPage<Integer> first = CappedPage.of(rows(25), PageRequest.of(0, 25), CappedPage.COUNT_LIMIT + 1);
        assertThat(first.getTotalElements()).isEqualTo(1_000);
        assertThat(first.isTotalExact()).isFalse();
        assertThat(first.getTotalPages()).as("40 counted, and more").isEqualTo(41);
        assertThat(first.hasNext()).isTrue();

        Pageable page40 = PageRequest.of(39, 25);
        assertThat(CappedPage.of(rows(25), page40, 1_001).hasNext()).as("the last counted page goes on").isTrue();
        Pageable page41 = PageRequest.of(40, 25);
        assertThat(CappedPage.countLimit(page41)).as("a page beyond the limit counts up to its end").isEqualTo(1_025);
        CappedPage<Integer> beyond = CappedPage.of(rows(25), page41, 1_026);
        assertThat(beyond.getNumber()).isEqualTo(40);
        assertThat(beyond.hasNext()).isTrue();
        assertThat(CappedPage.of(rows(3), page41, 1_003).hasNext()).as("the real end, counted").isFalse();
    }

    @Test
    void mappingKeepsWhetherTheTotalIsExact() {
        Page<String> mapped = CappedPage.of(rows(25), PageRequest.of(0, 25), 5_000).map(String::valueOf);
        assertThat(CappedPage.totalExact(mapped)).isFalse();
        assertThat(mapped.getTotalElements()).isEqualTo(1_000);
        assertThat(mapped.getContent()).startsWith("0", "1");
        assertThat(CappedPage.totalExact(new PageImpl<>(List.of(1)))).as("any other page is exact").isTrue();
        FlatPage<String> api = FlatPage.of(mapped);
        assertThat(api.totalExact()).isFalse();
        assertThat(api.totalPages()).isEqualTo(41);
    }
}
