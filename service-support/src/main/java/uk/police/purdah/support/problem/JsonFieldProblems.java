package uk.police.purdah.support.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Rewrites JSON binding errors so that they name the field and say what it must be, in the same
 * {@code violations} shape as validation errors, without Java class names (DESIGN §6).
 */
@ApplicationScoped
public class JsonFieldProblems implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof JsonParseException) {
            return HttpProblem.builder(problem).withDetail("the body is not well-formed JSON").build();
        }
        if (!(context.cause instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return problem;
        }
        String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = mapping instanceof MismatchedInputException mismatch
                ? expected(mismatch.getTargetType()) : "cannot be read";
        return HttpProblem.builder()
                .withStatus(problem.getStatus())
                .withTitle(problem.getTitle())
                .withInstance(problem.getInstance())
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        } else if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        } else if (type == UUID.class) {
            return "must be a UUID";
        } else if (type == LocalDate.class) {
            return "must be a date, YYYY-MM-DD";
        } else if (type == OffsetDateTime.class) {
            return "must be an ISO 8601 date and time with offset";
        } else if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        return "has the wrong type";
    }
}
