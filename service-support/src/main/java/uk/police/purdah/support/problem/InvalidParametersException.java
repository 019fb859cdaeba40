package uk.police.purdah.support.problem;

import java.util.List;

/** Query parameters that cannot be understood, each named with what is wrong with it (400). */
public class InvalidParametersException extends RuntimeException {

    /** One wrong parameter. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidParametersException(List<Violation> violations) {
        super(String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
