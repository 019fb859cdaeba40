package uk.police.purdah.support.problem;

/** A request that contradicts the state of what it acts on (409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
