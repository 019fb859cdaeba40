package uk.police.purdah.support.problem;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads query parameters given as text, collecting what is wrong with each, so that one 400
 * names every bad parameter (DESIGN §6) instead of the 404 JAX-RS gives a query parameter it
 * cannot convert. A blank parameter counts as absent.
 */
public final class QueryParameters {

    private final List<InvalidParametersException.Violation> violations = new ArrayList<>();

    public UUID uuid(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return wrong(name, "must be a UUID");
        }
    }

    public OffsetDateTime time(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            // a '+' sent unencoded in a query string arrives as a space: "…T00:00:00 01:00"
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            return wrong(name, "must be an ISO 8601 date and time with offset, e.g. 2026-05-07T00:00:00+01:00");
        }
    }

    public String text(String name, String value, int maxLength) {
        if (isBlank(value)) {
            return null;
        }
        return value.length() > maxLength ? wrong(name, "must be at most " + maxLength + " characters") : value.strip();
    }

    public Integer integer(String name, String value, Integer defaultValue, int min, int max) {
        Long number = longInteger(name, value, min, max);
        return number == null ? defaultValue : Integer.valueOf(number.intValue());
    }

    public Long longInteger(String name, String value, long min, long max) {
        if (isBlank(value)) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return wrong(name, max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "must be a whole number of at least "
                + min : "must be a whole number from " + min + " to " + max);
    }

    public Boolean bool(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> wrong(name, "must be true or false");
        };
    }

    /** An enum constant by its name, any letter case. */
    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return wrong(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public void ensure(boolean condition, String name, String message) {
        if (!condition) {
            wrong(name, message);
        }
    }

    /** Throws {@link InvalidParametersException} if any parameter was wrong. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
    }

    private <T> T wrong(String name, String message) {
        violations.add(new InvalidParametersException.Violation(name, message));
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
