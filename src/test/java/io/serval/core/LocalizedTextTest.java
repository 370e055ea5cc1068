package io.serval.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private static final LocalizedText BOTH = new LocalizedText("服务台", "Service desk");

    @Test
    void aChineseReaderGetsTheChineseNameAndEveryoneElseTheEnglishOne() {
        assertThat(BOTH.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("服务台");
        assertThat(BOTH.in(Locale.CHINESE)).isEqualTo("服务台");
        assertThat(BOTH.in(Locale.ENGLISH)).isEqualTo("Service desk");
        assertThat(BOTH.in(Locale.GERMAN)).isEqualTo("Service desk");
    }

    @Test
    void aNameMissingInTheReadersLanguageFallsBackToTheOtherOne() {
        assertThat(new LocalizedText(null, "Service desk").in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Service desk");
        assertThat(new LocalizedText("服务台", "  ").in(Locale.ENGLISH)).isEqualTo("服务台");
        assertThat(new LocalizedText(" ", null).in(Locale.ENGLISH)).isNull();
        assertThat(new LocalizedText(" ", null).isEmpty()).isTrue();
    }

    @Test
    void anEnteredNameIsTrimmedAndOneLanguageIsEnough() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(LocalizedText.entered("name", "  ", " Network team ", null, 200, true, problems))
                .isEqualTo(new LocalizedText(null, "Network team"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aRequiredNameInNeitherLanguageIsReportedOnBothInputs() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalizedText.entered("holidays[2].name", null, "", null, 200, true, problems);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("holidays[2].nameZh", "validation.name.required"),
                org.assertj.core.groups.Tuple.tuple("holidays[2].nameEn", "validation.name.required"));
        problems.clear();
        assertThat(LocalizedText.entered("name", null, null, null, 200, false, problems).isEmpty()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void aNameTooLongOrOfSeveralLinesIsReportedOnItsOwnInput() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalizedText.entered("name", "长".repeat(201), "two\nlines", null, 200, true, problems);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nameZh", "validation.tooLong"),
                org.assertj.core.groups.Tuple.tuple("nameEn", "validation.singleLine"));
    }

    @Test
    void aSingleNameFromAnOlderClientNamesBothLanguagesUnlessEitherIsGiven() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(LocalizedText.entered("name", null, null, "服务台 Service desk", 200, true, problems))
                .isEqualTo(new LocalizedText("服务台 Service desk", "服务台 Service desk"));
        assertThat(LocalizedText.entered("name", null, "Desk", "ignored", 200, true, problems))
                .isEqualTo(new LocalizedText(null, "Desk"));
        LocalizedText.entered("name", null, null, "x".repeat(201), 200, true, problems);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("name");
    }
}
