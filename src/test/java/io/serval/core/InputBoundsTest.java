package io.serval.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class InputBoundsTest {

    @Test
    void datesAndInstantsLieInTheYears1900To2200() {
        assertThat(InputBounds.within(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(InputBounds.within(LocalDate.of(2200, 12, 31))).isTrue();
        assertThat(InputBounds.within(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(InputBounds.within(LocalDate.MAX)).isFalse();
        assertThat(InputBounds.within(Instant.parse("2200-12-31T23:59:59Z"))).isTrue();
        assertThat(InputBounds.within(Instant.parse("2201-01-01T00:00:00Z"))).isFalse();
        assertThat(InputBounds.within(Instant.MIN)).isFalse();
    }

    @Test
    void durationsAndPeriodsAreAtMostFiveYears() {
        assertThat(InputBounds.within(Duration.ofHours(5 * 366 * 24))).isTrue();
        assertThat(InputBounds.within(Duration.ofHours(2562047788015215L))).isFalse();
        assertThat(InputBounds.within(Period.ofYears(5))).isTrue();
        assertThat(InputBounds.within(Period.parse("P1Y6M"))).isTrue();
        assertThat(InputBounds.within(Period.parse("P5Y1D"))).isFalse();
        assertThat(InputBounds.within(Period.ofYears(9999))).isFalse();
        assertThat(InputBounds.within(Period.ofDays(5000))).isFalse();
    }
}
