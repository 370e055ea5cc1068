package io.serval.web.internal;

import io.serval.web.Problems;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.ObjectMapper;

/**
 * Spring MVC's own refusals outside the REST controllers (a bad query parameter, a path that names nothing, a
 * wrong method): a page answers the error page in the user's language, never raw JSON; a path under
 * {@code /api/} that no controller serves still answers problem+json.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@Hidden // pages' answers: not part of the API's documented responses
class PageErrorAdvice {

    private final Problems problems;
    private final ObjectMapper json;

    PageErrorAdvice(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** A path variable that is not even of the right type names nothing: 404; a bad query parameter: 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return answer(request, HttpStatus.NOT_FOUND, "not-found", "there is nothing at this address", Map.of());
        }
        return answer(request, HttpStatus.BAD_REQUEST, "invalid-input",
                e.getName() + ": has an invalid value '" + e.getValue() + "'",
                Map.of("parameter", e.getName(), "value", String.valueOf(e.getValue())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "invalid-input", e.getParameterName() + ": is required",
                Map.of("parameter", e.getParameterName(), "value", ""));
    }

    /** Unknown paths (404), wrong methods (405) and the rest of Spring MVC's refusals, with their own status. */
    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeException.class, ServletRequestBindingException.class, TypeMismatchException.class,
            ErrorResponseException.class})
    ModelAndView springRefusal(Exception e, HttpServletRequest request) {
        HttpStatusCode code = e instanceof ErrorResponse spring ? spring.getStatusCode() : HttpStatus.BAD_REQUEST;
        HttpStatus status = HttpStatus.resolve(code.value()) == null ? HttpStatus.BAD_REQUEST : HttpStatus.resolve(code.value());
        return answer(request, status, status == HttpStatus.NOT_FOUND ? "not-found" : "request", e.getMessage(), Map.of());
    }

    private ModelAndView answer(HttpServletRequest request, HttpStatus status, String type, String detail,
            Map<String, String> model) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = problems.of(status, type, detail);
            View problemJson = (ignored, req, response) -> {
                response.setStatus(status.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), problem);
            };
            return new ModelAndView(problemJson);
        }
        String view = switch (status) {
            case BAD_REQUEST -> "error/400";
            case NOT_FOUND -> "error/404";
            default -> "error";
        };
        ModelAndView page = new ModelAndView(view, Map.<String, Object>copyOf(model));
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }
}
