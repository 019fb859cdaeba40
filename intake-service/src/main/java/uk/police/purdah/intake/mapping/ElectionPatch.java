package uk.police.purdah.intake.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import uk.police.purdah.support.problem.InvalidFieldException;

/**
 * A JSON merge patch (RFC 7396) of an election: a field that is absent stays as it is; {@code null} puts a
 * defaulted field back to its default (purdah start six weeks before the poll, nominations closing at 16:00,
 * a parity grace of 2 working days) and is refused for a field that has none. Each field is an
 * {@link Optional} inside a nullable holder: {@code null} = absent, {@code Optional.empty()} = reset.
 */
public record ElectionPatch(
        String policeArea,
        String nation,
        LocalDate pollDate,
        Optional<LocalDate> purdahStart,
        Optional<String> nominationsCloseTime,
        Optional<Integer> parityGraceDays) {

    private static final Set<String> FIELDS = Set.of("policeArea", "nation", "pollDate", "purdahStart",
            "nominationsCloseTime", "parityGraceDays");

    public static ElectionPatch parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object (a merge patch of the election)");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidFieldException(name, "is not a field of an election that can be changed; these are "
                        + FIELDS.stream().sorted().toList());
            }
        }
        String policeArea = null;
        if (body.has("policeArea")) {
            JsonNode node = body.get("policeArea");
            if (!node.isTextual() || node.asText().isBlank()) {
                throw new InvalidFieldException("policeArea", "must not be blank");
            }
            if (node.asText().indexOf('\u0000') >= 0) { // DESIGN §6: PostgreSQL text cannot hold it
                throw new InvalidFieldException("policeArea", "must not contain the NUL character (U+0000)");
            }
            if (node.asText().strip().length() > 120) {
                throw new InvalidFieldException("policeArea", "size must be between 0 and 120");
            }
            policeArea = node.asText().strip();
        }
        String nation = null;
        if (body.has("nation")) {
            JsonNode node = body.get("nation");
            if (!node.isTextual() || !node.asText().matches("ENGLAND|WALES")) {
                throw new InvalidFieldException("nation", "must be ENGLAND or WALES");
            }
            nation = node.asText();
        }
        LocalDate pollDate = null;
        if (body.has("pollDate")) {
            pollDate = date(body, "pollDate").orElseThrow(
                    () -> new InvalidFieldException("pollDate", "must not be null"));
        }
        Optional<LocalDate> purdahStart = body.has("purdahStart") ? date(body, "purdahStart") : null;
        Optional<String> closeTime = null;
        if (body.has("nominationsCloseTime")) {
            JsonNode node = body.get("nominationsCloseTime");
            if (node.isNull()) {
                closeTime = Optional.empty();
            } else if (node.isTextual() && node.asText().matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
                closeTime = Optional.of(node.asText());
            } else {
                throw new InvalidFieldException("nominationsCloseTime", "must be a time, HH:MM");
            }
        }
        Optional<Integer> grace = null;
        if (body.has("parityGraceDays")) {
            JsonNode node = body.get("parityGraceDays");
            if (node.isNull()) {
                grace = Optional.empty();
            } else if (node.isIntegralNumber() && node.canConvertToInt() && node.asInt() >= 0 && node.asInt() <= 20) {
                grace = Optional.of(node.asInt());
            } else {
                throw new InvalidFieldException("parityGraceDays", "must be a whole number of working days from 0 to 20"
                        + " (EQ-1)");
            }
        }
        return new ElectionPatch(policeArea, nation, pollDate, purdahStart, closeTime, grace);
    }

    private static Optional<LocalDate> date(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Optional.empty();
        }
        try {
            if (node.isTextual()) {
                return Optional.of(LocalDate.parse(node.asText()));
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw new InvalidFieldException(field, "must be a date, YYYY-MM-DD");
    }
}
