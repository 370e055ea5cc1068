package io.serval.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortDurationsTest {

    @ParameterizedTest
    @CsvSource({"4h, PT4H", "30m, PT30M", "1h 30m, PT1H30M", "1d 2h, PT26H", "2h 30m, PT2H30M", "90min, PT1H30M",
            "PT4H, PT4H", "pt15m, PT15M", "P2D, P2D", "soon, SOON"})
    void timesAreReadAsPeopleWriteThem(String written, String iso) {
        assertThat(ShortDurations.toIso(written)).isEqualTo(iso);
    }

    @org.junit.jupiter.api.Test
    void nothingWrittenStaysNothing() {
        assertThat(ShortDurations.toIso(null)).isNull();
        assertThat(ShortDurations.toIso("  ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PT4H, 4h", "PT1H30M, 1h 30m", "PT48H, 2d", "P2D, 2d", "PT26H, 1d 2h", "PT30S, PT30S", "SOON, SOON"})
    void storedTimesAreShownShortForEditingAndReadBackTheSame(String iso, String shown) {
        assertThat(ShortDurations.toShort(iso)).isEqualTo(shown);
        if (!shown.equals(iso)) {
            assertThat(java.time.Duration.parse(ShortDurations.toIso(shown))).isEqualTo(java.time.Duration.parse(iso));
        }
    }

    @ParameterizedTest
    @CsvSource({"P15D, PT360H, P15D", "PT4H, PT4H, PT4H", "PT4H, PT5H, PT5H", "P1D, PT23H, PT23H", "SOON, PT4H, PT4H",
            ", PT4H, PT4H"})
    void theStoredTextStaysWhenTheSameTimeIsEnteredAgain(String stored, String entered, String kept) {
        assertThat(ShortDurations.keepStored(stored, entered)).isEqualTo(kept);
    }
}
