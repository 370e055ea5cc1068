package io.serval.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PagingTest {

    @Test
    void aPageFarBeyondTheLastStaysWithinWhatAnOffsetCanReach() {
        PageRequest far = Paging.of(4294968, 500, 500, Sort.unsorted());
        assertThat((long) far.getPageNumber() * far.getPageSize() + far.getPageSize()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(far.getOffset()).isPositive();
    }

    @Test
    void sizeAndPageAreClampedToTheList() {
        PageRequest request = Paging.of(-3, 100_000, 500, Sort.unsorted());
        assertThat(request.getPageNumber()).isZero();
        assertThat(request.getPageSize()).isEqualTo(500);
        assertThat(Paging.of(0, 0, 25, Sort.unsorted()).getPageSize()).isEqualTo(1);
    }
}
