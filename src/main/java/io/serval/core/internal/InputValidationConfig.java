package io.serval.core.internal;

import io.serval.core.FieldProblem;
import io.serval.core.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;

/**
 * Bean Validation at the edge of every module: a service annotated {@code @Validated} has the constraints of its
 * parameters and {@code @Valid} commands checked before it runs, for the API and the forms alike, and a violation
 * is an {@link InvalidInputException} naming each field ({@code name}, {@code holidays[2].name}) with a message
 * key from the bundles — the same answer a domain check gives (400 in the API, field errors in forms).
 */
@Configuration(proxyBeanMethods = false)
class InputValidationConfig {

    /** Constraint → message key; a constraint of our own names its key in its {@code message}. */
    private static final Map<String, String> KEYS = Map.of(
            "NotNull", "validation.required", "NotBlank", "validation.required", "NotEmpty", "validation.required",
            "Size", "validation.tooLong", "Max", "validation.tooLarge", "DecimalMax", "validation.tooLarge",
            "Min", "validation.tooSmall", "DecimalMin", "validation.tooSmall", "Digits", "validation.digits",
            "Pattern", "validation.format");

    @Bean
    static MethodValidationPostProcessor methodValidationPostProcessor(ObjectProvider<Validator> validator) {
        MethodValidationPostProcessor processor = new MethodValidationPostProcessor() {
            @Override
            protected Advice createMethodValidationAdvice(Supplier<Validator> validatorSupplier) {
                MethodInterceptor validation = (MethodInterceptor) super.createMethodValidationAdvice(validatorSupplier);
                return (MethodInterceptor) invocation -> {
                    try {
                        return validation.invoke(invocation);
                    } catch (ConstraintViolationException violated) {
                        throw invalid(violated.getConstraintViolations());
                    }
                };
            }
        };
        processor.setValidatorProvider(validator);
        return processor;
    }

    static InvalidInputException invalid(Collection<? extends ConstraintViolation<?>> violations) {
        return new InvalidInputException(violations.stream()
                .map(InputValidationConfig::problem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
    }

    static FieldProblem problem(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String type = constraint.annotationType().getSimpleName();
        String field = field(violation.getPropertyPath());
        return switch (type) {
            case "Size" -> FieldProblem.of(field, "validation.tooLong", "is longer than {0}", attributes.get("max"));
            case "Max", "Min", "DecimalMax", "DecimalMin" -> FieldProblem.of(field, KEYS.get(type),
                    type.contains("Max") ? "is more than {0}" : "is less than {0}", String.valueOf(attributes.get("value")));
            case "Digits" -> FieldProblem.of(field, "validation.digits",
                    "has more than {0} digits before or {1} after the decimal point", attributes.get("integer"),
                    attributes.get("fraction"));
            default -> {
                String template = violation.getMessageTemplate();
                String key = KEYS.getOrDefault(type, template.startsWith("{") ? "validation.format" : template);
                yield FieldProblem.of(field, key, violation.getMessage());
            }
        };
    }

    /**
     * The input's path as the caller wrote it: a {@code @Valid} command's own properties ({@code periods[2].end}),
     * or the parameter's name for a plain value ({@code minutes}).
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? (parameter == null ? "body" : parameter) : field.toString();
    }

    /** Visible for tests: every problem found in a command. */
    static List<FieldProblem> problems(Validator validator, Object command) {
        return invalid(validator.validate(command)).problems();
    }
}
