package uk.police.purdah.support.problem;

/** Input that is well formed but wrong, naming the field (400). */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
