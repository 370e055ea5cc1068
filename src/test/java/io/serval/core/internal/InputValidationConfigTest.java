package io.serval.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.serval.core.FieldProblem;
import io.serval.core.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Violations become field problems named as the caller wrote the input, with keys from the bundles. */
class InputValidationConfigTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Day(@Size(max = 3) @SingleLine String name) {
    }

    record Command(@Size(max = 5) String name, List<@Size(max = 2) String> tags, @Valid List<Day> days) {
    }

    @Test
    void nestedAndListFieldsAreNamedByTheirPath() {
        List<FieldProblem> problems = InputValidationConfig.problems(VALIDATOR,
                new Command("too long", List.of("ok", "long"), List.of(new Day("a"), new Day("b\nc"))));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("days[1].name", "name", "tags[1]");
        assertThat(problems).extracting(FieldProblem::code)
                .containsExactly("validation.singleLine", "validation.tooLong", "validation.tooLong");
        assertThat(problems.get(1).args()).containsExactly(5);
    }

    @Test
    void aPlainParameterIsNamedByItself() throws NoSuchMethodException {
        var method = InputValidationConfigTest.class.getDeclaredMethod("note", String.class);
        var violations = VALIDATOR.forExecutables().validateParameters(this, method, new Object[] {"too long"});

        assertThat(InputValidationConfig.invalid(violations).problems()).extracting(FieldProblem::field)
                .containsExactly("note");
    }

    void note(@Size(max = 3) String note) {
    }
}
