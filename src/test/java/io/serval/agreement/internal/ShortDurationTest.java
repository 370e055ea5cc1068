package io.serval.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortDurationTest {

    @ParameterizedTest
    @CsvSource({"4h, PT4H", "30m, PT30M", "1d 2h, PT26H", "2h 30m, PT2H30M", "PT4H, PT4H", "pt15m, PT15M", "soon, SOON"})
    void timesAreReadAsPeopleWriteThem(String written, String iso) {
        assertThat(DocumentReader.isoDuration(written)).isEqualTo(iso);
    }
}
