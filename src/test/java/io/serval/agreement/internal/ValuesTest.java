package io.serval.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain's parser for values as the API and the form write them: unreadable text is empty, never an exception. */
class ValuesTest {

    @ParameterizedTest
    @CsvSource({"4h, PT4H", "30m, PT30M", "30 min, PT30M", "1d 2h, PT26H", "2h 30m, PT2H30M", "PT4H, PT4H", "pt15m, PT15M"})
    void timesAreReadAsPeopleWriteThem(String written, String iso) {
        assertThat(Values.duration(written)).contains(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "99999999999999999999h", "PT99999999999999999999H", "P9999999999999999999D", "4 hours", ""})
    void timesThatCannotBeReadAreEmpty(String written) {
        assertThat(Values.duration(written)).isEmpty();
    }

    @Test
    void decimalsMayCarryAPercentSignAndPeriodsAreIso() {
        assertThat(Values.decimal("99.5 %")).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("99.5"));
        assertThat(Values.decimal("1e400")).hasValueSatisfying(d -> assertThat(d.precision() - d.scale()).isEqualTo(401));
        assertThat(Values.decimal("many")).isEmpty();
        assertThat(Values.integer("99999999999")).isEmpty();
        assertThat(Values.period("p3m")).hasValueSatisfying(p -> assertThat(p.toTotalMonths()).isEqualTo(3));
        assertThat(Values.period("3 months")).isEmpty();
    }
}
