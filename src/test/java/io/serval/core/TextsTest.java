package io.serval.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aDatabaseColumnHoldsNoNulAndNoBrokenSurrogatePair() {
        assertThat(Texts.storable("名称 🦊 \n\t")).isTrue();
        assertThat(Texts.storable("a\u0000b")).isFalse();
        assertThat(Texts.storable("a\ud800b")).isFalse();
        assertThat(Texts.storable("\udc00")).isFalse();
        assertThat(Texts.storable("a\ud83e")).isFalse();
    }

    @Test
    void aNameIsOneLineWithoutControlCharacters() {
        assertThat(Texts.singleLine("元旦 New Year's Day")).isTrue();
        assertThat(Texts.singleLine(null)).isTrue();
        assertThat(Texts.singleLine("New\nYear")).isFalse();
        assertThat(Texts.singleLine("tab\there")).isFalse();
        assertThat(Texts.singleLine("para\u2029graph")).isFalse();
    }

    @Test
    void badInputIsQuotedBackShortAndVisible() {
        assertThat(Texts.printable("a\u0000b")).isEqualTo("a\\u0000b");
        assertThat(Texts.printable("x".repeat(100))).hasSize(41).endsWith("…");
    }
}
