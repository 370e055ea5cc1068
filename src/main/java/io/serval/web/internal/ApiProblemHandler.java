package io.serval.web.internal;

import io.serval.core.ConcurrentChangeException;
import io.serval.core.FieldProblem;
import io.serval.core.IllegalTransitionException;
import io.serval.core.InvalidInputException;
import io.serval.core.NotFoundException;
import io.serval.core.RuleViolationException;
import io.serval.core.VersionRequiredException;
import io.serval.web.Problems;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/** Every error of the REST API as RFC 9457 problem+json, naming the offending field where there is one. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final Problems problems;

    ApiProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problems.invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), "validation." + f.getCode(), f.getDefaultMessage()))
                .toList();
        return problems.invalid(fields);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problems.invalid(List.of(FieldProblem.of(e.getParameterName(), "validation.required", "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problems.invalid(List.of(FieldProblem.of(e.getName(), "validation.format",
                "has an invalid value '" + e.getValue() + "'")));
    }

    /**
     * A body Jackson could not read: a value of the wrong type names its field ({@code kind},
     * {@code targets[1].count}), as Jackson's path has it; only a body that is no JSON at all is {@code body}.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String reason = e.getMostSpecificCause().getMessage();
        String text = reason == null ? "" : reason.lines().findFirst().orElse("");
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return problems.invalid(List.of(FieldProblem.of(JsonPaths.field(jackson.getPath()), "validation.type",
                    "has a value of the wrong type or form: " + text)));
        }
        return problems.invalid(List.of(FieldProblem.of("body", "validation.body",
                "is not valid JSON for this request: " + text)));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return problems.refused(e.reasons());
    }

    /** An upload larger than the server takes at all (a ticket's own limit is lower and answered as a bad field). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problems.invalid(List.of(FieldProblem.of("file", "validation.upload.tooLarge", "the file is too large")));
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        return problems.refused(HttpStatus.CONFLICT, "illegal-transition", e.reasons());
    }

    @ExceptionHandler(VersionRequiredException.class)
    ProblemDetail versionRequired(VersionRequiredException e) {
        ProblemDetail problem = problems.of(HttpStatus.PRECONDITION_REQUIRED, "version-required", e.getMessage());
        FieldProblem version = FieldProblem.of(VersionRequiredException.FIELD, "validation.required", "is required");
        problem.setProperty("errors", List.of(Map.of("field", version.field(), "code", version.code(),
                "message", problems.text(version))));
        return problem;
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        return problems.of(HttpStatus.CONFLICT, "concurrent-change", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail optimisticLock(OptimisticLockingFailureException e) {
        return problems.of(HttpStatus.CONFLICT, "concurrent-change",
                "the record was changed by someone else; reload and apply your change again");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            return known.getBody(); // Spring MVC's own: 405, 415, unknown path, ...
        }
        log.error("Unexpected error in the API", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "an unexpected error occurred; it has been logged");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problems.of(HttpStatus.FORBIDDEN, "forbidden", "your roles do not allow this");
    }
}
