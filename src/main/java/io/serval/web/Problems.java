package io.serval.web;

import io.serval.core.FieldProblem;
import io.serval.core.Reason;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details in the caller's language, with field-level detail where there is one. */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "urn:serval:problem:";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(message("problem." + type, status.getReasonPhrase()));
        return problem;
    }

    public ProblemDetail invalid(List<FieldProblem> fieldProblems) {
        List<Map<String, String>> errors = fieldProblems.stream()
                .map(p -> Map.of("field", p.field() == null ? "body" : p.field(), "code", p.code(), "message", text(p)))
                .toList();
        String detail = String.join("; ", errors.stream().map(e -> e.get("field") + ": " + e.get("message")).toList());
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A rule's refusal: every reason in the caller's language, joined in {@code detail} and listed in {@code reasons}. */
    public ProblemDetail refused(List<Reason> reasons) {
        return refused(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", reasons);
    }

    /** Refused with another status and type, e.g. 409 "illegal-transition". */
    public ProblemDetail refused(HttpStatus status, String type, List<Reason> reasons) {
        ProblemDetail problem = of(status, type, text(reasons));
        problem.setProperty("reasons", reasons.stream().map(r -> Map.of("code", r.code(), "message", text(r))).toList());
        return problem;
    }

    public String text(Reason reason) {
        return messages.getMessage(reason.code(), reason.args(), reason.defaultMessage(), LocaleContextHolder.getLocale());
    }

    public String text(List<Reason> reasons) {
        return String.join("; ", reasons.stream().map(this::text).toList());
    }

    /** The problem's text in the current user's language. */
    public String text(FieldProblem problem) {
        return messages.getMessage(problem.code(), problem.args(), problem.defaultMessage(), LocaleContextHolder.getLocale());
    }

    private String message(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }
}
