package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.purdah.support.problem.InvalidFieldException;

/** CAND-1: the returning officer declared the nomination valid (003 §2.4.1). */
public record DeclarationForm(
        @Schema(description = "the day the nomination was declared valid; defaults to today (UK)") LocalDate declaredOn) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The body is optional, with or without a Content-Type: read by hand rather than by a JAX-RS reader, which
     * answers 415 to a POST that has no Content-Type.
     */
    public static DeclarationForm parse(String body) {
        if (body == null || body.isBlank()) {
            return new DeclarationForm(null);
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("body", "must be a JSON object such as {\"declaredOn\": \"2026-06-12\"}");
        }
        if (node == null || node.isNull()) {
            return new DeclarationForm(null);
        }
        if (!node.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object such as {\"declaredOn\": \"2026-06-12\"}");
        }
        JsonNode day = node.get("declaredOn");
        if (day == null || day.isNull()) {
            return new DeclarationForm(null);
        }
        try {
            if (day.isTextual()) {
                return new DeclarationForm(LocalDate.parse(day.asText()));
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw new InvalidFieldException("declaredOn", "must be a date, YYYY-MM-DD");
    }
}
