package uk.police.purdah.intake.service;

/** Input that is well formed but wrong for the register, naming the field (400). */
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
