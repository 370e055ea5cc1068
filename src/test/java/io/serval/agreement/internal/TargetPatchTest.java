package io.serval.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a JSON object of a target's own fields is a change to a target. */
class TargetPatchTest {

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"x\"", "null", "42"})
    void aBodyThatIsNotAnObjectIsRefusedAsTheBody(String body) {
        assertThat(fields(body)).containsExactly("body");
    }

    @Test
    void unknownFieldsAndAnotherCodeAreNamed() {
        assertThat(fields("{\"duraton\":\"PT2H\",\"code\":\"OTHER\"}")).containsExactlyInAnyOrder("duraton", "code");
    }

    @Test
    void theTargetsFieldsItsOwnCodeAndTheVersionAreAccepted() {
        assertThatNoException().isThrownBy(() -> TargetPatch.checkShape(
                TestDocuments.JSON.readTree("{\"duration\":\"PT2H\",\"warnings\":[50],\"code\":\"RES-P1\",\"version\":3}"), "RES-P1"));
    }

    @Test
    void problemsOfThePatchedTargetAreNamedAsItsOwnFields() {
        InvalidInputException relative = TargetPatch.relativeTo(2, new InvalidInputException(List.of(
                FieldProblem.of("targets[2].duration", "agreement.target.duration", "bad"),
                FieldProblem.of("targets[2].warnings", "agreement.warnings.invalid", "bad"),
                FieldProblem.of("monthlyFee", "agreement.amount.range", "bad"))));
        assertThat(relative.problems()).extracting(FieldProblem::field).containsExactly("duration", "warnings", "monthlyFee");
    }

    private static List<String> fields(String body) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> TargetPatch.checkShape(TestDocuments.JSON.readTree(body), "RES-P1"));
        assertThat(refused).isNotNull();
        return refused.problems().stream().map(FieldProblem::field).toList();
    }
}
