package uk.police.purdah.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What a page form holds: the values as typed (kept when the form comes back with errors) and the errors, each
 * naming the field it is about, for the GOV.UK error summary and the field's own message.
 */
public final class FormState {

    public record FieldError(String field, String message) {
        /** The id of the input the error summary links to. */
        public String anchor() {
            return "#" + field;
        }
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * The form as typed. DESIGN §6: a value holding U+0000 (NUL), which PostgreSQL text cannot store, is an error on
     * its field (the page comes back with it, the NUL shown as U+FFFD), not a 500 when the row is written (found by
     * system-tests).
     */
    public static FormState of(MultivaluedMap<String, String> form) {
        FormState state = new FormState();
        if (form != null) {
            form.forEach((name, list) -> {
                if (list != null && !list.isEmpty() && list.get(0) != null) {
                    String value = list.get(0);
                    if (value.indexOf('\u0000') >= 0) {
                        state.error(name, "Remove the NUL character (U+0000) from this field");
                        value = value.replace('\u0000', '\uFFFD');
                    }
                    state.values.put(name, value);
                }
            });
        }
        return state;
    }

    public FormState with(String field, String value) {
        values.put(field, value);
        return this;
    }

    /** The value as typed, or "" (Qute escapes it). */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The value stripped, or null when blank. */
    String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean is(String field, String option) {
        return option != null && option.equals(values.get(field));
    }

    public void error(String field, String message) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }

    public List<FieldError> errorList() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The message for one field, or "". */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse("");
    }
}
