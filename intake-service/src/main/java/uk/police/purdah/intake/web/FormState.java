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

    public static FormState of(MultivaluedMap<String, String> form) {
        FormState state = new FormState();
        if (form != null) {
            form.forEach((name, list) -> {
                if (list != null && !list.isEmpty() && list.get(0) != null) {
                    state.values.put(name, list.get(0));
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
